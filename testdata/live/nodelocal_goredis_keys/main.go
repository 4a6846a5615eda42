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
	keys, err := rdb.Keys(ctx, "item:*").Result() // want nodelocal `^KEYS on a cluster client lists the keys of one node only: use ForEachMaster and Scan on each master$`
	env.Check(err)
	env.Count("KEYS item:*", len(keys), len(items))
	env.OK()
}
