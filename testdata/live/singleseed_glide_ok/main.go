// outcome: ok
// The dead address and every master: the client starts from a live seed.
package main

import (
	"context"
	"os"

	glide "github.com/valkey-io/valkey-glide/go/v2"

	"example.com/live/internal/env"
	"example.com/live/internal/glideenv"
)

func main() {
	ctx := context.Background()
	cfg := glideenv.Cluster().WithAddress(glideenv.Addr(os.Getenv("REDIS_DEAD_ADDR")))
	client, err := glide.NewClusterClient(cfg)
	env.Check(err)
	defer client.Close()
	_, err = client.Set(ctx, "k", "v")
	env.Check(err)
	env.OK()
}
