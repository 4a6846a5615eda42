// Package orders builds its keys with the builders of example.com/commons,
// a module that imports no client.
package orders

import (
	"context"

	"example.com/commons"
	"github.com/redis/go-redis/v9"
)

func bad(ctx context.Context, rdb *redis.ClusterClient, org string, id int64) {
	rdb.MGet(ctx, commons.OrderKey(org, 101), commons.OrderKey(org, 102)) // want `MGET keys commons.OrderKey\(org, 101\) = "order:%s:101" and commons.OrderKey\(org, 102\) = "order:%s:102" carry no hash tag: they hash to different slots for almost every org`
	rdb.Del(ctx, commons.OrderKey(org, id), commons.InvoiceKey(org, id))  // want `DEL keys commons.OrderKey\(org, id\) = "order:%s:%d" and commons.InvoiceKey\(org, id\) = "invoice:%s:%d" carry no hash tag`
}

func good(ctx context.Context, rdb *redis.ClusterClient, org string, id int64) {
	rdb.MGet(ctx, commons.CartKey(org, 101), commons.CartKey(org, 102))
	rdb.Del(ctx, commons.CartKey(org, id), commons.CartItemsKey(org, id))
}
