// outcome: ok
package main

import (
	"context"

	"github.com/redis/go-redis/v9"

	"example.com/live/internal/env"
)

func main() {
	ctx := context.Background()
	app := redis.NewClusterClient(&redis.ClusterOptions{Addrs: env.Seeds()})
	// A cluster has database 0 only: the cache lives apart under a key prefix.
	cache := redis.NewUniversalClient(&redis.UniversalOptions{Addrs: []string{env.Seed(0), env.Seed(1), env.Seed(2)}})
	env.Check(app.Set(ctx, "user:1", "Ada", 0).Err())
	n, err := cache.Exists(ctx, "cache:user:1").Result()
	env.Check(err)
	if n != 0 {
		env.Fail("shared database: the cache sees a key it never wrote")
	}
	env.OK()
}
