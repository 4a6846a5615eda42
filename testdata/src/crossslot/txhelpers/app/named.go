package app

import (
	"context"

	"github.com/redis/go-redis/v9"

	"crossslot/txhelpers/db"
)

var bg = context.Background()

// Transaction callbacks given by name: a declared function or a method
// value queues the transaction's commands as a literal would.
func queueEvents(p redis.Pipeliner) error {
	p.Set(bg, "events:a", 1, 0)
	p.Set(bg, "events:b", 1, 0)
	return nil
}

func queueTagged(p redis.Pipeliner) error {
	p.Set(bg, "{events}:a", 1, 0)
	p.Set(bg, "{events}:b", 1, 0)
	return nil
}

func watchEvents(tx *redis.Tx) error {
	tx.Get(bg, "events:a")
	tx.Get(bg, "events:b")
	return nil
}

func watchTagged(tx *redis.Tx) error {
	tx.Get(bg, "{events}:a")
	tx.Get(bg, "{events}:b")
	return nil
}

type svc struct{ prefix string }

func (s *svc) queue(p redis.Pipeliner) error {
	p.Set(bg, "svc:a", 1, 0)
	p.Set(bg, "svc:b", 1, 0)
	return nil
}

func (s *svc) queueTagged(p redis.Pipeliner) error {
	p.Set(bg, "{svc}:a", 1, 0)
	p.Set(bg, "{svc}:b", 1, 0)
	return nil
}

func named(ctx context.Context, rdb *redis.ClusterClient, d *db.DB, s *svc, fn func(redis.Pipeliner) error) {
	rdb.TxPipelined(ctx, queueEvents) // want `transaction keys "events:a" \(SET, slot \d+\) and "events:b" \(SET, slot \d+\) hash to different slots`
	rdb.TxPipelined(ctx, queueTagged)
	rdb.TxPipelined(ctx, db.QueueFooBar) // want `transaction keys "foo" \(SET, slot 12182\) and "bar" \(SET, slot 5061\) hash to different slots`
	rdb.TxPipelined(ctx, db.QueueTagged)
	rdb.Watch(ctx, watchEvents, "events:a") // want `keys of the WATCH block "events:a" \(WATCH, slot 13610\) and "events:b" \(GET, slot 1353\) hash to different slots: the transaction fails on a cluster`
	rdb.Watch(ctx, watchTagged, "{events}:a")
	rdb.TxPipelined(ctx, s.queue) // want `transaction keys "svc:a" \(SET, slot \d+\) and "svc:b" \(SET, slot \d+\) hash to different slots`
	rdb.TxPipelined(ctx, s.queueTagged)
	d.Transaction(ctx, queueEvents) // want `transaction keys "events:a" \(SET, slot \d+\) and "events:b" \(SET, slot \d+\) hash to different slots`
	d.Transaction(ctx, queueTagged)
	d.Transaction(ctx, s.queue)   // want `transaction keys "svc:a" \(SET, slot \d+\) and "svc:b" \(SET, slot \d+\) hash to different slots`
	d.Direct(ctx, db.QueueFooBar) // want `transaction keys "foo" \(SET, slot 12182\) and "bar" \(SET, slot 5061\) hash to different slots`
	d.Direct(ctx, db.QueueTagged)
	// A plain pipeline: each command on its own.
	rdb.Pipelined(ctx, queueEvents)
	// A function value that is a parameter: not followed; one held in a
	// variable used only there (held.go) is.
	rdb.TxPipelined(ctx, fn)
	g := queueEvents
	rdb.TxPipelined(ctx, g) // want `transaction keys "events:a" \(SET, slot \d+\) and "events:b" \(SET, slot \d+\) hash to different slots`
}

func (s *svc) queueRoom(p redis.Pipeliner) error {
	p.Set(bg, s.prefix+":a", 1, 0)
	p.Set(bg, s.prefix+":b", 1, 0)
	return nil
}

func (s *svc) queueRoomTagged(p redis.Pipeliner) error {
	p.Set(bg, "{"+s.prefix+"}:a", 1, 0)
	p.Set(bg, "{"+s.prefix+"}:b", 1, 0)
	return nil
}

func fromReceiver(ctx context.Context, rdb *redis.ClusterClient, s *svc) {
	rdb.TxPipelined(ctx, s.queueRoom) // want `transaction keys rdb.TxPipelined\(ctx, s.queueRoom\) = "%s:a" \(SET\) and rdb.TxPipelined\(ctx, s.queueRoom\) = "%s:b" \(SET\) carry no hash tag: they hash to different slots for almost every s.prefix, unless s.prefix carries its own hash tag: the whole transaction fails with CROSSSLOT on a cluster`
	rdb.TxPipelined(ctx, s.queueRoomTagged)
}
