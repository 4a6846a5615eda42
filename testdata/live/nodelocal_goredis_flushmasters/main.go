// outcome: ok
package main

import (
	"context"

	"github.com/redis/go-redis/v9"

	"example.com/live/internal/env"
)

func main() {
	ctx := context.Background()
	rdb := redis.NewClusterClient(&redis.ClusterOptions{Addrs: env.Seeds()})
	for _, key := range env.Items(30) {
		env.Check(rdb.Set(ctx, key, "v", 0).Err())
	}
	err := rdb.ForEachMaster(ctx, func(ctx context.Context, master *redis.Client) error {
		return master.FlushDB(ctx).Err()
	})
	env.Check(err)
	left, err := rdb.DBSize(ctx).Result()
	env.Check(err)
	env.Left("after FLUSHDB on every master", int(left))
	env.OK()
}
