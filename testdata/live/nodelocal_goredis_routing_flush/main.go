// outcome: ok
// With routing policies installed, go-redis runs FLUSHDB on every master:
// redislint must stay silent, and nothing is left.
package main

import (
	"context"

	"github.com/redis/go-redis/v9"

	"example.com/live/internal/env"
)

func main() {
	ctx := context.Background()
	rdb := redis.NewClusterClient(&redis.ClusterOptions{Addrs: env.Seeds()})
	rdb.SetCommandInfoResolver(rdb.NewDynamicResolver())
	for _, key := range env.Items(30) {
		env.Check(rdb.Set(ctx, key, "v", 0).Err())
	}
	env.Check(rdb.FlushDB(ctx).Err())
	n, err := rdb.DBSize(ctx).Result()
	env.Check(err)
	env.Left("keys after FLUSHDB", int(n))
	env.OK()
}
