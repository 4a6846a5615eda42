// outcome: CROSSSLOT
// fixed: ok
// Shard channels are in slots like keys: SSUBSCRIBE of channels of two
// slots fails (go-redis issue 3133: a subscription of several shards).
package main

import (
	"context"
	"time"

	"github.com/redis/go-redis/v9"

	"example.com/live/internal/env"
)

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	rdb := redis.NewClusterClient(&redis.ClusterOptions{Addrs: env.Seeds()})
	ps := rdb.SSubscribe(ctx, "orders:eu", "orders:us") // want crossslot `^SSUBSCRIBE channels "orders:eu" \(slot \d+\) and "orders:us" \(slot \d+\) hash to different slots: CROSSSLOT on a cluster$`
	defer ps.Close()
	_, err := ps.Receive(ctx)
	env.Check(err)
	env.OK()
}
