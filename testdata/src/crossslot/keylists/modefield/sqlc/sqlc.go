// Package sqlc deletes cache entries through the cache of another package,
// whose Del sends a list of keys as one command only off a cluster store.
package sqlc

import (
	"context"

	"crossslot/keylists/modefield/cache"
)

type Conn struct{ c cache.Cache }

func (s Conn) DelCache(ctx context.Context, keys ...string) error {
	return s.c.Del(ctx, keys...)
}

func (s Conn) Exec(ctx context.Context, id string) error {
	return s.c.Del(ctx, "user:"+id, "order:"+id)
}

// DelAll sends them in one command whatever the store.
func (s Conn) Purge(ctx context.Context, keys ...string) error {
	return s.c.DelAll(ctx, keys...) // want `^DEL \(through \(cache.Cache\).DelAll\) of the caller's key list keys \(Purge is exported\)`
}

// Named for DEL, but a layer above the cache, which holds the client: not
// the command under a client wrapper's name.
func (s Conn) Del(ctx context.Context, keys ...string) error {
	return s.c.DelAll(ctx, keys...) // want `^DEL \(through \(cache.Cache\).DelAll\) of the caller's key list keys \(Del is exported\)`
}
