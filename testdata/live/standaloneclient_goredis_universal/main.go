// outcome: MOVED
// fixed: ok
package main

import (
	"context"
	"os"

	"github.com/redis/go-redis/v9"

	"example.com/live/internal/env"
)

func main() {
	ctx := context.Background()
	rdb := redis.NewUniversalClient(&redis.UniversalOptions{Addrs: []string{os.Getenv("REDIS_CLUSTER_ADDR")}}) // want standaloneclient `redis.NewUniversalClient with one address builds a single-node client, but the address comes from environment variable "REDIS_CLUSTER_ADDR"`
	for _, key := range env.Items(30) {
		env.Check(rdb.Set(ctx, key, "v", 0).Err())
	}
	env.OK()
}
