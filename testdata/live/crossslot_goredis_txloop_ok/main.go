// outcome: ok
package main

import (
	"context"
	"fmt"
	"os"

	"github.com/redis/go-redis/v9"

	"example.com/live/internal/env"
)

func main() {
	ctx := context.Background()
	rdb := redis.NewClusterClient(&redis.ClusterOptions{Addrs: env.Seeds()})
	shipment := len(os.Args)
	ids := []int{1, 2, 3, 4}
	_, err := rdb.TxPipelined(ctx, func(p redis.Pipeliner) error {
		for _, id := range ids {
			p.Set(ctx, fmt.Sprintf("{shipment:%d}:order:%d", shipment, id), "shipped", 0)
		}
		return nil
	})
	env.Check(err)
	env.OK()
}
