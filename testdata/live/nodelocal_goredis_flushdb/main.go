// outcome: LEFTOVER
// twin: nodelocal_goredis_flushmasters
package main

import (
	"context"

	"github.com/redis/go-redis/v9"

	"example.com/live/internal/env"
)

func main() {
	ctx := context.Background()
	rdb := redis.NewClusterClient(&redis.ClusterOptions{Addrs: env.Seeds()})
	for _, key := range env.Items(30) {
		env.Check(rdb.Set(ctx, key, "v", 0).Err())
	}
	env.Check(rdb.FlushDB(ctx).Err())     // want nodelocal `^FLUSHDB on a cluster client empties one node only: run it on every master with ForEachMaster$`
	left, err := rdb.DBSize(ctx).Result() // go-redis sums DBSIZE over the masters
	env.Check(err)
	env.Left("after FLUSHDB", int(left))
	env.OK()
}
