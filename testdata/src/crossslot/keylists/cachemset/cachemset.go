// Package cachemset writes its caller's keys in one transaction.
package cachemset

import (
	"context"

	"github.com/redis/go-redis/v9"
)

type Cache struct{ rdb redis.UniversalClient }

// MSet sets the caller's keys in one MULTI/EXEC.
func (c *Cache) MSet(ctx context.Context, keys []string, vals []string) error {
	return c.mset(ctx, keys, vals)
}

func (c *Cache) mset(ctx context.Context, keys []string, vals []string) error {
	pipe := c.rdb.TxPipeline()
	for i := range keys {
		pipe.Set(ctx, keys[i], vals[i], 0) // want `transaction keys queued in a loop as keys\[i\]`
	}
	_, err := pipe.Exec(ctx)
	return err
}
