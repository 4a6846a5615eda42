// Package generics uses go-redis through generic code.
package generics

import (
	"context"

	"github.com/redis/go-redis/v9"
)

type Key interface{ ~string }

// GetAll is a generic wrapper: its keys go to MGET.
func GetAll[K Key](ctx context.Context, c *redis.ClusterClient, keys ...K) {
	ss := make([]string, len(keys))
	for i, k := range keys {
		ss[i] = string(k)
	}
	c.MGet(ctx, ss...)
}

type Store[T any] struct {
	rdb  *redis.ClusterClient
	zero T
}

func (s *Store[T]) Pair(ctx context.Context, a, b string) {
	s.rdb.Rename(ctx, a, b)
}

type UserKey string

func use(ctx context.Context, c *redis.ClusterClient) {
	GetAll[UserKey](ctx, c, "user:1:a", "user:1:b")
	var s Store[int]
	s.Pair(ctx, "foo", "bar")
	c.MGet(ctx, string(UserKey("foo")), "bar")
}
