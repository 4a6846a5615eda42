// outcome: MISSING
// twin: nodelocal_glide_keys_ok
package main

import (
	"context"

	glide "github.com/valkey-io/valkey-glide/go/v2"

	"example.com/live/internal/env"
	"example.com/live/internal/glideenv"
)

func main() {
	ctx := context.Background()
	client, err := glide.NewClusterClient(glideenv.Cluster())
	env.Check(err)
	defer client.Close()
	items := env.Items(30)
	for _, key := range items {
		_, err := client.Set(ctx, key, "v")
		env.Check(err)
	}
	seen := map[string]bool{}
	cursor := "0"
	for {
		r, err := client.CustomCommand(ctx, []string{"SCAN", cursor, "MATCH", "item:*", "COUNT", "1000"}) // want nodelocal `^SCAN on a cluster client iterates the keys of one node only: use ClusterClient.Scan with a models.ClusterScanCursor$`
		env.Check(err)
		reply, _ := r.SingleValue().([]any)
		if len(reply) != 2 {
			env.Fail("SCAN answered %v", r)
		}
		keys, _ := reply[1].([]any)
		for _, k := range keys {
			seen[k.(string)] = true
		}
		if cursor, _ = reply[0].(string); cursor == "0" {
			break
		}
	}
	env.Count("SCAN MATCH item:*", len(seen), len(items))
	env.OK()
}
