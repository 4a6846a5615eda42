// Package cache deletes through the store: by key on a cluster store.
package cache

import (
	"context"

	"crossslot/keylists/modefield/store"
)

type Cache struct{ rds *store.Redis }

// Del deletes the caller's keys: one by one on a cluster store.
func (c Cache) Del(ctx context.Context, keys ...string) error {
	if len(keys) > 1 && c.rds.Type == store.ClusterType {
		for _, k := range keys {
			if err := c.rds.Del(ctx, k); err != nil {
				return err
			}
		}
		return nil
	}
	return c.rds.Del(ctx, keys...)
}

// DelAll deletes them in one command whatever the store.
func (c Cache) DelAll(ctx context.Context, keys ...string) error {
	return c.rds.Del(ctx, keys...) // want `^DEL \(through \(\*store.Redis\).Del\) of the caller's key list keys \(DelAll is exported\): CROSSSLOT if the client is a cluster client unless the caller's keys share a slot`
}

// DelNode deletes them in one command on a node store only.
func (c Cache) DelNode(ctx context.Context, keys ...string) error {
	if c.rds.Type != store.NodeType {
		return nil
	}
	return c.rds.Del(ctx, keys...)
}

// Two keys of different slots through the store, outside cluster mode.
func (c Cache) Pair(ctx context.Context) error {
	if c.rds.Type == store.ClusterType {
		return nil
	}
	return c.rds.Del(ctx, "user:1", "order:2")
}

// And in any mode.
func (c Cache) PairAny(ctx context.Context) error {
	return c.rds.Del(ctx, "user:1", "order:2") // want `^DEL \(through \(\*store.Redis\).Del\) keys "user:1" \(slot \d+\) and "order:2" \(slot \d+\) hash to different slots: CROSSSLOT if the client is a cluster client`
}

// The same guard on a store that picks its client with an if.
func PairStore(ctx context.Context, s *store.Store) error {
	if s.Mode == store.ClusterType {
		return nil
	}
	return s.MGet(ctx, "user:1", "order:2")
}

func PairStoreAny(ctx context.Context, s *store.Store) error {
	return s.MGet(ctx, "user:1", "order:2") // want `^MGET \(through \(\*store.Store\).MGet\) keys "user:1" \(slot \d+\) and "order:2" \(slot \d+\) hash to different slots: CROSSSLOT if the client is a cluster client`
}

// Through Del, whose test keeps the caller's keys apart on a cluster
// store: silent, as Del is.
func (c Cache) Remove(ctx context.Context, keys ...string) error {
	return c.Del(ctx, keys...)
}

func (c Cache) RemovePair(ctx context.Context) error {
	return c.Del(ctx, "user:1", "order:2")
}
