// outcome: ok
// keys_loop done right: KEYS on every master of a cluster, and on the only
// node otherwise, where the program tells the guard so.
package main

import (
	"context"
	"fmt"
	"sync/atomic"

	"github.com/redis/go-redis/v9"

	"github.com/redislint/redislint/clustercheck/internal/livetest/env"
)

func main() {
	ctx := context.Background()
	rdb := env.GoRedis()
	defer rdb.Close()
	const n = 30
	for i := range n {
		env.Check(rdb.Set(ctx, fmt.Sprintf("item:%d", i), "v", 0).Err())
	}
	var count atomic.Int64
	keys := func(ctx context.Context, c *redis.Client) error {
		ks, err := c.Keys(ctx, "item:*").Result()
		count.Add(int64(len(ks)))
		return err
	}
	switch c := rdb.(type) {
	case *redis.ClusterClient:
		env.Check(c.ForEachMaster(ctx, keys))
	case *redis.Client:
		env.Check(keys(env.OneNode(ctx), c))
	}
	env.Count("KEYS item:* on every node", int(count.Load()), n)
	env.OK()
}
