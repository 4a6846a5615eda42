// Package store wraps a cluster client, as services do: its multi-key
// methods take the keys from their callers.
package store

import (
	"context"

	"github.com/redis/go-redis/v9"
)

// Store keeps records in a Redis Cluster.
type Store struct {
	rdb *redis.ClusterClient
}

// New returns a Store on the cluster of seeds.
func New(seeds []string) *Store {
	return &Store{rdb: redis.NewClusterClient(&redis.ClusterOptions{Addrs: seeds})}
}

// Put sets one key.
func (s *Store) Put(ctx context.Context, key, value string) error {
	return s.rdb.Set(ctx, key, value, 0).Err()
}

// GetMany reads keys with one MGET.
func (s *Store) GetMany(ctx context.Context, keys ...string) ([]any, error) {
	return s.rdb.MGet(ctx, keys...).Result()
}
