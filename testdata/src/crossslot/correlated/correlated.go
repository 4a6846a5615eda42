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
