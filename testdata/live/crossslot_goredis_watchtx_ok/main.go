// outcome: ok
package main

import (
	"context"

	"github.com/redis/go-redis/v9"

	"example.com/live/internal/env"
)

func main() {
	ctx := context.Background()
	rdb := redis.NewClusterClient(&redis.ClusterOptions{Addrs: env.Seeds()})
	err := rdb.Watch(ctx, func(tx *redis.Tx) error {
		_, err := tx.TxPipelined(ctx, func(pipe redis.Pipeliner) error {
			pipe.IncrBy(ctx, "{acct:9}:balance", 10)
			pipe.RPush(ctx, "{acct:9}:log", "+10")
			return nil
		})
		return err
	}, "{acct:9}:balance")
	env.Check(err)
	env.OK()
}
