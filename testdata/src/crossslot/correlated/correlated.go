// Package correlated: programs that support a single node and a cluster
// decide the kind once and record the decision beside the client, in the
// same branch; the values of the single-node path never meet a cluster
// client.
package correlated

import (
	"context"
	"fmt"

	"github.com/redis/go-redis/v9"
)

type store struct {
	rdb    redis.UniversalClient
	prefix string
}

// newStore gives every key one hash tag on the cluster path only.
func newStore(addrs []string, db int) *store {
	var rdb redis.UniversalClient
	var prefix string
	if len(addrs) > 1 {
		rdb = redis.NewClusterClient(&redis.ClusterOptions{Addrs: addrs})
		prefix = fmt.Sprintf("{%d}", db) // every key shares one slot on the cluster
	} else {
		rdb = redis.NewClient(&redis.Options{Addr: addrs[0], DB: db}) // prefix stays ""
	}
	return &store{rdb: rdb, prefix: prefix}
}

// On the cluster path the prefix is a hash tag: silent.
func (s *store) pair(ctx context.Context) {
	s.rdb.MGet(ctx, s.prefix+"a", s.prefix+"b")
}

type badStore struct {
	rdb    redis.UniversalClient
	prefix string
}

// newBadStore sets the tag on the single-node path: on the cluster path
// the keys carry none.
func newBadStore(addrs []string) *badStore {
	var rdb redis.UniversalClient
	prefix := ""
	if len(addrs) > 1 {
		rdb = redis.NewClusterClient(&redis.ClusterOptions{Addrs: addrs})
	} else {
		rdb = redis.NewClient(&redis.Options{Addr: addrs[0]})
		prefix = "{one}"
	}
	return &badStore{rdb: rdb, prefix: prefix}
}

func (s *badStore) pair(ctx context.Context) {
	s.rdb.MGet(ctx, s.prefix+"a", s.prefix+"b") // want `MGET keys "a" \(slot 15495\) and "b" \(slot 3300\) hash to different slots: CROSSSLOT if this redis.UniversalClient is a cluster client`
}

// The same keys through key builder methods of the store.
func (s *store) aKey() string        { return s.prefix + "a" }
func (s *store) bKey() string        { return s.prefix + "b" }
func (s *badStore) aKey() string     { return s.prefix + "a" }
func (s *badStore) bKey() string     { return s.prefix + "b" }
func (s *store) idKey(id int) string { return fmt.Sprintf("%si%d", s.prefix, id) }

func (s *store) pairBuilt(ctx context.Context) {
	s.rdb.MGet(ctx, s.aKey(), s.bKey())
}

func (s *store) idsBuilt(ctx context.Context, ids []int) {
	var ks []string
	for _, id := range ids {
		ks = append(ks, s.idKey(id))
	}
	s.rdb.Del(ctx, ks...)
}

func (s *badStore) pairBuilt(ctx context.Context) {
	s.rdb.MGet(ctx, s.aKey(), s.bKey()) // want `MGET keys "a" \(slot 15495\) and "b" \(slot 3300\) hash to different slots: CROSSSLOT if this redis.UniversalClient is a cluster client`
}

// A transaction through a wrapper that hands its callback a *redis.Tx:
// the client is not traced, the constructor that records the mode is.
func (s *store) txn(ctx context.Context, fn func(tx *redis.Tx) error, keys ...string) error {
	return s.rdb.Watch(ctx, fn, keys...)
}

func (s *store) watched(ctx context.Context) error {
	return s.txn(ctx, func(tx *redis.Tx) error {
		tx.MGet(ctx, s.aKey(), s.bKey())
		return nil
	}, s.aKey(), s.bKey())
}

// A pipeline helper that queues two keys of the store.
func (s *store) log(ctx context.Context, pipe redis.Pipeliner, entry string) {
	pipe.LPush(ctx, s.prefix+"log", entry)
	pipe.Incr(ctx, s.prefix+"lastLog")
}

func (s *store) logged(ctx context.Context) {
	s.rdb.TxPipelined(ctx, func(pipe redis.Pipeliner) error {
		pipe.Set(ctx, s.aKey(), 1, 0)
		s.log(ctx, pipe, "set a")
		return nil
	})
}

// Counters kept in a map: its keys are run-time values the program shows
// nothing of, which may share a tag.
func (s *store) counters(ctx context.Context, stats map[string]int64) {
	s.rdb.TxPipelined(ctx, func(pipe redis.Pipeliner) error {
		for key, delta := range stats {
			pipe.Incr(ctx, key)
			_ = delta
		}
		return nil
	})
}

// The same helper on the store whose tag is on the single-node path.
func (s *badStore) log(ctx context.Context, pipe redis.Pipeliner, entry string) {
	pipe.LPush(ctx, s.prefix+"log", entry)
	pipe.Incr(ctx, s.prefix+"lastLog")
}

func (s *badStore) logged(ctx context.Context) {
	s.rdb.TxPipelined(ctx, func(pipe redis.Pipeliner) error {
		s.log(ctx, pipe, "set a") // want `transaction keys "log" \(LPUSH, slot \d+\) and "lastLog" \(INCR, slot \d+\) hash to different slots`
		return nil
	})
}
