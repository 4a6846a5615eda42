// outcome: MISSING
// twin: nodelocal_goredis_foreachmaster
// With routing policies installed, KEYS still does not list the cluster's
// keys (go-redis v9.23.0 answers none): redislint still reports it.
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
	items := env.Items(30)
	for _, key := range items {
		env.Check(rdb.Set(ctx, key, "v", 0).Err())
	}
	keys, err := rdb.Keys(ctx, "item:*").Result() // want nodelocal `^KEYS on a cluster client lists the keys of one node only`
	env.Check(err)
	env.Count("KEYS item:*", len(keys), len(items))
	env.OK()
}
