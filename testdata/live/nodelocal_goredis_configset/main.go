// outcome: ONENODE
// twin: nodelocal_goredis_configset_ok
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
	// A harmless setting with a value no other program uses.
	env.Check(rdb.ConfigSet(ctx, "slowlog-log-slower-than", "10001").Err()) // want nodelocal `^CONFIG SET on a cluster client changes the configuration of one node only: run it on every master with ForEachMaster$`
	var set, masters atomic.Int64
	env.Check(rdb.ForEachMaster(ctx, func(ctx context.Context, m *redis.Client) error {
		masters.Add(1)
		v, err := m.ConfigGet(ctx, "slowlog-log-slower-than").Result()
		if v["slowlog-log-slower-than"] == "10001" {
			set.Add(1)
		}
		return err
	}))
	if set.Load() != masters.Load() {
		env.Fail("CONFIG SET reached one node only: %d of %d masters have the new value", set.Load(), masters.Load())
	}
	env.OK()
}
