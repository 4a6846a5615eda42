// outcome: MISSING
// twin: nodelocal_goredis_foreachmaster
package main

import (
	"context"

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
	seen := 0
	iter := rdb.Scan(ctx, 0, "item:*", 100).Iterator() // want nodelocal `^SCAN on a cluster client`
	for iter.Next(ctx) {
		seen++
	}
	env.Check(iter.Err())
	env.Count("SCAN item:*", seen, len(items))
	env.OK()
}
