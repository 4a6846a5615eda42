// Package standaloneoff: without -crossslot.standalone, nothing is reported.
package standaloneoff

import (
	"context"

	"github.com/redis/go-redis/v9"
)

var ctx = context.Background()

func proxied() {
	rdb := redis.NewClient(&redis.Options{Addr: "redis-proxy.internal:6379"})
	rdb.Rename(ctx, "foo", "bar")
	rdb.TxPipelined(ctx, func(p redis.Pipeliner) error {
		p.Set(ctx, "foo", 1, 0)
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
