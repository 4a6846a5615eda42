// outcome: MOVED
// fixed: ok
package main

import (
	"context"
	"os"
	"strings"

	"github.com/redis/go-redis/v9"

	"example.com/live/internal/env"
)

func main() {
	ctx := context.Background()
	// REDIS_CLUSTER_ADDR holds one address (a configuration endpoint would
	// too): NewUniversalClient then builds a single-node *redis.Client.
	rdb := redis.NewUniversalClient(&redis.UniversalOptions{
		Addrs: strings.Split(os.Getenv("REDIS_CLUSTER_ADDR"), ","), // want standaloneclient `^redis.NewUniversalClient builds a single-node client when the address list holds one address \(as a configuration endpoint does\), but the list comes from environment variable "REDIS_CLUSTER_ADDR", whose name says cluster: set IsClusterMode: true$`
	})
	for _, key := range env.Items(30) {
		env.Check(rdb.Set(ctx, key, "v", 0).Err())
	}
	env.OK()
}
