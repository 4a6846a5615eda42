// outcome: SELECT
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
	_, err = client.Select(ctx, 2) // want nodelocal `^SELECT on a cluster client fails with "ERR SELECT is not allowed in cluster mode": a cluster has only database 0$`
	env.Check(err)
	env.OK()
}
