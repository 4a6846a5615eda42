package app

import (
	"context"

	"github.com/redis/go-redis/v9"

	"crossslot/fields/keys"
)

func use(ctx context.Context, rdb *redis.ClusterClient) {
	rdb.MGet(ctx, keys.Default.Prefix+"a", keys.Default.Prefix+"b") // want `MGET keys "app:a" \(slot \d+\) and "app:b" \(slot \d+\) hash to different slots: CROSSSLOT on a cluster`
	rdb.MGet(ctx, keys.Default.Tagged+"a", keys.Default.Tagged+"b")
	k := keys.Default
	rdb.Del(ctx, k.Prefix+"x", k.Prefix+"y") // want `DEL keys "app:x" \(slot \d+\) and "app:y" \(slot \d+\) hash to different slots`
	sp := keys.NewSpaces()
	rdb.MGet(ctx, sp.Root+"a", sp.Root+"b") // want `MGET keys "root:a" \(slot \d+\) and "root:b" \(slot \d+\) hash to different slots`
	rdb.MGet(ctx, sp.Root+"{a}1", sp.Root+"{a}2")
	// A decoded field, a field written twice: unknown values, reported
	// with the hedge.
	rdb.MGet(ctx, keys.Loaded.Prefix+"a", keys.Loaded.Prefix+"b") // want `MGET keys keys.Loaded.Prefix \+ "a" and keys.Loaded.Prefix \+ "b" carry no hash tag: they hash to different slots for almost every keys.Loaded.Prefix, unless keys.Loaded.Prefix carries its own hash tag`
	rdb.MGet(ctx, keys.First.Base+"a", keys.First.Base+"b")       // want `unless keys.First.Base carries its own hash tag`
	rdb.MGet(ctx, keys.Loaded.Prefix+"{a}1", keys.Loaded.Prefix+"{a}2")
}
