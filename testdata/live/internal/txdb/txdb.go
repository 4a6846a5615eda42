// Package txdb wraps transactions on a cluster client: Transaction runs a
// callback in MULTI/EXEC, AddEvent queues an event on a pipeline.
package txdb

import (
	"context"

	"github.com/redis/go-redis/v9"
)

// DB is a cluster client with a transaction helper.
type DB struct{ rdb *redis.ClusterClient }

// New returns a DB on the cluster of seeds.
func New(seeds []string) *DB {
	return &DB{rdb: redis.NewClusterClient(&redis.ClusterOptions{Addrs: seeds})}
}

// Transaction runs fn inside one MULTI/EXEC transaction.
func (d *DB) Transaction(ctx context.Context, fn func(p redis.Pipeliner) error) error {
	_, err := d.rdb.TxPipelined(ctx, func(p redis.Pipeliner) error { return fn(p) })
	return err
}

// Client returns the cluster client.
func (d *DB) Client() *redis.ClusterClient { return d.rdb }

// AddEvent queues a room's event and counts it.
func AddEvent(ctx context.Context, p redis.Pipeliner, room, ev string) {
	p.RPush(ctx, "events:"+room, ev)
	p.Incr(ctx, "stats:events")
}

// AddRoomEvent queues a room's event and counts it in the room's slot.
func AddRoomEvent(ctx context.Context, p redis.Pipeliner, room, ev string) {
	p.RPush(ctx, "{room:"+room+"}:events", ev)
	p.Incr(ctx, "{room:"+room+"}:count")
}

// Move sets dst and deletes src in one transaction: the caller's two keys.
func (d *DB) Move(ctx context.Context, src, dst, v string) error {
	_, err := d.rdb.TxPipelined(ctx, func(p redis.Pipeliner) error {
		p.Set(ctx, dst, v, 0)
		p.Del(ctx, src)
		return nil
	})
	return err
}
