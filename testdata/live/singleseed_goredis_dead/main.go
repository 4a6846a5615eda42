// outcome: NOSEED
// twin: singleseed_goredis_ok
package main

import (
	"context"
	"os"

	"github.com/redis/go-redis/v9"

	"example.com/live/internal/env"
)

func main() {
	ctx := context.Background()
	rdb := redis.NewClusterClient(&redis.ClusterOptions{Addrs: []string{os.Getenv("REDIS_DEAD_ADDR")}}) // want singleseed `cluster client redis.NewClusterClient has a single seed \(unless os.Getenv\("REDIS_DEAD_ADDR"\) resolves to every node\)`
	for _, key := range env.Items(30) {
		env.Check(rdb.Set(ctx, key, "v", 0).Err())
	}
	env.OK()
}
