// outcome: BATCHSLOT
// fixed: ok
// twin: crossslot_glide_spublish_ok
// An atomic batch compares the slots of its shard channels with each
// other (and with its keys): two SPUBLISH of different slots are refused.
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
	tx.SPublish("orders:eu", "shipped") // want crossslot `^transaction channels "orders:eu" \(SPUBLISH, slot \d+\) and "orders:us" \(SPUBLISH, slot \d+\) hash to different slots: valkey-glide refuses it on a cluster client, sending nothing$`
	tx.SPublish("orders:us", "shipped")
	_, err = client.Exec(ctx, *tx, true)
	env.Check(err)
	env.OK()
}
