// outcome: ok
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
	seen := 0
	for _, node := range client.Nodes() {
		var cursor uint64
		for {
			entry, err := node.Do(ctx, node.B().Scan().Cursor(cursor).Match("item:*").Count(100).Build()).AsScanEntry()
			env.Check(err)
			seen += len(entry.Elements)
			if cursor = entry.Cursor; cursor == 0 {
				break
			}
		}
	}
	env.Count("SCAN item:* on every node", seen, len(items))
	env.OK()
}
