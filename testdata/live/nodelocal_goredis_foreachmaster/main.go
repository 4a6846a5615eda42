// outcome: ok
package main

import (
	"context"
	"sync/atomic"

	"github.com/redis/go-redis/v9"

	"example.com/live/internal/env"
)

func main() {
	ctx := context.Background()
	rdb := redis.NewClusterClient(&redis.ClusterOptions{Addrs: env.Seeds()})
	items := env.Items(30)
	for _, key := range items {
		env.Check(rdb.Set(ctx, key, "v", 0).Err())
	}
	var seen atomic.Int64
	err := rdb.ForEachMaster(ctx, func(ctx context.Context, master *redis.Client) error {
		iter := master.Scan(ctx, 0, "item:*", 100).Iterator()
		for iter.Next(ctx) {
			seen.Add(1)
		}
		return iter.Err()
	})
	env.Check(err)
	env.Count("SCAN item:* on every master", int(seen.Load()), len(items))
	env.OK()
}
