// outcome: CROSSSLOT
// twin: crossslot_goredis_asynq_ok
package main

import (
	"context"
	"os"

	"github.com/redis/go-redis/v9"

	"example.com/live/internal/env"
)

func main() {
	ctx := context.Background()
	rdb := redis.NewClusterClient(&redis.ClusterOptions{Addrs: env.Seeds()})
	q := "default"
	if len(os.Args) > 1 {
		q = os.Args[1]
	}
	env.Check(rdb.SAdd(ctx, "asynq:{"+q+"}:pending", "job1").Err())
	env.Check(rdb.SMove(ctx, "asynq:{"+q+"}:pending", "asynq:queues", "job1").Err()) // want crossslot `SMOVE keys "asynq:\{default\}:pending" \(slot 5718\) and "asynq:queues" \(slot 3477\) hash to different slots: CROSSSLOT on a cluster`
	env.OK()
}
