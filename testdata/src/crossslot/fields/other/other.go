// Package other makes its own value of keys.Keys: the field is not one
// value here.
package other

import (
	"context"

	"github.com/redis/go-redis/v9"

	"crossslot/fields/keys"
)

var mine = keys.Keys{Prefix: "{x}"}

func use(ctx context.Context, rdb *redis.ClusterClient) {
	rdb.MGet(ctx, keys.Default.Prefix+"a", keys.Default.Prefix+"b") // want `MGET keys keys.Default.Prefix \+ "a" and keys.Default.Prefix \+ "b" carry no hash tag: they hash to different slots for almost every keys.Default.Prefix, unless keys.Default.Prefix carries its own hash tag`
	rdb.MGet(ctx, keys.Default.Tagged+"a", keys.Default.Tagged+"b") // want `unless keys.Default.Tagged carries its own hash tag`
	rdb.MGet(ctx, mine.Prefix+"a", mine.Prefix+"b")
}
