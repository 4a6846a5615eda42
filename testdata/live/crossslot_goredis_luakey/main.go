// outcome: LUAKEY
// twin: crossslot_goredis_luakey_ok
// The script writes a key it builds itself: on a cluster it runs on the node
// of its KEYS, and that key lives in another slot.
package main

import (
	"context"

	"github.com/redis/go-redis/v9"

	"example.com/live/internal/env"
)

var touch = redis.NewScript(`redis.call('SET', KEYS[1], 1); return redis.call('SET', 'seen:' .. ARGV[1], 1)`) // want crossslot `Lua script builds key 'seen:' .. ARGV\[1\] itself for SET instead of receiving it in KEYS`

func main() {
	ctx := context.Background()
	rdb := redis.NewClusterClient(&redis.ClusterOptions{Addrs: env.Seeds()})
	env.Check(touch.Run(ctx, rdb, []string{"{user:101}:visits"}, "user:101").Err())
	env.OK()
}
