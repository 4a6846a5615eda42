// outcome: ok
package main

import (
	"context"
	"os"

	"github.com/redis/go-redis/v9"

	"example.com/live/internal/env"
)

func main() {
	ctx := context.Background()
	// The first seed is down: the client learns the slot map from another.
	rdb := redis.NewClusterClient(&redis.ClusterOptions{Addrs: []string{os.Getenv("REDIS_DEAD_ADDR"), env.Seed(1), env.Seed(2)}})
	for _, key := range env.Items(30) {
		env.Check(rdb.Set(ctx, key, "v", 0).Err())
	}
	env.OK()
}
