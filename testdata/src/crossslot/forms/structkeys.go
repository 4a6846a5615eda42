package forms

import (
	"context"
	"fmt"

	"github.com/redis/go-redis/v9"
)

// A function that builds several keys at once and returns them in a
// struct, whose callers read one field of the result (go-workflows'
// taskQueue.Keys): each field is a builder of its own.
type keyInfo struct {
	SetKey    string
	StreamKey string
}

type taskQueue[T any] struct {
	prefix string
	rdb    redis.UniversalClient
}

func (q *taskQueue[T]) keys(queue string) keyInfo {
	return keyInfo{
		SetKey:    fmt.Sprintf("%stask-set:%s", q.prefix, queue),
		StreamKey: fmt.Sprintf("%stask-stream:%s", q.prefix, queue),
	}
}

func taggedKeys(queue string) *keyInfo {
	return &keyInfo{SetKey: "task-set:{" + queue + "}", StreamKey: "task-stream:{" + queue + "}"}
}

var completeScript = redis.NewScript(`redis.call("SREM", KEYS[1], ARGV[1]) return redis.call("XACK", KEYS[2], "g", ARGV[1])`)

func (q *taskQueue[T]) complete(ctx context.Context, queue, id string) {
	completeScript.Run(ctx, q.rdb, []string{q.keys(queue).SetKey, q.keys(queue).StreamKey}, id) // want `^EVALSHA keys q.keys\(queue\).SetKey and q.keys\(queue\).StreamKey carry no hash tag: they hash to different slots for almost every value of q.prefix and queue, unless q.prefix carries its own hash tag: CROSSSLOT if this redis.UniversalClient is a cluster client$`
	k := taggedKeys(queue)
	completeScript.Run(ctx, q.rdb, []string{k.SetKey, k.StreamKey}, id)
	completeScript.Run(ctx, q.rdb, []string{taggedKeys(queue).SetKey, taggedKeys(queue).StreamKey}, id)
}

// Through a local the call initialises.
func (q *taskQueue[T]) enqueue(ctx context.Context, queue, id string) {
	keys := q.keys(queue)
	q.rdb.TxPipelined(ctx, func(p redis.Pipeliner) error {
		p.SAdd(ctx, keys.SetKey, id) // want `^transaction keys keys.SetKey \(SADD\) and keys.StreamKey \(LPUSH\) carry no hash tag`
		p.LPush(ctx, keys.StreamKey, id)
		return nil
	})
	tagged := taggedKeys(queue)
	q.rdb.TxPipelined(ctx, func(p redis.Pipeliner) error {
		p.SAdd(ctx, tagged.SetKey, id)
		p.LPush(ctx, tagged.StreamKey, id)
		return nil
	})
}

// The keys of two queues in one request: a worker polls them together.
func (q *taskQueue[T]) poll(ctx context.Context, queues []string) {
	q.rdb.MGet(ctx, q.keys("default").StreamKey, q.keys("_system_").StreamKey) // want `^MGET keys q.keys\("default"\).StreamKey and q.keys\("_system_"\).StreamKey carry no hash tag: they hash to different slots for almost every q.prefix`
	q.rdb.MGet(ctx, taggedKeys("default").StreamKey, taggedKeys("default").SetKey)
}
