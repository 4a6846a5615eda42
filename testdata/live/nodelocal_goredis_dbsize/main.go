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
	n, err := rdb.Do(ctx, "DBSIZE").Int() // want nodelocal `^DBSIZE on a cluster client counts the keys of one node only`
	env.Check(err)
	env.Count("DBSIZE", n, len(items))
	env.OK()
}
