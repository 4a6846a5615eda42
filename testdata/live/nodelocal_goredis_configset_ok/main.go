// outcome: ok
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
	// Every master, each through its own *redis.Client.
	env.Check(rdb.ForEachMaster(ctx, func(ctx context.Context, m *redis.Client) error {
		return m.ConfigSet(ctx, "slowlog-max-len", "1002").Err()
	}))
	var set, masters atomic.Int64
	env.Check(rdb.ForEachMaster(ctx, func(ctx context.Context, m *redis.Client) error {
		masters.Add(1)
		v, err := m.ConfigGet(ctx, "slowlog-max-len").Result()
		if v["slowlog-max-len"] == "1002" {
			set.Add(1)
		}
		return err
	}))
	if set.Load() != masters.Load() {
		env.Fail("CONFIG SET reached one node only: %d of %d masters have the new value", set.Load(), masters.Load())
	}
	env.OK()
}
