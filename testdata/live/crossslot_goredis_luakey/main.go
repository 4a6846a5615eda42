// outcome: LUAKEY
// twin: crossslot_goredis_luakey_ok
// The script writes a key it builds itself: on a cluster it runs on the node
// of its KEYS, and that key lives in another slot. Without a shebang that
// fails only when the slot is on another node: on clustertest's three
// masters "{user:101}:visits" (slot 13437) is on the third and
// "seen:user:101" (slot 10573) on the second.
package main

import (
	"context"

	"github.com/redis/go-redis/v9"

	"example.com/live/internal/env"
)

var touch = redis.NewScript(`redis.call('SET', KEYS[1], 1); return redis.call('SET', 'seen:' .. ARGV[1], 1)`) // want crossslot `Lua script builds key 'seen:' .. ARGV\[1\] itself for SET instead of receiving it in KEYS: on a cluster the script runs on the node of its KEYS and fails when that key is served by another node than its KEYS$`

func main() {
	ctx := context.Background()
	rdb := redis.NewClusterClient(&redis.ClusterOptions{Addrs: env.Seeds()})
	env.Check(touch.Run(ctx, rdb, []string{"{user:101}:visits"}, "user:101").Err())
	env.OK()
}
