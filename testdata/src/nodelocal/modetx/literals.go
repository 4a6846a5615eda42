package modetx

import (
	"context"
	"fmt"
	"strconv"

	"github.com/redis/go-redis/v9"
)

// The same decision recorded in one struct literal per mode: the cluster
// literal gives the prefix its tag, the other leaves it out.
type litMeta struct {
	rdb    redis.UniversalClient
	prefix string
}

func newLitMeta(addrs []string, db int) *litMeta {
	if len(addrs) > 1 {
		return &litMeta{rdb: redis.NewClusterClient(&redis.ClusterOptions{Addrs: addrs}), prefix: fmt.Sprintf("{%d}", db)}
	}
	return &litMeta{rdb: redis.NewClient(&redis.Options{Addr: addrs[0], DB: db})}
}

func (m *litMeta) inodeKey(ino uint64) string {
	return m.prefix + "i" + strconv.FormatUint(ino, 10)
}

func (m *litMeta) txn(ctx context.Context, fn func(tx *redis.Tx) error, keys ...string) error {
	return m.rdb.Watch(ctx, fn, keys...)
}

func (m *litMeta) truncate(ctx context.Context, ino uint64) error {
	return m.txn(ctx, func(tx *redis.Tx) error {
		tx.Scan(ctx, 0, m.prefix+fmt.Sprintf("c%d_*", ino), 1000)
		tx.Keys(ctx, m.prefix+"d*")
		tx.Keys(ctx, fmt.Sprintf("c%d_*", ino)) // want `^KEYS lists the keys of one node only if this \*redis.Tx comes from a cluster client`
		return nil
	}, m.inodeKey(ino))
}

// The tag on the single-node literal: on the cluster path the prefix is
// "" and the pattern matches keys of every node.
type badLitMeta struct {
	rdb    redis.UniversalClient
	prefix string
}

func newBadLitMeta(addrs []string) *badLitMeta {
	if len(addrs) > 1 {
		return &badLitMeta{rdb: redis.NewClusterClient(&redis.ClusterOptions{Addrs: addrs})}
	}
	return &badLitMeta{rdb: redis.NewClient(&redis.Options{Addr: addrs[0]}), prefix: "{0}"}
}

func (m *badLitMeta) scan(ctx context.Context) error {
	return m.rdb.Watch(ctx, func(tx *redis.Tx) error {
		tx.Keys(ctx, m.prefix+"d*") // want `^KEYS lists the keys of one node`
		return nil
	}, m.prefix+"lock")
}
