// outcome: CROSSSLOT
// twin: crossslot_goredis_txloop_ok
package main

import (
	"context"
	"fmt"

	"github.com/redis/go-redis/v9"

	"example.com/live/internal/env"
)

func main() {
	ctx := context.Background()
	rdb := redis.NewClusterClient(&redis.ClusterOptions{Addrs: env.Seeds()})
	ids := []int{1, 2, 3, 4}
	_, err := rdb.TxPipelined(ctx, func(p redis.Pipeliner) error {
		for _, id := range ids {
			p.Set(ctx, fmt.Sprintf("order:%d:status", id), "shipped", 0) // want crossslot `transaction keys queued in a loop as "order:%d:status" \(SET\) carry no hash tag: they hash to different slots for almost every pair of values of id`
		}
		return nil
	})
	env.Check(err)
	env.OK()
}
