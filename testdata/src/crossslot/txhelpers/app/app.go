package app

import (
	"context"

	"github.com/redis/go-redis/v9"

	"crossslot/txhelpers/db"
)

func use(ctx context.Context, d *db.DB, rdb *redis.ClusterClient, room string) {
	d.Transaction(ctx, func(p redis.Pipeliner) error {
		p.Set(ctx, "room:"+room+":a", 1, 0) // want `transaction keys "room:" \+ room \+ ":a" \(SET\) and "room:" \+ room \+ ":b" \(SET\) carry no hash tag: they hash to different slots for almost every room: the whole transaction fails with CROSSSLOT on a cluster`
		p.Set(ctx, "room:"+room+":b", 1, 0)
		return nil
	})
	d.Direct(ctx, func(p redis.Pipeliner) error {
		p.Set(ctx, "foo", 1, 0) // want `transaction keys "foo" \(SET, slot 12182\) and "bar" \(SET, slot 5061\) hash to different slots`
		p.Set(ctx, "bar", 1, 0)
		return nil
	})
	d.Transaction(ctx, func(p redis.Pipeliner) error {
		p.Set(ctx, "{room}:a", 1, 0)
		p.Set(ctx, "{room}:b", 1, 0)
		return nil
	})
	rdb.TxPipelined(ctx, func(p redis.Pipeliner) error {
		db.AddEvent(ctx, p, room, "joined") // want `transaction keys db.AddEvent\(ctx, p, room, "joined"\) = "events:%s" \(SET\) and "stats:events" \(INCR, slot \d+\) carry no hash tag`
		return nil
	})
	rdb.TxPipelined(ctx, func(p redis.Pipeliner) error {
		db.AddTagged(ctx, p, room, "joined")
		return nil
	})
	// A plain pipeline: each command on its own.
	rdb.Pipelined(ctx, func(p redis.Pipeliner) error {
		db.AddEvent(ctx, p, room, "joined")
		return nil
	})
}

// Helpers of helpers, across packages.
func nested(ctx context.Context, rdb *redis.ClusterClient, room string) {
	rdb.TxPipelined(ctx, func(p redis.Pipeliner) error {
		db.AddWithLast(ctx, p, room, "joined") // want `transaction keys db.AddWithLast\(ctx, p, room, "joined"\) = "events:%s" \(SET\) and "stats:events" \(INCR, slot \d+\) carry no hash tag`
		return nil
	})
	rdb.TxPipelined(ctx, func(p redis.Pipeliner) error {
		db.AddTaggedTwice(ctx, p, room, "joined")
		db.Ping(ctx, p, room, 3)
		return nil
	})
	rdb.TxPipelined(ctx, func(p redis.Pipeliner) error {
		record(ctx, p, room)
		return nil
	})
	rdb.TxPipelined(ctx, func(p redis.Pipeliner) error {
		recordTotal(ctx, p, room) // want `transaction keys recordTotal\(ctx, p, room\) = "\{room:%s\}:events" \(SET\) and "total" \(INCR, slot \d+\) do not share a hash tag`
		return nil
	})
}

func record(ctx context.Context, p redis.Pipeliner, room string) {
	db.AddTaggedTwice(ctx, p, room, "seen")
	p.Incr(ctx, "{room:"+room+"}:seen")
}

func recordTotal(ctx context.Context, p redis.Pipeliner, room string) {
	db.AddTaggedTwice(ctx, p, room, "seen")
	p.Incr(ctx, "total")
}

func both(ctx context.Context, d *db.DB, id string) {
	d.SetBoth(ctx, "foo", "bar") // want `transaction \(through \(\*db.DB\).SetBoth\) keys "foo" \(SET, slot 12182\) and "bar:n" \(SET, slot \d+\) hash to different slots`
	d.SetBoth(ctx, "{u"+id+"}", "{u"+id+"}")
}
