// outcome: LUAKEY
// twin: crossslot_goredis_luaderived_ok
// The script locks KEYS[1] .. ':lock': in the slot of KEYS[1] only when
// KEYS[1] carries a hash tag, and this call passes a key without one. The
// script has no shebang, so it fails when the two slots are on different
// nodes, as 9631 and 13068 are on clustertest's three masters.
package main

import (
	"context"

	"github.com/redis/go-redis/v9"

	"example.com/live/internal/env"
)

var lock = redis.NewScript(`redis.call('SET', KEYS[1] .. ':lock', ARGV[1]); return redis.call('INCR', KEYS[1])`)

func main() {
	ctx := context.Background()
	rdb := redis.NewClusterClient(&redis.ClusterOptions{Addrs: env.Seeds()})
	env.Check(lock.Run(ctx, rdb, []string{"jobs"}, "me").Err()) // want crossslot `KEYS\[1\] = "jobs" has no hash tag, but the Lua script calls SET on KEYS\[1\] .. ':lock': the built key is in another slot and the script fails unless slots 9631 \("jobs"\) and 13068 \("jobs:lock"\) are served by the same node$`
	env.OK()
}
