// outcome: ok
// go-redis v9.18+ with routing policies installed splits MSET, MGET and DEL
// by slot: redislint must stay silent, and the program works.
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
	env.Check(rdb.MSet(ctx, "user:101:profile", "Ada", "user:101:settings", "dark").Err())
	vals, err := rdb.MGet(ctx, "user:101:profile", "user:101:settings").Result()
	env.Check(err)
	if len(vals) != 2 || vals[0] != "Ada" || vals[1] != "dark" {
		env.Fail("MGET answered %v", vals)
	}
	env.Check(rdb.Del(ctx, "user:101:profile", "user:101:settings").Err())
	env.OK()
}
