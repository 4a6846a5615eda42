// outcome: CROSSSLOT
// fixed: ok
package main

import (
	"context"

	"github.com/redis/go-redis/v9"

	"example.com/live/internal/env"
)

const (
	itemsKey  = "cart:42:items"
	couponKey = "cart:42:coupon"
)

func main() {
	ctx := context.Background()
	rdb := redis.NewClusterClient(&redis.ClusterOptions{Addrs: env.Seeds()})
	env.Check(rdb.Set(ctx, itemsKey, "3", 0).Err())
	env.Check(rdb.Set(ctx, couponKey, "SPRING", 0).Err())
	n, err := rdb.Del(ctx, itemsKey, couponKey).Result() // want crossslot `DEL keys "cart:42:items" \(slot \d+\) and "cart:42:coupon" \(slot \d+\) hash to different slots`
	env.Check(err)
	env.Count("deleted", int(n), 2)
	env.OK()
}
