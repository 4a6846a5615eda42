// outcome: CROSSSLOT
// fixed: ok
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
	_, err = client.SAdd(ctx, "tags:101", []string{"go", "redis"})
	env.Check(err)
	_, err = client.SUnionStore(ctx, "tags:all", []string{"tags:101"}) // want crossslot `SUNIONSTORE keys "tags:all" \(slot \d+\) and "tags:101" \(slot \d+\) hash to different slots: CROSSSLOT on a cluster`
	env.Check(err)
	env.OK()
}
