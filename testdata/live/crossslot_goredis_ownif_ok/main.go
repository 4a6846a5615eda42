// outcome: ok
package main

import (
	"context"

	"github.com/redis/go-redis/v9"

	"example.com/live/internal/env"
)

// Queue is the program's own interface; its keys share one hash tag.
type Queue interface {
	Move(ctx context.Context, from, to string) error
}

type redisQueue struct{ rdb redis.UniversalClient }

func (q redisQueue) Move(ctx context.Context, from, to string) error {
	return q.rdb.LMove(ctx, from, to, "RIGHT", "LEFT").Err()
}

const (
	ready   = "{jobs}:ready"
	unacked = "{jobs}:unacked"
)

func main() {
	ctx := context.Background()
	rdb := redis.NewClusterClient(&redis.ClusterOptions{Addrs: env.Seeds()})
	env.Check(rdb.RPush(ctx, ready, "job-1").Err())
	var q Queue = redisQueue{rdb}
	env.Check(q.Move(ctx, ready, unacked))
	env.OK()
}
