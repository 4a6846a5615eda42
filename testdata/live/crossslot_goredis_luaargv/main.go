// outcome: LUAKEY
// twin: crossslot_goredis_luaargv_ok
// A transaction store (dtm's shape): its script builds the keys it
// touches from a prefix passed in ARGV. The prefix "{}" looks like a hash
// tag, but an empty tag is none: "{}_u" hashes as a whole, and the script,
// which runs on the node of KEYS[1], cannot reach it on another node.
package main

import (
	"context"

	"github.com/redis/go-redis/v9"

	"example.com/live/internal/env"
)

const prefix = "{}"

const saveTrans = `
local p = ARGV[1]
redis.call('SET', p .. '_g_' .. ARGV[2], ARGV[3])
redis.call('ZADD', p .. '_u', 0, ARGV[2])
return 1
`

func main() {
	ctx := context.Background()
	rdb := redis.NewClusterClient(&redis.ClusterOptions{Addrs: env.Seeds()})
	defer rdb.Close()
	for _, gid := range env.Items(30) {
		env.Check(rdb.Eval(ctx, saveTrans, []string{prefix + "_g_" + gid}, prefix, gid, "v").Err()) // want crossslot `^ARGV\[1\] = "\{\}" has no hash tag \(an empty \{\} is none: the whole key is hashed\), but the Lua script calls ZADD on p \.\. '_u', a key it builds itself: the script runs on the node of its KEYS and fails unless slot \d+ is served by the node of its KEYS$`
	}
	env.OK()
}
