// outcome: ok
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
	env.Check(rdb.SMove(ctx, "asynq:{"+q+"}:pending", "asynq:{"+q+"}:active", "job1").Err())
	env.Check(rdb.SAdd(ctx, "asynq:queues", q).Err())
	env.OK()
}
