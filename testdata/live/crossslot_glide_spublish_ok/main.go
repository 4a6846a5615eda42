// outcome: ok
// The same atomic batch with both shard channels under one hash tag, and
// a non-atomic batch (each command to its own shard) with channels of two
// slots.
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
	tx.SPublish("{orders}:eu", "shipped")
	tx.SPublish("{orders}:us", "shipped")
	_, err = client.Exec(ctx, *tx, true)
	env.Check(err)
	pipe := pipeline.NewClusterBatch(false)
	pipe.SPublish("orders:eu", "shipped")
	pipe.SPublish("orders:us", "shipped")
	_, err = client.Exec(ctx, *pipe, true)
	env.Check(err)
	env.OK()
}
