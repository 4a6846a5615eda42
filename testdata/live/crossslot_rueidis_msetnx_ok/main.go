// outcome: ok
// MSETNX itself, with keys of one slot: all or nothing.
package main

import (
	"context"

	"github.com/redis/rueidis"

	"example.com/live/internal/env"
)

func main() {
	ctx := context.Background()
	client, err := rueidis.NewClient(rueidis.ClientOption{InitAddress: []string{env.Seed(0), env.Seed(1), env.Seed(2)}})
	env.Check(err)
	defer client.Close()
	env.Check(client.Do(ctx, client.B().Del().Key("{user:101}:profile").Build()).Error())
	env.Check(client.Do(ctx, client.B().Set().Key("{user:101}:settings").Value("old").Build()).Error())
	// MSETNX sets both keys or, since one exists, neither.
	set, err := client.Do(ctx, client.B().Msetnx().KeyValue().KeyValue("{user:101}:profile", "1").KeyValue("{user:101}:settings", "2").Build()).AsBool()
	env.Check(err)
	n, err := client.Do(ctx, client.B().Exists().Key("{user:101}:profile").Build()).AsInt64()
	env.Check(err)
	env.NotAtomic("MSETNX", set, n)
	env.OK()
}
