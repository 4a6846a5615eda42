// outcome: ok
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
	env.Check(rdb.Del(ctx, "{user:101}:profile", "{user:101}:settings").Err())
	env.Check(rdb.Set(ctx, "{user:101}:settings", "old", 0).Err())
	// MSETNX sets both keys or, since one exists, neither.
	set, err := rdb.MSetNX(ctx, "{user:101}:profile", "1", "{user:101}:settings", "2").Result()
	env.Check(err)
	n, err := rdb.Exists(ctx, "{user:101}:profile").Result()
	env.Check(err)
	env.NotAtomic("MSETNX", set, n)
	env.OK()
}
