package goredis

import (
	"context"

	"github.com/redis/go-redis/v9"
)

// A store's own interface, which a cluster client is stored into.
type RedisClusterClientInterface interface {
	FlushAll(ctx context.Context) *redis.StatusCmd
	Keys(ctx context.Context, pattern string) *redis.StringSliceCmd
	DBSize(ctx context.Context) *redis.IntCmd
	Get(ctx context.Context, key string) *redis.StringCmd
}

type store struct {
	client RedisClusterClientInterface
}

func newStore() *store {
	return &store{client: redis.NewClusterClient(&redis.ClusterOptions{Addrs: seeds})}
}

func (s *store) reset() {
	s.client.FlushAll(ctx)  // want `^FLUSHALL on a cluster client empties one node only: run it on every master with ForEachMaster$`
	s.client.Keys(ctx, "*") // want `^KEYS on a cluster client lists the keys of one node only`
	s.client.DBSize(ctx)    // (*ClusterClient).DBSize sums over the masters
	s.client.Get(ctx, "k")
}

// The twin: the same interface holding a single-node client.
type nodeStore struct {
	client RedisClusterClientInterface
}

func newNodeStore() *nodeStore {
	return &nodeStore{client: redis.NewClient(&redis.Options{Addr: "localhost:6379"})}
}

func (s *nodeStore) reset() {
	s.client.FlushAll(ctx)
	s.client.Keys(ctx, "*")
}
