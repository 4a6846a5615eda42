// outcome: ok
// The twin: the prefix carries a real hash tag, so every key the script
// builds is in the slot of its KEYS.
package main

import (
	"context"

	"github.com/redis/go-redis/v9"

	"example.com/live/internal/env"
)

const prefix = "{dtm}"

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
		env.Check(rdb.Eval(ctx, saveTrans, []string{prefix + "_g_" + gid}, prefix, gid, "v").Err())
	}
	env.OK()
}
