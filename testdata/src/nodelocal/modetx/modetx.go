// Package modetx records its single-node/cluster decision beside the
// client: the key prefix is a hash tag on the cluster path only. A KEYS or
// SCAN in a WATCH transaction whose pattern starts with that prefix reads
// the master of the watched keys' slot, which holds every key the pattern
// can match on a cluster; on a single node there is one node anyway.
package modetx

import (
	"context"
	"fmt"
	"strconv"

	"github.com/redis/go-redis/v9"
)

type meta struct {
	rdb    redis.UniversalClient
	prefix string
}

func newMeta(addrs []string, db int) *meta {
	var rdb redis.UniversalClient
	var prefix string
	if len(addrs) > 1 {
		rdb = redis.NewClusterClient(&redis.ClusterOptions{Addrs: addrs})
		prefix = fmt.Sprintf("{%d}", db)
	} else {
		rdb = redis.NewClient(&redis.Options{Addr: addrs[0], DB: db})
	}
	return &meta{rdb: rdb, prefix: prefix}
}

func (m *meta) inodeKey(ino uint64) string {
	return m.prefix + "i" + strconv.FormatUint(ino, 10)
}

func (m *meta) txn(ctx context.Context, fn func(tx *redis.Tx) error, keys ...string) error {
	return m.rdb.Watch(ctx, fn, keys...)
}

func (m *meta) truncate(ctx context.Context, ino uint64) error {
	return m.txn(ctx, func(tx *redis.Tx) error {
		var cursor uint64
		for range 3 {
			tx.Scan(ctx, cursor, m.prefix+fmt.Sprintf("c%d_*", ino), 1000)
			cursor++
		}
		tx.Keys(ctx, m.prefix+"d"+strconv.FormatUint(ino, 10)+"*")
		tx.Scan(ctx, 0, fmt.Sprintf("c%d_*", ino), 1000) // want `^SCAN iterates the keys of one node only if this \*redis.Tx comes from a cluster client`
		tx.Keys(ctx, "{other}"+m.prefix+"*")             // want `^KEYS lists the keys of one node only if this \*redis.Tx comes from a cluster client`
		return nil
	}, m.inodeKey(ino))
}

// The same in a transaction opened in place.
func (m *meta) rename(ctx context.Context, ino uint64) error {
	return m.rdb.Watch(ctx, func(tx *redis.Tx) error {
		tx.Keys(ctx, m.prefix+"x"+strconv.FormatUint(ino, 10)+"*")
		tx.Keys(ctx, "x*") // want `^KEYS`
		return nil
	}, m.inodeKey(ino))
}

// A prefix that is a tag on both paths, but not the watched keys' tag.
type queue struct {
	rdb    redis.UniversalClient
	prefix string
}

func newQueue(addrs []string) *queue {
	if len(addrs) > 1 {
		return &queue{rdb: redis.NewClusterClient(&redis.ClusterOptions{Addrs: addrs}), prefix: "{q}:"}
	}
	return &queue{rdb: redis.NewClient(&redis.Options{Addr: addrs[0]}), prefix: "{q}:"}
}

func (q *queue) drain(ctx context.Context) error {
	return q.rdb.Watch(ctx, func(tx *redis.Tx) error {
		tx.Keys(ctx, q.prefix+"*") // want `^KEYS`
		return nil
	}, "{lock}")
}
