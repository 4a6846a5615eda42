package goredis

import (
	"context"
	"os"

	"github.com/redis/go-redis/v9"
)

// configVerb is a subcommand the analysis cannot read.
var configVerb = os.Getenv("CONFIG_VERB")

// CONFIG and keyspace notifications reach one node (measured on three
// masters: ConfigSet changed one, PSubscribe heard 13 of 30 keys' events).
func configAndNotifications() {
	rdb := redis.NewClusterClient(&redis.ClusterOptions{Addrs: seeds})
	rdb.ConfigSet(ctx, "notify-keyspace-events", "KEA")    // want `^CONFIG SET on a cluster client changes the configuration of one node only: run it on every master with ForEachMaster$`
	rdb.ConfigGet(ctx, "maxmemory-policy")                 // want `^CONFIG GET on a cluster client reads the configuration of one node only`
	rdb.Do(ctx, "CONFIG", "SET", "maxmemory", "100mb")     // want `^CONFIG SET on a cluster client changes the configuration of one node only: run it on every master with ForEachMaster$`
	rdb.Do(ctx, "config", "get", "maxmemory")              // want `^CONFIG GET on a cluster client reads the configuration of one node only`
	rdb.Do(ctx, "CONFIG", configVerb, "maxmemory")         // want `^CONFIG on a cluster client configures or reads one node only`
	rdb.PSubscribe(ctx, "__keyspace@0__:*")                // want `^PSUBSCRIBE "__keyspace@0__:\*" on a cluster client hears the keyspace events of one node only: subscribe on every master with ForEachMaster$`
	rdb.Subscribe(ctx, "orders", "__keyevent@0__:expired") // want `^SUBSCRIBE "__keyevent@0__:expired" on a cluster client hears`
	rdb.Subscribe(ctx, "orders")                           // a plain channel: every node forwards it

	// The twins: per master, and on a single-node client.
	rdb.ForEachMaster(ctx, func(ctx context.Context, m *redis.Client) error {
		m.ConfigSet(ctx, "notify-keyspace-events", "KEA")
		m.PSubscribe(ctx, "__keyspace@0__:*")
		return nil
	})
	single := redis.NewClient(&redis.Options{Addr: "localhost:6379"})
	single.ConfigSet(ctx, "notify-keyspace-events", "KEA")
	single.PSubscribe(ctx, "__keyspace@0__:*")
}
