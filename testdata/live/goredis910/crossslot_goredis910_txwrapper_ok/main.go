// outcome: ok
package main

import (
	"context"

	"github.com/redis/go-redis/v9"

	"example.com/live910/internal/env"
	"example.com/live910/internal/txwrap"
)

func main() {
	ctx := context.Background()
	rdb := redis.NewClusterClient(&redis.ClusterOptions{Addrs: env.Seeds()})
	env.Check(txwrap.Tx(ctx, rdb, func(p redis.Pipeliner) error {
		p.Set(ctx, "{order:8}:status", "paid", 0)
		p.Set(ctx, "{order:8}:total", "42", 0)
		return nil
	}))
	env.OK()
}
