// outcome: ok
// lua_loop done right: both keys in KEYS, with the id's hash tag.
package main

import (
	"context"
	"strconv"

	"github.com/redis/go-redis/v9"

	"github.com/redislint/redislint/clustercheck/internal/livetest/env"
)

var visit = redis.NewScript(`
redis.call('INCR', KEYS[1])
return redis.call('INCR', KEYS[2])
`)

func main() {
	ctx := context.Background()
	rdb := env.GoRedis()
	defer rdb.Close()
	for id := 101; id <= 105; id++ {
		tag := "{" + strconv.Itoa(id) + "}"
		env.Check(visit.Run(ctx, rdb, []string{"stats:" + tag, "visits:" + tag}).Err())
	}
	env.OK()
}
