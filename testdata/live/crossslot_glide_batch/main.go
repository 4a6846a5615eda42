// outcome: BATCHSLOT
// fixed: ok
// twin: crossslot_glide_batch_ok
package main

import (
	"context"

	glide "github.com/valkey-io/valkey-glide/go/v2"
	"github.com/valkey-io/valkey-glide/go/v2/pipeline"

	"example.com/live/internal/env"
	"example.com/live/internal/glideenv"
)

func main() {
	ctx := context.Background()
	client, err := glide.NewClusterClient(glideenv.Cluster())
	env.Check(err)
	defer client.Close()
	tx := pipeline.NewClusterBatch(true)
	tx.Set("order:7:status", "paid") // want crossslot `transaction keys "order:7:status" \(SET, slot 9182\) and "order:7:total" \(SET, slot 6433\) hash to different slots: valkey-glide refuses it on a cluster client, sending nothing`
	tx.Set("order:7:total", "42")
	_, err = client.Exec(ctx, *tx, true)
	if err != nil {
		// Nothing was sent: neither key is set.
		n, e := client.Exists(ctx, []string{"order:7:status", "order:7:total"})
		env.Check(e)
		env.Count("keys set by the failed batch", int(n), 0)
	}
	env.Check(err)
	env.OK()
}
