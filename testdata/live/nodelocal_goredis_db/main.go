// outcome: SHAREDDB
// twin: nodelocal_goredis_prefix
package main

import (
	"context"

	"github.com/redis/go-redis/v9"

	"example.com/live/internal/env"
)

func main() {
	ctx := context.Background()
	app := redis.NewClusterClient(&redis.ClusterOptions{Addrs: env.Seeds()})
	// The cache is meant to live apart from the application's data, in DB 2.
	cache := redis.NewUniversalClient(&redis.UniversalOptions{Addrs: []string{env.Seed(0), env.Seed(1), env.Seed(2)}, DB: 2}) // want nodelocal `^DB 2 is silently ignored by the cluster client redis.NewUniversalClient builds here: a cluster has only database 0 \(on a Valkey 9 cluster with cluster-databases, set -nodelocal.db=false\)$`
	env.Check(app.Set(ctx, "user:1", "Ada", 0).Err())
	n, err := cache.Exists(ctx, "user:1").Result()
	env.Check(err)
	if n != 0 {
		env.Fail("shared database: the cache client (DB 2) sees the application's key user:1 of database 0")
	}
	env.OK()
}
