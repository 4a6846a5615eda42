// Package orders builds its keys with the builders of example.com/commons,
// a module that imports no client.
package orders

import (
	"context"

	"example.com/commons"
	"example.com/commons/ids"
	"example.com/commons/pb"
	"example.com/facts/keys"
	"github.com/google/uuid"
	"github.com/redis/go-redis/v9"
)

func bad(ctx context.Context, rdb *redis.ClusterClient, org string, id int64) {
	rdb.MGet(ctx, commons.OrderKey(org, 101), commons.OrderKey(org, 102)) // want `MGET keys commons.OrderKey\(org, 101\) = "order:%s:101" and commons.OrderKey\(org, 102\) = "order:%s:102" carry no hash tag: they hash to different slots for almost every org`
	rdb.Del(ctx, commons.OrderKey(org, id), commons.InvoiceKey(org, id))  // want `DEL keys commons.OrderKey\(org, id\) = "order:%s:%d" and commons.InvoiceKey\(org, id\) = "invoice:%s:%d" carry no hash tag`
}

// orderKey wraps the dependency's builder: it is read from source when a
// key calls orderKey, not when the package's own builders are summarised.
func orderKey(id int64) string {
	return commons.OrderKey("acme", id)
}

func wrapped(ctx context.Context, rdb *redis.ClusterClient) {
	rdb.MGet(ctx, orderKey(1), orderKey(2)) // want `MGET keys "order:acme:1" \(slot \d+\) and "order:acme:2" \(slot \d+\) hash to different slots`
}

// viaKeys calls a builder of this module's keys package that wraps the
// dependency's builder.
func viaKeys(ctx context.Context, rdb *redis.ClusterClient) {
	rdb.MGet(ctx, keys.Order(7), keys.Order(8)) // want `MGET keys "order:acme:7" \(slot \d+\) and "order:acme:8" \(slot \d+\) hash to different slots`
}

func method(ctx context.Context, rdb *redis.ClusterClient, id string) {
	sc := commons.Scheme{Service: "orders"}
	rdb.MGet(ctx, sc.Key(id), sc.Key(id+":lines")) // want `MGET keys sc.Key\(id\) = "orders:%s" and sc.Key\(id \+ ":lines"\) = "orders:%s:lines" carry no hash tag`
}

func good(ctx context.Context, rdb *redis.ClusterClient, org string, id int64) {
	rdb.MGet(ctx, commons.CartKey(org, 101), commons.CartKey(org, 102))
	rdb.Del(ctx, commons.CartKey(org, id), commons.CartItemsKey(org, id))
}

// byProto keys an order by a getter of a generated package: opaque.
func byProto(ctx context.Context, rdb *redis.ClusterClient, o *pb.Order) {
	rdb.Get(ctx, "order:"+o.GetId())
	rdb.Get(ctx, ids.Named(o.GetId()))
}

// sessions builds keys from an identifier generator's strings: opaque, and
// its package is never read from source (TestDependencySources).
func sessions(ctx context.Context, rdb *redis.ClusterClient) {
	rdb.MGet(ctx, "session:"+uuid.New().String(), "session:"+uuid.New().String())
}
