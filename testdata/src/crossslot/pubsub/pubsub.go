// Package pubsub: the shard channels of SSUBSCRIBE are compared like keys
// (measured on three masters: go-redis' SSubscribe of two channels of
// different slots receives CROSSSLOT, rueidis' builder panics).
package pubsub

import (
	"context"

	redigo "github.com/gomodule/redigo/redis"
	"github.com/mna/redisc"
	"github.com/redis/go-redis/v9"
	"github.com/redis/rueidis"
	"github.com/valkey-io/valkey-go"
)

func goRedis(ctx context.Context) {
	rdb := redis.NewClusterClient(&redis.ClusterOptions{Addrs: []string{"a:1", "b:1"}})
	rdb.SSubscribe(ctx, "orders:eu", "orders:us") // want `^SSUBSCRIBE channels "orders:eu" \(slot \d+\) and "orders:us" \(slot \d+\) hash to different slots: CROSSSLOT on a cluster$`
	rdb.SSubscribe(ctx, "{orders}:eu", "{orders}:us")
	rdb.SSubscribe(ctx, "orders:eu")
}

func builders(ctx context.Context) {
	client, _ := rueidis.NewClient(rueidis.ClientOption{InitAddress: []string{"10.0.0.1:6379", "10.0.0.2:6379"}})
	client.Receive(ctx, client.B().Ssubscribe().Channel("orders:eu", "orders:us").Build(), func(rueidis.PubSubMessage) {}) // want `SSUBSCRIBE channels "orders:eu" \(slot \d+\) and "orders:us" \(slot \d+\) hash to different slots: rueidis panics on a cluster client`
	client.Receive(ctx, client.B().Ssubscribe().Channel("{orders}:eu", "{orders}:us").Build(), func(rueidis.PubSubMessage) {})
	vclient, _ := valkey.NewClient(valkey.ClientOption{InitAddress: []string{"10.0.0.1:6379", "10.0.0.2:6379"}})
	vclient.Receive(ctx, vclient.B().Ssubscribe().Channel("orders:eu", "orders:us").Build(), func(valkey.PubSubMessage) {}) // want `SSUBSCRIBE channels "orders:eu" \(slot \d+\) and "orders:us" \(slot \d+\) hash to different slots: valkey-go panics on a cluster client`
	// Non-sharded channels are not in slots.
	client.Receive(ctx, client.B().Subscribe().Channel("orders:eu", "orders:us").Build(), func(rueidis.PubSubMessage) {})
}

func raw(cluster *redisc.Cluster, c redigo.Conn) {
	conn := cluster.Get()
	conn.Do("SSUBSCRIBE", "orders:eu", "orders:us")   // want `SSUBSCRIBE channels "orders:eu" \(slot \d+\) and "orders:us" \(slot \d+\) hash to different slots: CROSSSLOT on a cluster`
	conn.Do("SUNSUBSCRIBE", "orders:eu", "orders:us") // want `SUNSUBSCRIBE channels "orders:eu"`
	conn.Do("SSUBSCRIBE", "{orders}:eu", "{orders}:us")
	conn.Do("SUBSCRIBE", "orders:eu", "orders:us")
}
