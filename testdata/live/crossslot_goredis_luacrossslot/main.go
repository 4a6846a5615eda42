// outcome: LUAKEY
// twin: crossslot_goredis_luashebang_ok
// allow-cross-slot-keys lets a script touch keys of several slots of its
// node, not of another node: "sc:a" (slot 3403) is on clustertest's first
// master, "x:0" (slot 11684) on the third.
package main

import (
	"context"

	"github.com/redis/go-redis/v9"

	"example.com/live/internal/env"
)

var touch = redis.NewScript(`#!lua flags=allow-cross-slot-keys
redis.call('SET', KEYS[1], 1); return redis.call('GET', 'x:0')`) // want crossslot `^Lua script names key 'x:0' in its source for GET instead of receiving it in KEYS: on a cluster the script runs on the node of its KEYS and fails unless slot 11684 and the slot of its KEYS \(3403\) are served by the same node$`

func main() {
	ctx := context.Background()
	rdb := redis.NewClusterClient(&redis.ClusterOptions{Addrs: env.Seeds()})
	env.Check(touch.Run(ctx, rdb, []string{"sc:a"}).Err())
	env.OK()
}
