// outcome: ok
// go-redis with routing policies splits MSET, MGET and DEL by slot: keys
// from a loop over several slots work on the cluster, and the guard, which
// reads the client's policies, lets them through.
package main

import (
	"context"
	"fmt"

	"github.com/redislint/redislint/clustercheck/internal/livetest/env"
)

func main() {
	ctx := context.Background()
	rdb := env.GoRedisRouted()
	defer rdb.Close()
	var keys []string
	var kvs []any
	for i := range 5 {
		k := fmt.Sprintf("profile:%d", i)
		keys = append(keys, k)
		kvs = append(kvs, k, fmt.Sprint(i)) // strings: go-redis v9.23.0 panics splitting an MSET of int values
	}
	env.Check(rdb.MSet(ctx, kvs...).Err())
	vals, err := rdb.MGet(ctx, keys...).Result()
	env.Check(err)
	for i, v := range vals {
		if v != fmt.Sprint(i) {
			env.Fail("MGET answered %v", vals)
		}
	}
	env.Check(rdb.Del(ctx, keys...).Err())
	env.OK()
}
