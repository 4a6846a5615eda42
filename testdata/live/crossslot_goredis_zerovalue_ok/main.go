// outcome: ok
package main

import (
	"context"

	"github.com/redis/go-redis/v9"

	"example.com/live/internal/env"
)

// publish sets the result key only on the path that has one.
func publish(ctx context.Context, rdb *redis.ClusterClient, ch, result string) error {
	_, err := rdb.TxPipelined(ctx, func(p redis.Pipeliner) error {
		p.Set(ctx, "{"+ch+"}:last", "v", 0)
		if result != "" {
			p.Set(ctx, "{"+ch+"}:result:"+result, "r", 0)
		}
		return nil
	})
	return err
}

func main() {
	ctx := context.Background()
	rdb := redis.NewClusterClient(&redis.ClusterOptions{Addrs: env.Seeds()})
	env.Check(publish(ctx, rdb, "news", ""))
	env.Check(publish(ctx, rdb, "news", "7"))
	env.OK()
}
