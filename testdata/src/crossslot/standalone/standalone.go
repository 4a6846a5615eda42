// Package standalone: with -crossslot.standalone, the keys of single-node
// clients are checked too, for endpoints that are cluster proxies.
package standalone

import (
	"context"

	"github.com/redis/go-redis/v9"
)

var ctx = context.Background()

func proxied() {
	rdb := redis.NewClient(&redis.Options{Addr: "redis-proxy.internal:6379"})
	rdb.Rename(ctx, "foo", "bar") // want `^RENAME keys "foo" \(slot 12182\) and "bar" \(slot 5061\) hash to different slots: CROSSSLOT if this endpoint is a cluster proxy$`
	rdb.TxPipelined(ctx, func(p redis.Pipeliner) error {
		p.Set(ctx, "foo", 1, 0) // want `the transaction fails with CROSSSLOT if this endpoint is a cluster proxy`
		p.Set(ctx, "bar", 1, 0)
		return nil
	})
	// Proxies split these by slot (DEL, EXISTS, MGET, MSET, MSETNX,
	// TOUCH, UNLINK): not reported.
	rdb.MGet(ctx, "foo", "bar")
	rdb.Del(ctx, "foo", "bar")
	// The twin: keys that share a hash tag.
	rdb.Rename(ctx, "{user:1}:a", "{user:1}:b")
}
