// outcome: NOTATOMIC
// twin: crossslot_valkey_msetnx_ok
// The MSetNX helper sends one SET NX per key to a cluster client: the new
// key is set although the other exists.
package main

import (
	"context"

	"github.com/valkey-io/valkey-go"

	"example.com/live/internal/env"
)

func main() {
	ctx := context.Background()
	client, err := valkey.NewClient(valkey.ClientOption{InitAddress: []string{env.Seed(0), env.Seed(1), env.Seed(2)}})
	env.Check(err)
	defer client.Close()
	env.Check(client.Do(ctx, client.B().Del().Key("{user:101}:profile").Build()).Error())
	env.Check(client.Do(ctx, client.B().Set().Key("{user:101}:settings").Value("old").Build()).Error())
	// MSETNX sets both keys or, since one exists, neither.
	errs := valkey.MSetNX(client, ctx, map[string]string{"{user:101}:profile": "1", "{user:101}:settings": "2"}) // want crossslot `^valkey.MSetNX sends one SET NX per key on a cluster client: the MSETNX of "\{user:101\}:profile" and "\{user:101\}:settings" is not all-or-nothing`
	n, err := client.Do(ctx, client.B().Exists().Key("{user:101}:profile").Build()).AsInt64()
	env.Check(err)
	env.NotAtomic("MSETNX", errs["{user:101}:profile"] == nil && errs["{user:101}:settings"] == nil, n)
	env.OK()
}
