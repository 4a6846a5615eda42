// outcome: MISSING
// twin: nodelocal_goredis_txkeys_ok
package main

import (
	"context"

	"github.com/redis/go-redis/v9"

	"example.com/live/internal/env"
)

// A *redis.Tx of a cluster client's Watch runs every command on the master
// of the watched keys' slot: KEYS there lists that node's keys only.
func main() {
	ctx := context.Background()
	rdb := redis.NewClusterClient(&redis.ClusterOptions{Addrs: env.Seeds()})
	items := env.Items(30)
	for _, key := range items {
		env.Check(rdb.Set(ctx, key, "v", 0).Err())
	}
	err := rdb.Watch(ctx, func(tx *redis.Tx) error {
		keys, err := tx.Keys(ctx, "item:*").Result() // want nodelocal `^KEYS in a cluster transaction lists the keys of one node only: use ForEachMaster and Scan on each master$`
		env.Check(err)
		env.Count("KEYS item:* in a WATCH transaction", len(keys), len(items))
		return nil
	}, "{item}:lock")
	env.Check(err)
	env.OK()
}
