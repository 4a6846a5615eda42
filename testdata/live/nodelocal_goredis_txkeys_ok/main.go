// outcome: ok
package main

import (
	"context"
	"fmt"

	"github.com/redis/go-redis/v9"

	"example.com/live/internal/env"
)

// The keys carry the watched key's hash tag, and so does the MATCH pattern:
// every key the pattern can match is in the slot whose master the
// transaction runs on, and KEYS and SCAN there see them all, also queued in
// the transaction's own pipeline. redislint must stay silent.
func main() {
	ctx := context.Background()
	rdb := redis.NewClusterClient(&redis.ClusterOptions{Addrs: env.Seeds()})
	const n = 30
	for i := range n {
		env.Check(rdb.Set(ctx, fmt.Sprintf("{item}:%d", i), "v", 0).Err())
	}
	err := rdb.Watch(ctx, func(tx *redis.Tx) error {
		keys, err := tx.Keys(ctx, "{item}:*").Result()
		env.Check(err)
		env.Count("KEYS {item}:* in a WATCH transaction", len(keys), n)
		seen := map[string]bool{}
		var cursor uint64
		for {
			ks, next, err := tx.Scan(ctx, cursor, "{item}:*", 100).Result()
			env.Check(err)
			for _, k := range ks {
				seen[k] = true
			}
			if cursor = next; cursor == 0 {
				break
			}
		}
		env.Count("SCAN MATCH {item}:* in a WATCH transaction", len(seen), n)
		// A pipeline of the Tx sends on the Tx's connection, to the same node.
		var queued *redis.StringSliceCmd
		_, err = tx.TxPipelined(ctx, func(pipe redis.Pipeliner) error {
			queued = pipe.Keys(ctx, "{item}:*")
			return nil
		})
		env.Check(err)
		env.Count("KEYS {item}:* queued in the transaction's pipeline", len(queued.Val()), n)
		return nil
	}, "{item}:lock")
	env.Check(err)
	env.OK()
}
