// outcome: CROSSSLOT
// fixed: ok
package main

import (
	"context"

	"github.com/redis/go-redis/v9"

	"example.com/live/internal/env"
)

func main() {
	ctx := context.Background()
	rdb := redis.NewClusterClient(&redis.ClusterOptions{Addrs: env.Seeds()})
	_, err := rdb.TxPipelined(ctx, func(pipe redis.Pipeliner) error {
		pipe.Set(ctx, "order:7:status", "paid", 0) // want crossslot `transaction keys "order:7:status" \(SET, slot \d+\) and "order:7:total" \(SET, slot \d+\)`
		pipe.Set(ctx, "order:7:total", "42", 0)
		return nil
	})
	env.Check(err)
	env.OK()
}
