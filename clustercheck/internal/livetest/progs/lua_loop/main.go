// outcome: LUAKEY
// twin: lua_loop_ok
// A script of constant source builds a key itself ('visits:' .. ARGV[1])
// for ids from a loop: on a cluster it runs on the node of KEYS[1].
package main

import (
	"context"
	"strconv"

	"github.com/redis/go-redis/v9"

	"github.com/redislint/redislint/clustercheck/internal/livetest/env"
)

var visit = redis.NewScript(`
redis.call('INCR', KEYS[1])
return redis.call('INCR', 'visits:' .. ARGV[1])
`)

func main() {
	ctx := context.Background()
	rdb := env.GoRedis()
	defer rdb.Close()
	for id := 101; id <= 105; id++ {
		s := strconv.Itoa(id)
		env.Check(visit.Run(ctx, rdb, []string{"stats:" + s}, s).Err())
	}
	env.OK()
}
