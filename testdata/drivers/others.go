package main

import (
	"context"

	"github.com/redis/go-redis/v9"
)

// others has one finding of each of the other analyzers.
func others(ctx context.Context) {
	one := redis.NewClusterClient(&redis.ClusterOptions{Addrs: []string{"redis-0.prod.internal:6379"}}) // want `single seed`
	one.Keys(ctx, "user:*")                                                                             // want `KEYS on a cluster client lists the keys of one node only`

	single := redis.NewClient(&redis.Options{Addr: "redis-cluster.prod.internal:6379"}) // want `single-node client, but host "redis-cluster.prod.internal" names a cluster`
	single.Get(ctx, "user:101")
}
