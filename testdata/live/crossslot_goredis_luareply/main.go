// outcome: LUAKEY
// twin: crossslot_goredis_luareply_ok
// The script reads keys from a reply and calls Redis on them: keys it never
// declared, in slots of their own: "index" is on clustertest's first master,
// "item:0" on the second.
package main

import (
	"context"

	"github.com/redis/go-redis/v9"

	"example.com/live/internal/env"
)

var readAll = redis.NewScript(`local out = {}; for _, k in ipairs(redis.call('ZRANGE', KEYS[1], 0, -1)) do out[#out+1] = redis.call('GET', k) end; return out`) // want crossslot `Lua script calls GET on key k read from the reply of ZRANGE instead of receiving it in KEYS: on a cluster the script runs on the node of its KEYS and fails when a key of that reply is served by another node \(Script attempted to access a non local key in a cluster node\)$`

func main() {
	ctx := context.Background()
	rdb := redis.NewClusterClient(&redis.ClusterOptions{Addrs: env.Seeds()})
	for i, k := range env.Items(8) {
		env.Check(rdb.Set(ctx, k, i, 0).Err())
		env.Check(rdb.ZAdd(ctx, "index", redis.Z{Score: float64(i), Member: k}).Err())
	}
	env.Check(readAll.Run(ctx, rdb, []string{"index"}).Err())
	env.OK()
}
