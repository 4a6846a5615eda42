// outcome: CROSSSLOT
// twin: crossslot_goredis_ownif_ok
// fixed: ok
package main

import (
	"context"

	"github.com/redis/go-redis/v9"

	"example.com/live/internal/env"
)

// Queue is the program's own interface; its implementation wraps the
// client.
type Queue interface {
	Move(ctx context.Context, from, to string) error
}

type redisQueue struct{ rdb redis.UniversalClient }

func (q redisQueue) Move(ctx context.Context, from, to string) error {
	return q.rdb.LMove(ctx, from, to, "RIGHT", "LEFT").Err()
}

const (
	ready   = "jobs:ready"
	unacked = "jobs:unacked"
)

func main() {
	ctx := context.Background()
	rdb := redis.NewClusterClient(&redis.ClusterOptions{Addrs: env.Seeds()})
	env.Check(rdb.RPush(ctx, ready, "job-1").Err())
	var q Queue = redisQueue{rdb}
	env.Check(q.Move(ctx, ready, unacked)) // want crossslot `LMOVE \(through \(main.Queue\).Move\) keys "jobs:ready" \(slot \d+\) and "jobs:unacked" \(slot \d+\) hash to different slots`
	env.OK()
}
