package app

import (
	"context"

	"github.com/redis/go-redis/v9"
)

// Transaction callbacks held in a variable first, as go-redis's documented
// optimistic lock writes them: followed when the variable is stored once
// and its one use is the callback.
func heldWatch(ctx context.Context, rdb *redis.ClusterClient) error {
	txf := func(tx *redis.Tx) error {
		tx.Get(ctx, "held:b")
		return nil
	}
	var err error
	for i := 0; i < 3; i++ {
		if err = rdb.Watch(ctx, txf, "held:a"); err == nil { // want `keys of the WATCH block "held:a" \(WATCH, slot \d+\) and "held:b" \(GET, slot \d+\) hash to different slots: the transaction fails on a cluster`
			return nil
		}
	}
	return err
}

func heldWatchTagged(ctx context.Context, rdb *redis.ClusterClient) error {
	txf := func(tx *redis.Tx) error {
		tx.Get(ctx, "{held}:b")
		return nil
	}
	return rdb.Watch(ctx, txf, "{held}:a")
}

func heldQueues(ctx context.Context, rdb *redis.ClusterClient, s *svc) {
	q := queueEvents
	rdb.TxPipelined(ctx, q) // want `transaction keys "events:a" \(SET, slot \d+\) and "events:b" \(SET, slot \d+\) hash to different slots`
	m := s.queue
	rdb.TxPipelined(ctx, m) // want `transaction keys "svc:a" \(SET, slot \d+\) and "svc:b" \(SET, slot \d+\) hash to different slots`
	t := s.queueTagged
	rdb.TxPipelined(ctx, t)
}

// Given to two transactions, or called directly too: the literal may run
// with another Tx, and is not read as either's.
func heldTwice(ctx context.Context, rdb *redis.ClusterClient) {
	txf := func(tx *redis.Tx) error {
		tx.Get(ctx, "twice:b")
		return nil
	}
	rdb.Watch(ctx, txf, "twice:a")
	rdb.Watch(ctx, txf, "twice:c")
}

func heldAndCalled(ctx context.Context, rdb *redis.ClusterClient, other *redis.Tx) {
	txf := func(tx *redis.Tx) error {
		tx.Get(ctx, "called:b")
		return nil
	}
	rdb.Watch(ctx, txf, "called:a")
	_ = txf(other)
}

// Stored twice: either function may run.
func heldReassigned(ctx context.Context, rdb *redis.ClusterClient, cond bool) {
	txf := func(tx *redis.Tx) error {
		tx.Get(ctx, "re:b")
		return nil
	}
	if cond {
		txf = watchTagged
	}
	rdb.Watch(ctx, txf, "re:a")
}

// Watched keys of two slots fail before the block runs (go-redis refuses
// the WATCH), whatever the block sends: that is the report.
func watchedApart(ctx context.Context, rdb *redis.ClusterClient) error {
	txf := func(tx *redis.Tx) error {
		tx.Get(ctx, "apart:c")
		return nil
	}
	return rdb.Watch(ctx, txf, "apart:a", "apart:b") // want `^WATCH keys "apart:a" \(slot \d+\) and "apart:b" \(slot \d+\) hash to different slots: go-redis refuses the WATCH on a cluster`
}

// Watched keys of one slot and a key of another in the block: the block's.
func watchedTogether(ctx context.Context, rdb *redis.ClusterClient) error {
	return rdb.Watch(ctx, func(tx *redis.Tx) error {
		tx.Get(ctx, "other:c")
		return nil
	}, "{t}:a", "{t}:b") // want `^keys of the WATCH block "\{t\}:a" \(WATCH, slot \d+\) and "other:c" \(GET, slot \d+\) hash to different slots: the transaction fails on a cluster`
}
