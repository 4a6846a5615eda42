// outcome: CROSSSLOT
// twin: crossslot_goredis_depbuilder_ok
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
	env.Check(rdb.Set(ctx, orderkeys.Order(org, id), "paid", 0).Err())
	env.Check(rdb.Set(ctx, orderkeys.Invoice(org, id), "sent", 0).Err())
	_, err := rdb.Del(ctx, orderkeys.Order(org, id), orderkeys.Invoice(org, id)).Result() // want crossslot `DEL keys orderkeys.Order\(org, id\) = "order:%s:%d" and orderkeys.Invoice\(org, id\) = "invoice:%s:%d" carry no hash tag`
	env.Check(err)
}
