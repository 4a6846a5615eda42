// outcome: MISSING
// twin: nodelocal_valkey_nodes
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
	items := env.Items(30)
	for _, key := range items {
		env.Check(client.Do(ctx, client.B().Set().Key(key).Value("v").Build()).Error())
	}
	keys, err := client.Do(ctx, client.B().Keys().Pattern("item:*").Build()).AsStrSlice() // want nodelocal `^KEYS on a cluster client lists the keys of one node only: use Client.Nodes\(\) and SCAN on each node$`
	env.Check(err)
	env.Count("KEYS item:*", len(keys), len(items))
	env.OK()
}
