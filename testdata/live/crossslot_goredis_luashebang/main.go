// outcome: LUASLOT
// twin: crossslot_goredis_luashebang_ok
// A script with a shebang may touch keys of one slot only (Redis 7): it
// fails although "sc:a" (slot 3403) and "other:key" (slot 3586) are on the
// same node, clustertest's first master. Without the shebang the same
// script works there.
package main

import (
	"context"

	"github.com/redis/go-redis/v9"

	"example.com/live/internal/env"
)

var touch = redis.NewScript(`#!lua
redis.call('SET', KEYS[1], 1); return redis.call('GET', 'other:key')`) // want crossslot `^Lua script names key 'other:key' in its source for GET instead of receiving it in KEYS: on a cluster the script runs on the node of its KEYS and fails: the key is in slot 3586, its KEYS are not$`

func main() {
	ctx := context.Background()
	rdb := redis.NewClusterClient(&redis.ClusterOptions{Addrs: env.Seeds()})
	env.Check(touch.Run(ctx, rdb, []string{"sc:a"}).Err())
	env.OK()
}
