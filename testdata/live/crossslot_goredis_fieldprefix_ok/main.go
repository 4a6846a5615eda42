// outcome: ok
package main

import (
	"context"

	"github.com/redis/go-redis/v9"

	"example.com/live/internal/env"
	"example.com/live/internal/keys"
)

func main() {
	ctx := context.Background()
	rdb := redis.NewClusterClient(&redis.ClusterOptions{Addrs: env.Seeds()})
	ns := keys.Default
	env.Check(rdb.MSet(ctx, ns.Shard+"user:1", "ada", ns.Shard+"user:2", "bob").Err())
	env.OK()
}
