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
	env.Check(rdb.SMove(ctx, "asynq:{"+q+"}:pending", "asynq:queues", "job1").Err()) // want crossslot `SMOVE keys "asynq:\{" \+ q \+ "\}:pending" and "asynq:queues" \(slot \d+\) do not share a hash tag: they hash to different slots for almost every q`
	env.OK()
}
