// Package db wraps a cluster client's transactions, as services do.
package db

import (
	"context"

	"github.com/redis/go-redis/v9"
)

type DB struct{ rdb *redis.ClusterClient }

// Transaction runs fn in a MULTI/EXEC transaction.
func (d *DB) Transaction(ctx context.Context, fn func(p redis.Pipeliner) error) error {
	_, err := d.rdb.TxPipelined(ctx, func(p redis.Pipeliner) error {
		return fn(p)
	})
	return err
}

// Direct gives fn to TxPipelined itself.
func (d *DB) Direct(ctx context.Context, fn func(p redis.Pipeliner) error) error {
	_, err := d.rdb.TxPipelined(ctx, fn)
	return err
}

// AddEvent queues two commands on the pipeline it is given.
func AddEvent(ctx context.Context, p redis.Pipeliner, room, ev string) {
	p.Set(ctx, "events:"+room, ev, 0)
	p.Incr(ctx, "stats:events")
}

// AddTagged keeps its keys in the room's slot.
func AddTagged(ctx context.Context, p redis.Pipeliner, room, ev string) {
	p.Set(ctx, "{room:"+room+"}:events", ev, 0)
	p.Incr(ctx, "{room:"+room+"}:count")
}

// SetBoth sets two keys it is given in one transaction.
func (d *DB) SetBoth(ctx context.Context, a, b string) error {
	_, err := d.rdb.TxPipelined(ctx, func(p redis.Pipeliner) error {
		p.Set(ctx, a, 1, 0)
		p.Set(ctx, b+":n", 1, 0)
		return nil
	})
	return err
}

// AddWithLast queues AddEvent's commands and one of its own: helpers of
// helpers are followed.
func AddWithLast(ctx context.Context, p redis.Pipeliner, room, ev string) {
	AddEvent(ctx, p, room, ev)
	p.Set(ctx, "last:"+room, ev, 0)
}

// AddTaggedTwice goes two helpers deep, every key in the room's slot.
func AddTaggedTwice(ctx context.Context, p redis.Pipeliner, room, ev string) {
	addTaggedInner(ctx, p, room, ev)
}

func addTaggedInner(ctx context.Context, p redis.Pipeliner, room, ev string) {
	AddTagged(ctx, p, room, ev)
	p.Set(ctx, "{room:"+room+"}:last", ev, 0)
}

// Ping and Pong call each other: recursion ends the summary.
func Ping(ctx context.Context, p redis.Pipeliner, room string, n int) {
	p.Incr(ctx, "{room:"+room+"}:ping")
	if n > 0 {
		Pong(ctx, p, room, n-1)
	}
}

func Pong(ctx context.Context, p redis.Pipeliner, room string, n int) {
	p.Incr(ctx, "{room:"+room+"}:pong")
	if n > 0 {
		Ping(ctx, p, room, n-1)
	}
}
