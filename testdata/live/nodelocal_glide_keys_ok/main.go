// outcome: ok
// valkey-glide's cluster client runs KEYS, DBSIZE and FLUSHDB on every
// master and combines their answers (measured), and its Scan walks the whole
// cluster: redislint must stay silent, and the program works.
package main

import (
	"context"

	glide "github.com/valkey-io/valkey-glide/go/v2"
	"github.com/valkey-io/valkey-glide/go/v2/models"
	"github.com/valkey-io/valkey-glide/go/v2/options"

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
	r, err := client.CustomCommand(ctx, []string{"KEYS", "item:*"})
	env.Check(err)
	keys, _ := r.SingleValue().([]any)
	env.Count("KEYS item:*", len(keys), len(items))

	seen := map[string]bool{}
	cursor := models.NewClusterScanCursor()
	for !cursor.IsFinished() {
		res, err := client.ScanWithOptions(ctx, cursor, *options.NewClusterScanOptions().SetMatch("item:*").SetCount(1000))
		env.Check(err)
		for _, k := range res.Keys {
			seen[k] = true
		}
		cursor = res.Cursor
	}
	env.Count("Scan MATCH item:*", len(seen), len(items))
	env.OK()
}
