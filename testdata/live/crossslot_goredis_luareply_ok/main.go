// outcome: ok
// The index and the keys it lists share a hash tag: the script reads keys
// of its own slot.
package main

import (
	"context"
	"fmt"

	"github.com/redis/go-redis/v9"

	"example.com/live/internal/env"
)

var readAll = redis.NewScript(`local out = {}; for _, k in ipairs(redis.call('ZRANGE', KEYS[1], 0, -1)) do out[#out+1] = redis.call('GET', k) end; return out`)

func main() {
	ctx := context.Background()
	rdb := redis.NewClusterClient(&redis.ClusterOptions{Addrs: env.Seeds()})
	for i := range 8 {
		k := fmt.Sprintf("{items}:%d", i)
		env.Check(rdb.Set(ctx, k, i, 0).Err())
		env.Check(rdb.ZAdd(ctx, "{items}:index", redis.Z{Score: float64(i), Member: k}).Err())
	}
	env.Check(readAll.Run(ctx, rdb, []string{"{items}:index"}).Err())
	env.OK()
}
