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
