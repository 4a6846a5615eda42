package collected

import (
	"context"

	"github.com/redis/go-redis/v9"
)

// A batch flushed every 100 keys, and the rest after the loop: each MGET
// holds the keys of many iterations.
func batches(ctx context.Context, rdb *redis.ClusterClient, ids []int64) {
	var ks []string
	for _, id := range ids {
		ks = append(ks, key(id))
		if len(ks) == 100 {
			rdb.MGet(ctx, ks...) // want `MGET keys collected in a loop as key\(id\) = "profile:%d" carry no hash tag`
			ks = ks[:0]
		}
	}
	if len(ks) > 0 {
		rdb.MGet(ctx, ks...) // want `MGET keys collected in a loop as key\(id\) = "profile:%d" carry no hash tag`
	}
}

// The same batches of tagged keys: one slot.
func batchesTagged(ctx context.Context, rdb *redis.ClusterClient, uid string, fields []string) {
	var ks []string
	for _, f := range fields {
		ks = append(ks, tagged(uid, f))
		if len(ks) == 100 {
			rdb.MGet(ctx, ks...)
			ks = nil
		}
	}
	rdb.MGet(ctx, ks...)
}

// Emptied at the start of every iteration: one key a command.
func perIteration(ctx context.Context, rdb *redis.ClusterClient, ids []int64) {
	var ks []string
	for _, id := range ids {
		ks = ks[:0]
		ks = append(ks, key(id))
		rdb.MGet(ctx, ks...)
	}
}

// Key-value pairs collected in a loop for one MSET.
func msetPairs(ctx context.Context, rdb *redis.ClusterClient, vals map[int64]string) {
	var kv []interface{}
	for id, v := range vals {
		kv = append(kv, key(id))
		kv = append(kv, v)
	}
	rdb.MSet(ctx, kv...) // want `MSET keys collected in a loop as key\(id\) = "profile:%d" carry no hash tag`
}

// The same pairs of tagged keys.
func msetPairsTagged(ctx context.Context, rdb *redis.ClusterClient, uid string, vals map[string]string) {
	var kv []interface{}
	for f, v := range vals {
		kv = append(kv, tagged(uid, f), v)
	}
	rdb.MSet(ctx, kv...)
}
