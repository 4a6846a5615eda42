// Package cache is library code other modules import: it deletes the keys
// its caller names with one DEL.
package cache

import (
	"context"

	"github.com/redis/go-redis/v9"
)

type Cache struct{ RDB redis.UniversalClient }

// Invalidate deletes the caller's keys.
func (c *Cache) Invalidate(ctx context.Context, keys ...string) error {
	return c.RDB.Del(ctx, keys...).Err() // want crossslot `^DEL of the caller's key list keys \(Invalidate is exported\): CROSSSLOT if this redis.UniversalClient is a cluster client unless the caller's keys share a slot: group them by slot, or send them one by one$`
}
