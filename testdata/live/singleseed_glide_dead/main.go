// outcome: NOSEED
// twin: singleseed_glide_ok
package main

import (
	"context"
	"os"

	glide "github.com/valkey-io/valkey-glide/go/v2"
	"github.com/valkey-io/valkey-glide/go/v2/config"

	"example.com/live/internal/env"
	"example.com/live/internal/glideenv"
)

func main() {
	ctx := context.Background()
	cfg := config.NewClusterClientConfiguration().
		WithAddress(glideenv.Addr(os.Getenv("REDIS_DEAD_ADDR")))
	client, err := glide.NewClusterClient(cfg) // want singleseed `cluster client glide.NewClusterClient has a single seed \(unless glideenv.Addr\(os.Getenv\("REDIS_DEAD_ADDR"\)\) resolves to every node\)`
	env.Check(err)
	defer client.Close()
	_, err = client.Set(ctx, "k", "v")
	env.Check(err)
	env.OK()
}
