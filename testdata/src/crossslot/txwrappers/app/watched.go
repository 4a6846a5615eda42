package app

import (
	"context"

	"github.com/redis/go-redis/v9"

	"crossslot/txwrappers/txlib"
)

// The keys a WATCH wrapper is given are the block's: the cluster client's
// Watch runs the function on the master of their slot.
func watched(ctx context.Context, s *txlib.Store, user string) {
	s.Watched(ctx, func(tx *redis.Tx) error {
		tx.Get(ctx, "{user:"+user+"}:balance")
		return nil
	}, "{user:"+user+"}:lock")
	s.Watched(ctx, func(tx *redis.Tx) error {
		tx.Get(ctx, "balance:"+user)
		return nil
	}, "lock:"+user) // want `keys of the WATCH block "lock:" \+ user \(WATCH\) and "balance:" \+ user \(GET\) carry no hash tag: they hash to different slots for almost every user: the transaction fails on a cluster`
	s.Watched(ctx, func(tx *redis.Tx) error { return nil }, "foo", "bar") // want `WATCH keys "foo" \(slot 12182\) and "bar" \(slot 5061\) hash to different slots: go-redis refuses the WATCH on a cluster`
}

func watchedList(ctx context.Context, s *txlib.Store, user string) {
	s.WatchedList(ctx, []string{"{user:" + user + "}:lock"}, func(tx *redis.Tx) error {
		tx.Get(ctx, "{user:"+user+"}:balance")
		return nil
	})
	s.WatchedList(ctx, []string{"lock:" + user}, func(tx *redis.Tx) error { // want `keys of the WATCH block "lock:" \+ user \(WATCH\) and "balance:" \+ user \(GET\) carry no hash tag`
		tx.Get(ctx, "balance:"+user)
		return nil
	})
}
