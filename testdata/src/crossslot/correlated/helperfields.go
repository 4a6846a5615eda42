package correlated

import (
	"context"

	"github.com/redis/go-redis/v9"
)

// A queue whose keys are fields built from a constructor parameter, all
// with the parameter as their hash tag, queued by a pipeline helper of
// the queue.
type queue struct {
	rdb    redis.UniversalClient
	zset   string
	stream string
}

func newQueue(rdb redis.UniversalClient, name string) *queue {
	return &queue{rdb: rdb, zset: "taskq:{" + name + "}:zset", stream: "taskq:{" + name + "}:stream"}
}

func (q *queue) add(ctx context.Context, pipe redis.Pipeliner, delay bool) error {
	if delay {
		return pipe.Set(ctx, q.zset, 1, 0).Err()
	}
	return pipe.Incr(ctx, q.stream).Err()
}

func (q *queue) release(ctx context.Context) error {
	pipe := q.rdb.TxPipeline()
	pipe.Del(ctx, q.stream)
	if err := q.add(ctx, pipe, true); err != nil {
		return err
	}
	_, err := pipe.Exec(ctx)
	return err
}
