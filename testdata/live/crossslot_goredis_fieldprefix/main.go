// outcome: CROSSSLOT
// twin: crossslot_goredis_fieldprefix_ok
package main

import (
	"context"

	"github.com/redis/go-redis/v9"

	"example.com/live/internal/env"
	"example.com/live/internal/keys"
)

func main() {
	ctx := context.Background()
	rdb := redis.NewClusterClient(&redis.ClusterOptions{Addrs: env.Seeds()})
	ns := keys.Default
	env.Check(rdb.MSet(ctx, ns.Prefix+"user:1", "ada", ns.Prefix+"user:2", "bob").Err()) // want crossslot `MSET keys "app:user:1" \(slot \d+\) and "app:user:2" \(slot \d+\) hash to different slots: CROSSSLOT on a cluster`
	env.OK()
}
