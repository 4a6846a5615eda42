// outcome: CROSSSLOT
// twin: crossslot_goredis_replace_ok
package main

import (
	"context"
	"os"
	"strings"

	"github.com/redis/go-redis/v9"

	"example.com/live/internal/env"
)

const (
	pendingTpl = "jobs:{queue}:pending"
	activeTpl  = "jobs:{queue}:active"
)

func main() {
	ctx := context.Background()
	rdb := redis.NewClusterClient(&redis.ClusterOptions{Addrs: env.Seeds()})
	name := "mail"
	if len(os.Args) > 1 {
		name = os.Args[1]
	}
	// The braces are a placeholder, replaced away: no hash tag is left.
	pending := strings.Replace(pendingTpl, "{queue}", name, 1)
	active := strings.Replace(activeTpl, "{queue}", name, 1)
	env.Check(rdb.SAdd(ctx, pending, "job1").Err())
	env.Check(rdb.SMove(ctx, pending, active, "job1").Err()) // want crossslot `SMOVE keys "jobs:mail:pending" \(slot 9318\) and "jobs:mail:active" \(slot 2762\) hash to different slots: CROSSSLOT on a cluster`
	env.OK()
}
