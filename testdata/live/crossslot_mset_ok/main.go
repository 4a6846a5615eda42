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
	env.Check(rdb.MSet(ctx, "{user:101}:profile", "Ada", "{user:101}:settings", "dark").Err())
	_, err := rdb.MGet(ctx, "{user:101}:profile", "{user:101}:settings").Result()
	env.Check(err)
	env.Check(rdb.Del(ctx, "{user:101}:profile", "{user:101}:settings").Err())
	env.OK()
}
