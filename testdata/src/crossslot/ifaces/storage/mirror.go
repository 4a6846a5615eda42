package storage

import (
	"context"

	"github.com/redis/go-redis/v9"
)

// Streams declares go-redis's methods itself, TxPipeline among them, and
// the queue type-asserts the client it is handed to it: whatever client
// that is, its TxPipeline is go-redis's MULTI/EXEC.
type Streams interface {
	Del(ctx context.Context, keys ...string) *redis.IntCmd
	TxPipeline() redis.Pipeliner
}

type streamQueue struct {
	rdb  Streams
	list string
	zset string
}

// NewStreamQueue keeps its two keys in fields, untagged.
func NewStreamQueue(c any, name string) *streamQueue {
	s, ok := c.(Streams)
	if !ok {
		panic("the client must support streams")
	}
	return &streamQueue{rdb: s, list: "q:" + name + ":list", zset: "q:" + name + ":zset"}
}

func (q *streamQueue) schedule(ctx context.Context) error {
	pipe := q.rdb.TxPipeline()
	pipe.LPush(ctx, q.list, "x") // want `transaction keys q.list \(LPUSH\) and q.zset \(ZADD\) carry no hash tag: they hash to different slots for almost every value of q.list and q.zset: CROSSSLOT if the client is a cluster client`
	pipe.ZAdd(ctx, q.zset)
	_, err := pipe.Exec(ctx)
	return err
}

type taggedStreamQueue struct {
	rdb  Streams
	list string
	zset string
}

// NewTaggedStreamQueue gives both keys the queue's name as their tag.
func NewTaggedStreamQueue(c any, name string) *taggedStreamQueue {
	s, _ := c.(Streams)
	return &taggedStreamQueue{rdb: s, list: "q:{" + name + "}:list", zset: "q:{" + name + "}:zset"}
}

func (q *taggedStreamQueue) schedule(ctx context.Context) error {
	pipe := q.rdb.TxPipeline()
	pipe.LPush(ctx, q.list, "x")
	pipe.ZAdd(ctx, q.zset)
	_, err := pipe.Exec(ctx)
	return err
}

// A plain pipeline is sent per node: its keys need no one slot.
func (q *streamQueue) batch(ctx context.Context) error {
	pipe := q.rdb.(interface{ Pipeline() redis.Pipeliner }).Pipeline()
	pipe.LPush(ctx, q.list, "x")
	pipe.ZAdd(ctx, q.zset)
	_, err := pipe.Exec(ctx)
	return err
}

// StreamPipe is the part of go-redis's pipeline a helper of the queue
// needs, declared by the program.
type StreamPipe interface {
	ZAdd(ctx context.Context, key string, members ...interface{}) *redis.IntCmd
}

func (q *streamQueue) push(ctx context.Context, p StreamPipe) error {
	return p.ZAdd(ctx, q.zset).Err()
}

// The helper, given the transaction's pipeline, queues into it.
func (q *streamQueue) release(ctx context.Context) error {
	pipe := q.rdb.TxPipeline()
	pipe.LPush(ctx, q.list, "x") // want `transaction keys q.list \(LPUSH\) and q.push\(ctx, pipe\) = "q:%s:zset" \(ZADD\) carry no hash tag`
	if err := q.push(ctx, pipe); err != nil {
		return err
	}
	_, err := pipe.Exec(ctx)
	return err
}

func (q *taggedStreamQueue) push(ctx context.Context, p StreamPipe) error {
	return p.ZAdd(ctx, q.zset).Err()
}

func (q *taggedStreamQueue) release(ctx context.Context) error {
	pipe := q.rdb.TxPipeline()
	pipe.LPush(ctx, q.list, "x")
	if err := q.push(ctx, pipe); err != nil {
		return err
	}
	_, err := pipe.Exec(ctx)
	return err
}

// Locker declares go-redis's Watch itself: the transaction it opens is
// go-redis's.
type Locker interface {
	Watch(ctx context.Context, fn func(*redis.Tx) error, keys ...string) error
}

func lockedMove(ctx context.Context, l Locker, user string) error {
	return l.Watch(ctx, func(tx *redis.Tx) error {
		tx.Get(ctx, "balance:"+user)
		return nil
	}, "lock:"+user) // want `keys of the WATCH block "lock:" \+ user \(WATCH\) and "balance:" \+ user \(GET\) carry no hash tag`
}

func lockedTagged(ctx context.Context, l Locker, user string) error {
	return l.Watch(ctx, func(tx *redis.Tx) error {
		tx.Get(ctx, "{"+user+"}:balance")
		return nil
	}, "{"+user+"}:lock")
}
