// Package failover: NewFailoverClusterClient (Sentinel) builds a
// *redis.ClusterClient whose every slot is the one master. Measured with
// go-redis v9.23.0 and redis-server 7.0.15 --sentinel on loopback:
// cross-slot MSET, MGET, DEL and EVAL succeed; Watch fails with "redis:
// Watch requires all keys to be in the same slot"; TxPipelined fails with
// CROSSSLOT before anything is sent.
package failover

import (
	"context"

	"github.com/redis/go-redis/v9"
)

var ctx = context.Background()

func failover() {
	rdb := redis.NewFailoverClusterClient(&redis.FailoverOptions{MasterName: "m", SentinelAddrs: []string{"s:1", "s:2"}})
	rdb.MGet(ctx, "foo", "bar")
	rdb.Del(ctx, "foo", "bar")
	rdb.Watch(ctx, func(tx *redis.Tx) error { return nil }, "foo", "bar") // want `go-redis refuses the WATCH \(redis: Watch requires all keys to be in the same slot\): NewFailoverClusterClient builds a ClusterClient`
	rdb.TxPipelined(ctx, func(p redis.Pipeliner) error {
		p.Set(ctx, "foo", 1, 0) // want `go-redis v9.11\+ refuses the transaction before sending it: NewFailoverClusterClient builds a ClusterClient`
		p.Set(ctx, "bar", 1, 0)
		return nil
	})
	rdb.Pipelined(ctx, func(p redis.Pipeliner) error {
		p.Set(ctx, "foo", 1, 0)
		p.Set(ctx, "bar", 1, 0)
		return nil
	})
}

// The twin: a real cluster client is reported for every cross-slot command.
func cluster() {
	rdb := redis.NewClusterClient(&redis.ClusterOptions{Addrs: []string{"a:1", "b:1"}})
	rdb.MGet(ctx, "foo", "bar") // want `CROSSSLOT on a cluster`
}
