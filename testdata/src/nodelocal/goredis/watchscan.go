package goredis

import (
	"fmt"

	"github.com/redis/go-redis/v9"
)

// A *redis.Tx of a cluster client's Watch runs every command on the master
// of its watched keys' slot: a KEYS or SCAN whose MATCH pattern carries
// their tag reads every key it can match.
func watchScan(rdb *redis.ClusterClient, user int) {
	rdb.Watch(ctx, func(tx *redis.Tx) error {
		tx.Keys(ctx, "{user:1}:*")
		tx.Scan(ctx, 0, "{user:1}:session:*", 100)
		tx.ScanType(ctx, 0, "{user:1}*", 100, "hash")
		tx.Keys(ctx, "{user:2}:*")        // want `^KEYS in a cluster transaction lists the keys of one node only`
		tx.Scan(ctx, 0, "user:*", 100)    // want `^SCAN in a cluster transaction iterates the keys of one node only`
		tx.Scan(ctx, 0, "{user*}:x", 100) // want `^SCAN in a cluster transaction`
		tx.FlushDB(ctx)                   // want `^FLUSHDB in a cluster transaction`
		return nil
	}, "{user:1}:a", "{user:1}:b")

	key := fmt.Sprintf("{user:%d}:profile", user)
	rdb.Watch(ctx, func(tx *redis.Tx) error {
		tx.Scan(ctx, 0, fmt.Sprintf("{user:%d}:*", user), 100)
		tx.Keys(ctx, fmt.Sprintf("{user:%d}:*", user+1)) // want `^KEYS in a cluster transaction`
		return nil
	}, key)

	// A pipeline of the cluster client sends KEYS to a node of its own
	// choosing, whatever the pattern.
	rdb.Pipelined(ctx, func(p redis.Pipeliner) error {
		p.Keys(ctx, "{user:1}:*") // want `^KEYS in a cluster pipeline`
		return nil
	})
	rdb.Keys(ctx, "{user:1}:*") // want `^KEYS on a cluster client`
}

// A pipeline of the Tx sends on the Tx's connection.
func watchScanPipelined(rdb *redis.ClusterClient) {
	rdb.Watch(ctx, func(tx *redis.Tx) error {
		tx.TxPipelined(ctx, func(pipe redis.Pipeliner) error {
			pipe.Keys(ctx, "{user:1}:*")
			pipe.Scan(ctx, 0, "{user:1}:x*", 100)
			pipe.Keys(ctx, "user:*") // want `^KEYS`
			return nil
		})
		tx.Pipelined(ctx, func(pipe redis.Pipeliner) error {
			pipe.Keys(ctx, "{user:1}:*")
			return nil
		})
		return nil
	}, "{user:1}:a")
	rdb.TxPipelined(ctx, func(pipe redis.Pipeliner) error {
		pipe.Keys(ctx, "{user:1}:*") // want `^KEYS in a cluster pipeline`
		return nil
	})
}
