// outcome: ok
// The same atomic batch with both keys in one slot, and a non-atomic batch
// (a pipeline: each command goes to its own node) with keys of two slots.
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
	tx.Set("{order:7}:status", "paid")
	tx.Set("{order:7}:total", "42")
	_, err = client.Exec(ctx, *tx, true)
	env.Check(err)
	pipe := pipeline.NewClusterBatch(false)
	pipe.Set("order:7:status", "paid")
	pipe.Set("order:7:total", "42")
	pipe.MGet([]string{"order:7:status", "order:7:total"})
	_, err = client.Exec(ctx, *pipe, true)
	env.Check(err)
	env.OK()
}
