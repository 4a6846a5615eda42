// Package lazyuse sends keys built by keys, a package of the module
// without a client, through a cluster client, and imports gen for its
// types.
package lazyuse

import (
	"context"

	"github.com/redis/go-redis/v9"

	"example.com/facts/gen"
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
