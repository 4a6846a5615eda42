// outcome: CROSSSLOT
// fixed: ok
package main

import (
	"context"
	"fmt"

	"github.com/redis/go-redis/v9"

	"example.com/live/internal/env"
)

func load(ctx context.Context, rdb *redis.ClusterClient, id int) error {
	return rdb.MGet(ctx, fmt.Sprintf("user:%d:profile", id), fmt.Sprintf("user:%d:settings", id)).Err() // want crossslot `MGET keys "user:%d:profile" and "user:%d:settings" carry no hash tag`
}

func main() {
	rdb := redis.NewClusterClient(&redis.ClusterOptions{Addrs: env.Seeds()})
	env.Check(load(context.Background(), rdb, 101))
	env.OK()
}
