// Package keylists: exported functions that send their caller's key list
// as one multi-key command (-crossslot.keylists).
package keylists

import (
	"context"

	"github.com/redis/go-redis/v9"
)

type Cache struct {
	rdb redis.UniversalClient
}

func (c *Cache) Invalidate(ctx context.Context, keys ...string) error {
	return c.rdb.Del(ctx, keys...).Err() // want `^DEL of the caller's key list keys \(Invalidate is exported\): CROSSSLOT if this redis.UniversalClient is a cluster client unless the caller's keys share a slot: group them by slot, or send them one by one$`
}

// The command itself under its own name, as go-redis' Del: its callers
// call DEL, and know its keys must share a slot.
func (c *Cache) Del(ctx context.Context, keys ...string) error {
	return c.rdb.Del(ctx, keys...).Err()
}

func (c *Cache) MgetCtx(ctx context.Context, keys ...string) ([]interface{}, error) {
	return c.rdb.MGet(ctx, keys...).Result()
}

func (c *Cache) BitOpAnd(ctx context.Context, dest string, keys ...string) error {
	return c.rdb.BitOpAnd(ctx, dest, keys...).Err()
}

// Through an exported wrapper of the package that is reported itself:
// the finding is Invalidate's, once.
func (c *Cache) Drop(ctx context.Context, keys ...string) error {
	return c.Invalidate(ctx, keys...)
}

// Through the command's own name: the name hid it from no one, this one
// does.
func (c *Cache) Forget(ctx context.Context, keys ...string) error {
	return c.Del(ctx, keys...) // want `^DEL \(through \(\*keylists.Cache\).Del\) of the caller's key list keys \(Forget is exported\)`
}

// Mget calls MgetCtx: both are the command under its own name.
func (c *Cache) Mget(ctx context.Context, keys ...string) ([]interface{}, error) {
	return c.MgetCtx(ctx, keys...)
}

func (c *Cache) GetMulti(ctx context.Context, keys []string) ([]interface{}, error) {
	return c.rdb.MGet(ctx, keys...).Result() // want `^MGET of the caller's key list keys \(GetMulti is exported\)`
}

// One key at a time: nothing to compare.
func (c *Cache) DelEach(ctx context.Context, keys ...string) {
	for _, k := range keys {
		c.rdb.Del(ctx, k)
	}
}

// On a cluster client, key by key; one command elsewhere.
func (c *Cache) DelGuarded(ctx context.Context, keys ...string) {
	if _, ok := c.rdb.(*redis.ClusterClient); ok {
		for _, k := range keys {
			c.rdb.Del(ctx, k)
		}
		return
	}
	c.rdb.Del(ctx, keys...)
}

// Unexported: its callers are in view, and their keys are compared there.
func (c *Cache) del(ctx context.Context, keys ...string) {
	c.rdb.Del(ctx, keys...)
}

func (c *Cache) Evict(ctx context.Context, id string) {
	c.del(ctx, "{user:"+id+"}:a", "{user:"+id+"}:b")
}

// A single node's client: no cluster.
type Local struct{ rdb *redis.Client }

func (l *Local) Del(ctx context.Context, keys ...string) { l.rdb.Del(ctx, keys...) }

// Through the package's own wrapper.
func (c *Cache) del2(ctx context.Context, keys ...string) error {
	return c.rdb.Del(ctx, keys...).Err()
}

func (c *Cache) Purge(ctx context.Context, keys ...string) error {
	return c.del2(ctx, keys...) // want `^DEL \(through \(\*keylists.Cache\).del2\) of the caller.s key list keys \(Purge is exported\): CROSSSLOT if the client is a cluster client unless the caller.s keys share a slot`
}

// The caller's list copied into a local, or cut, before the command.
func (c *Cache) DelCopy(ctx context.Context, keys ...string) error {
	ks := keys[:len(keys)]
	return c.rdb.Del(ctx, ks...).Err() // want `^DEL of the caller's key list keys \(DelCopy is exported\)`
}

// EVAL under its own name, its reply read as an int: the command.
func (c *Cache) EvalInt(ctx context.Context, script string, keys []string) (*int, error) {
	c.rdb.Eval(ctx, script, keys)
	n := 0
	return &n, nil
}

// Named for what it counts: its callers do not see the EVAL.
func (c *Cache) EvalCount(ctx context.Context, script string, keys []string) (int, error) {
	c.rdb.Eval(ctx, script, keys) // want `^EVAL of the caller's key list keys \(EvalCount is exported\)`
	return 0, nil
}
