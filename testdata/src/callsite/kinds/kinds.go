// Package kinds shows what callsite finds for each receiver and form.
package kinds

import (
	"context"

	"github.com/redis/go-redis/v9"
)

type service struct {
	cc *redis.ClusterClient
	u  redis.UniversalClient
}

func kinds(ctx context.Context, s *service, c *redis.Client, r *redis.Ring, keys []string, k string) {
	s.cc.Get(ctx, "a")                   // want `GET cluster \["a"\]`
	s.u.MGet(ctx, "a", "b")              // want `MGET maybe-cluster \["a" "b"\]`
	c.Del(ctx, "a")                      // want `DEL standalone \["a"\]`
	r.Exists(ctx, "a", k)                // want `EXISTS ring \["a" k\]`
	s.cc.MGet(ctx, keys...)              // want `MGET cluster \[\] partial`
	s.cc.MGet(ctx, append(keys, "x")...) // want `MGET cluster \[\] partial`
	s.cc.Ping(ctx)
}

func pipelines(ctx context.Context, cc *redis.ClusterClient, p redis.Pipeliner) {
	pipe := cc.Pipeline()
	pipe.Set(ctx, "a", 1, 0) // want `SET cluster \["a"\]`
	tx := cc.TxPipeline()
	tx.Set(ctx, "b", 1, 0) // want `SET cluster \["b"\] tx@28`
	tx.Exec(ctx)
	p.Set(ctx, "c", 1, 0)                   // want `SET maybe-cluster \["c"\]`
	cc.Watch(ctx, func(t *redis.Tx) error { // want `WATCH cluster \["w"\]`
		t.Get(ctx, "d") // want `GET cluster \["d"\] tx@32`
		return nil
	}, "w")
}

// Interfaces whose every stored value the package shows take that kind.
func interfaces(ctx context.Context) {
	var single redis.UniversalClient = redis.NewClient(&redis.Options{Addr: "localhost:6379"})
	single.MGet(ctx, "a", "b") // want `MGET standalone \["a" "b"\]`
	var cluster redis.UniversalClient = redis.NewClusterClient(&redis.ClusterOptions{Addrs: []string{"a:1", "b:1"}})
	cluster.MGet(ctx, "a", "b") // want `MGET cluster \["a" "b"\]`
	mixed := redis.UniversalClient(redis.NewClient(&redis.Options{}))
	if ctx != nil {
		mixed = redis.NewClusterClient(&redis.ClusterOptions{})
	}
	mixed.MGet(ctx, "a", "b") // want `MGET maybe-cluster \["a" "b"\]`
}
