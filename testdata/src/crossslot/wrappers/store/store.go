// Package store wraps a cluster client, as services do.
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

// Move renames from to to.
func Move(ctx context.Context, rdb redis.UniversalClient, from, to string) error {
	return rdb.Rename(ctx, from, to).Err()
}

// Archive moves key into the archive: one parameter and a constant key.
func (s *Store) Archive(ctx context.Context, key string) error {
	return s.rdb.Rename(ctx, key, "archive:all").Err()
}

// Changed reassigns its parameter: not a plain wrapper.
func (s *Store) Changed(ctx context.Context, a, b string) error {
	a = "{x}" + a
	return s.rdb.Rename(ctx, a, b).Err()
}

func (s *Store) local(ctx context.Context) {
	s.GetMany(ctx, "user:1:a", "user:1:b") // want `MGET \(through \(\*store.Store\).GetMany\) keys "user:1:a" \(slot \d+\) and "user:1:b" \(slot \d+\) hash to different slots: CROSSSLOT on a cluster`
}
