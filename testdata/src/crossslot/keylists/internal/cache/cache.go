// Package cache is internal: only its module calls it, and the keys those
// calls pass are compared where they are written.
package cache

import (
	"context"

	"github.com/redis/go-redis/v9"
)

type Cache struct{ rdb redis.UniversalClient }

func (c *Cache) Del(ctx context.Context, keys ...string) { c.rdb.Del(ctx, keys...) }
