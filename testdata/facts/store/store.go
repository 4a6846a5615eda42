// Package store wraps a cluster client: its functions carry wrapper facts.
package store

import (
	"context"

	"github.com/redis/go-redis/v9"
)

type Store struct {
	rdb *redis.ClusterClient
}

// GetMany is a multi-key function: its keys go to MGET.
func (s *Store) GetMany(ctx context.Context, keys ...string) ([]interface{}, error) {
	return s.rdb.MGet(ctx, keys...).Result()
}
