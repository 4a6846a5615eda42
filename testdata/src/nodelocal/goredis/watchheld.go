package goredis

import (
	"github.com/redis/go-redis/v9"
)

// The function a Watch runs, held in a variable first (go-redis's
// documented optimistic lock): its *redis.Tx is the transaction's when the
// variable is stored once and its one use is the callback.
func heldScan(rdb *redis.ClusterClient) error {
	txf := func(tx *redis.Tx) error {
		tx.Keys(ctx, "{held}:*")
		tx.Keys(ctx, "held:*") // want `^KEYS`
		return nil
	}
	var err error
	for i := 0; i < 3; i++ {
		if err = rdb.Watch(ctx, txf, "{held}:lock"); err == nil {
			return nil
		}
	}
	return err
}

// A method value held in a variable.
func (s *userScan) heldMethod() error {
	fn := s.scanHeld
	return s.rdb.Watch(ctx, fn, "{user:2}:lock")
}

func (s *userScan) scanHeld(tx *redis.Tx) error {
	tx.Keys(ctx, "{user:2}:*")
	return nil
}

// Called directly too: the literal may run on any Tx.
func heldAndCalled(rdb *redis.ClusterClient, other *redis.Tx) {
	txf := func(tx *redis.Tx) error {
		tx.Keys(ctx, "{d}:*") // want `^KEYS`
		return nil
	}
	rdb.Watch(ctx, txf, "{d}:lock")
	_ = txf(other)
}

// Stored twice: either function may run.
func heldReassigned(rdb *redis.ClusterClient, cond bool) {
	txf := func(tx *redis.Tx) error {
		tx.Keys(ctx, "{e}:*") // want `^KEYS`
		return nil
	}
	if cond {
		txf = scanNothing
	}
	rdb.Watch(ctx, txf, "{e}:lock")
}

func scanNothing(*redis.Tx) error { return nil }
