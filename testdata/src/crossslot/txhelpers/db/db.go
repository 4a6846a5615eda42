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
