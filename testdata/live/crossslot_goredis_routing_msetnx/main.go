// outcome: NOTATOMIC
// fixed: ok
// twin: crossslot_goredis_routing_msetnx_ok
// go-redis v9.18+ with routing policies splits MSETNX by slot: the key of
// one slot is set although the other exists.
package main

import (
	"context"

	"github.com/redis/go-redis/v9"

	"example.com/live/internal/env"
)

func main() {
	ctx := context.Background()
	rdb := redis.NewClusterClient(&redis.ClusterOptions{Addrs: env.Seeds()})
	rdb.SetCommandInfoResolver(rdb.NewDynamicResolver())
	env.Check(rdb.Del(ctx, "user:101:profile", "user:101:settings").Err())
	env.Check(rdb.Set(ctx, "user:101:settings", "old", 0).Err())
	// MSETNX sets both keys or, since one exists, neither.
	set, err := rdb.MSetNX(ctx, "user:101:profile", "1", "user:101:settings", "2").Result() // want crossslot `^MSETNX keys "user:101:profile" \(slot 14791\) and "user:101:settings" \(slot 6457\) hash to different slots: go-redis' routing policies split it by slot on a cluster client: each slot's MSETNX succeeds or fails alone, so the command is no longer all-or-nothing$`
	env.Check(err)
	n, err := rdb.Exists(ctx, "user:101:profile").Result()
	env.Check(err)
	env.NotAtomic("MSETNX", set, n)
	env.OK()
}
