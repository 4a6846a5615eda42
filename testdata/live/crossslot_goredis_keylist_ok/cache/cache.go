// Package cache deletes the caller's keys one by one on a cluster client.
package cache

import (
	"context"

	"github.com/redis/go-redis/v9"
)

type Cache struct{ RDB redis.UniversalClient }

// Invalidate deletes the caller's keys, key by key on a cluster.
func (c *Cache) Invalidate(ctx context.Context, keys ...string) error {
	if _, ok := c.RDB.(*redis.ClusterClient); ok {
		for _, k := range keys {
			if err := c.RDB.Del(ctx, k).Err(); err != nil {
				return err
			}
		}
		return nil
	}
	return c.RDB.Del(ctx, keys...).Err()
}
