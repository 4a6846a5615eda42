// outcome: ok
package main

import (
	"context"
	"os"

	"example.com/orderkeys"
	"github.com/redis/go-redis/v9"

	"example.com/live/internal/env"
)

func main() {
	ctx := context.Background()
	rdb := redis.NewClusterClient(&redis.ClusterOptions{Addrs: env.Seeds()})
	settle(ctx, rdb, "acme", int64(100+len(os.Args)))
	env.OK()
}

// settle marks an order paid: its keys come from the shared key module of
// another module.
func settle(ctx context.Context, rdb *redis.ClusterClient, org string, id int64) {
	env.Check(rdb.Set(ctx, orderkeys.TaggedOrder(org, id), "paid", 0).Err())
	env.Check(rdb.Set(ctx, orderkeys.TaggedInvoice(org, id), "sent", 0).Err())
	_, err := rdb.Del(ctx, orderkeys.TaggedOrder(org, id), orderkeys.TaggedInvoice(org, id)).Result()
	env.Check(err)
}
