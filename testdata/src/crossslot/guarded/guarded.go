// Package guarded: a wrapper that guards on the client's type sends its
// multi-key command only when the client is not a cluster client.
package guarded

import (
	"context"

	"github.com/redis/go-redis/v9"
)

type Cache struct {
	rdb redis.UniversalClient
}

// GetMulti runs one GET per key on a cluster client, MGET otherwise.
func (c *Cache) GetMulti(ctx context.Context, keys ...string) {
	if _, ok := c.rdb.(*redis.ClusterClient); ok {
		for _, k := range keys {
			c.rdb.Get(ctx, k)
		}
	} else {
		c.rdb.MGet(ctx, keys...)
	}
}

// DelMulti: the same guard, returning early.
func (c *Cache) DelMulti(ctx context.Context, keys ...string) {
	if _, ok := c.rdb.(*redis.ClusterClient); ok {
		for _, k := range keys {
			c.rdb.Del(ctx, k)
		}
		return
	}
	c.rdb.Del(ctx, keys...)
}

// SetMulti: the comma-ok variable assigned first, then the guard.
func (c *Cache) SetMulti(ctx context.Context, keys ...string) {
	_, isCluster := c.rdb.(*redis.ClusterClient)
	if isCluster {
		for _, k := range keys {
			c.rdb.Set(ctx, k, 1, 0)
		}
		return
	}
	pipe := c.rdb.TxPipeline()
	for _, k := range keys {
		pipe.Set(ctx, k, 1, 0)
	}
	pipe.Exec(ctx)
	c.rdb.Unlink(ctx, keys...)
}

// The twin without the guard: a cross-slot wrapper.
func (c *Cache) Unguarded(ctx context.Context, keys ...string) {
	c.rdb.MGet(ctx, keys...) // want `^MGET of the caller.s key list keys \(Unguarded is exported\): CROSSSLOT if this redis.UniversalClient is a cluster client unless`
}

func use(ctx context.Context, c *Cache) {
	c.GetMulti(ctx, "foo", "bar")
	c.DelMulti(ctx, "foo", "bar")
	c.SetMulti(ctx, "foo", "bar")
	c.Unguarded(ctx, "foo", "bar") // want `MGET \(through \(\*guarded.Cache\).Unguarded\) keys "foo" \(slot 12182\) and "bar" \(slot 5061\) hash to different slots: CROSSSLOT if the client is a cluster client`
}
