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
	keys := []string{"stock:sku1:count", "stock:sku1:reserved"} // want crossslot `EVAL keys "stock:sku1:count" \(slot \d+\) and "stock:sku1:reserved"`
	err := rdb.Eval(ctx, "redis.call('SET', KEYS[1], 1); return redis.call('SET', KEYS[2], 1)", keys).Err()
	env.Check(err)
	env.OK()
}
