// Package stateguard: the mode recorded beside the client, and the
// branches taken on it.
package stateguard

import (
	"context"
	"fmt"

	"github.com/redis/go-redis/v9"
)

type kind int

const (
	kindSingle kind = iota
	kindCluster
)

type store struct {
	rdb    redis.UniversalClient
	kind   kind
	prefix string
}

func newStore(addrs []string, db int) *store {
	var rdb redis.UniversalClient
	var k kind
	prefix := ""
	if len(addrs) > 1 {
		rdb = redis.NewClusterClient(&redis.ClusterOptions{Addrs: addrs})
		prefix = fmt.Sprintf("{%d}", db)
		k = kindCluster
	} else {
		rdb = redis.NewClient(&redis.Options{Addr: addrs[0]})
	}
	return &store{rdb: rdb, kind: k, prefix: prefix}
}

// keys branches on the kind field: SCAN runs on the single node only.
func (s *store) keys(ctx context.Context) {
	if s.kind == kindCluster {
		s.rdb.(*redis.ClusterClient).ForEachMaster(ctx, func(ctx context.Context, m *redis.Client) error {
			return m.Scan(ctx, 0, "*", 100).Err()
		})
	} else {
		s.rdb.Scan(ctx, 0, "*", 100)
	}
}

// An early return on the cluster path.
func (s *store) count(ctx context.Context) {
	if s.kind != kindSingle {
		return
	}
	s.rdb.RandomKey(ctx)
}

// The prefix is empty on the single-node path only.
func (s *store) flush(ctx context.Context) {
	if s.prefix == "" {
		s.rdb.FlushDB(ctx)
	}
}

// The wrong branch: SCAN on the cluster path.
func (s *store) wrong(ctx context.Context) {
	if s.kind == kindCluster {
		s.rdb.Keys(ctx, "*") // want `KEYS lists the keys of one node only`
	}
}

// Without a branch: hedged, as before.
func (s *store) unguarded(ctx context.Context) {
	s.rdb.Keys(ctx, "*") // want `KEYS lists the keys of one node only`
}

// Two literals, one per kind, each with its constant.
type pool struct {
	c       redis.UniversalClient
	cluster bool
}

func newPool(addrs []string) *pool {
	if len(addrs) > 1 {
		return &pool{c: redis.NewClusterClient(&redis.ClusterOptions{Addrs: addrs}), cluster: true}
	}
	return &pool{c: redis.NewClient(&redis.Options{Addr: addrs[0]})}
}

func (p *pool) flush(ctx context.Context) {
	if !p.cluster {
		p.c.FlushDB(ctx)
	}
}
