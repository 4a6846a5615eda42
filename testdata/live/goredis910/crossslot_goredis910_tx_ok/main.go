// outcome: ok
// The same transaction with both keys in one slot, and every command
// valid: one MULTI/EXEC.
package main

import (
	"context"

	"github.com/redis/go-redis/v9"

	"example.com/live910/internal/env"
)

func main() {
	ctx := context.Background()
	rdb := redis.NewClusterClient(&redis.ClusterOptions{Addrs: env.Seeds()})
	_, err := rdb.TxPipelined(ctx, func(p redis.Pipeliner) error {
		p.Set(ctx, "{order:7}:status", "paid", 0)
		p.Set(ctx, "{order:7}:total", "42", 0)
		return nil
	})
	env.Check(err)
	env.OK()
}
