// Package lazyuse sends keys built by keys and keyfmt, packages of the
// module without a client, through a cluster client, and imports gen for
// its types.
package lazyuse

import (
	"context"

	"github.com/redis/go-redis/v9"

	"example.com/facts/gen"
	"example.com/facts/keyfmt"
	"example.com/facts/keys"
)

func get(ctx context.Context, rdb *redis.ClusterClient, ids []string, o gen.Options) {
	var ks []string
	for _, id := range ids {
		ks = append(ks, keys.ProfileOf(id))
	}
	rdb.MGet(ctx, ks...)
	rdb.Get(ctx, o.Name)
}

func sessions(ctx context.Context, rdb *redis.ClusterClient, ids []string) {
	var ks []string
	for _, id := range ids {
		ks = append(ks, keyfmt.Session(id))
	}
	rdb.Del(ctx, ks...)
}
