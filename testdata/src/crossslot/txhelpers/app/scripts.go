package app

import (
	"context"

	"github.com/redis/go-redis/v9"
)

// Helpers that run a script on the pipeline they are given, as
// go-workflows' task queue does (Enqueue(ctx, p, queue, id) inside a
// TxPipeline, beside the instance's own keys): the script's keys join the
// caller's transaction, through a generic queue's method, keys read from
// the fields of a struct its method returns, and a helper of the helper.

var enqueueScript = redis.NewScript(`redis.call("SADD", KEYS[1], ARGV[1]) return redis.call("XADD", KEYS[2], "*", "id", ARGV[1])`)

// completeScript is loaded at run time: its source is not in view, its
// keys are.
var completeScript *redis.Script

func loadScripts(src string) { completeScript = redis.NewScript(src) }

type queueKeys struct {
	SetKey, StreamKey string
}

type taskQueue[T any] struct {
	prefix string
}

func (q *taskQueue[T]) keys(name string) queueKeys {
	return queueKeys{
		SetKey:    "{queue:" + name + "}:set",
		StreamKey: "{queue:" + name + "}:stream",
	}
}

func (q *taskQueue[T]) enqueue(ctx context.Context, p redis.Pipeliner, name, id string) error {
	keys := q.keys(name)
	return enqueueScript.Run(ctx, p, []string{keys.SetKey, keys.StreamKey}, id).Err()
}

func (q *taskQueue[T]) complete(ctx context.Context, p redis.Pipeliner, name, id string) error {
	return completeScript.Run(ctx, p, []string{q.keys(name).SetKey}, id).Err()
}

type workflows struct {
	rdb   *redis.ClusterClient
	queue *taskQueue[string]
}

// addEvent queues the instance's event and its task: a helper of the
// helper.
func (w *workflows) addEvent(ctx context.Context, p redis.Pipeliner, instance string) error {
	p.LPush(ctx, "pending:"+instance, "event")
	return w.queue.enqueue(ctx, p, "default", instance)
}

func (w *workflows) signal(ctx context.Context, instance string) error {
	p := w.rdb.TxPipeline()
	if err := w.addEvent(ctx, p, instance); err != nil { // want `transaction keys .*"pending:%s" \(LPUSH\) and .*"\{queue:default\}:set" \(EVALSHA, slot \d+\) do not share a hash tag`
		return err
	}
	_, err := p.Exec(ctx)
	return err
}

func (w *workflows) completeTask(ctx context.Context, instance, id string) error {
	p := w.rdb.TxPipeline()
	if err := w.addEvent(ctx, p, instance); err != nil { // want `transaction keys "\{queue:default\}:set" \(EVALSHA, slot \d+\) and "\{queue:activities\}:set" \(EVALSHA, slot \d+\) hash to different slots`
		return err
	}
	if err := w.queue.complete(ctx, p, "activities", id); err != nil {
		return err
	}
	_, err := p.Exec(ctx)
	return err
}

// The queue's own keys only: one slot, the transaction holds.
func (w *workflows) requeue(ctx context.Context, id string) error {
	p := w.rdb.TxPipeline()
	w.queue.enqueue(ctx, p, "default", id)
	w.queue.complete(ctx, p, "default", id)
	_, err := p.Exec(ctx)
	return err
}

// Two queues in one transaction, scripts only.
func (w *workflows) move(ctx context.Context, id string) error {
	p := w.rdb.TxPipeline()
	w.queue.complete(ctx, p, "default", id) // want `transaction keys .*"\{queue:default\}:set" \(EVALSHA, slot \d+\) and .*"\{queue:other\}:set" \(EVALSHA, slot \d+\) hash to different slots`
	w.queue.enqueue(ctx, p, "other", id)
	_, err := p.Exec(ctx)
	return err
}

// A plain pipeline: each script on its own.
func (w *workflows) batch(ctx context.Context, instance string) error {
	p := w.rdb.Pipeline()
	w.addEvent(ctx, p, instance)
	w.queue.complete(ctx, p, "activities", instance)
	_, err := p.Exec(ctx)
	return err
}
