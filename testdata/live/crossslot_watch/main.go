// outcome: WATCHSLOT
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
	err := rdb.Watch(ctx, func(tx *redis.Tx) error {
		return nil
	}, "acct:9:balance", "acct:9:log") // want crossslot `WATCH keys "acct:9:balance" \(slot \d+\) and "acct:9:log" \(slot \d+\)`
	env.Check(err)
	env.OK()
}
