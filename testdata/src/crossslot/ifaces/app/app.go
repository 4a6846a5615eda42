// Package app calls the interfaces of another package.
package app

import (
	"context"

	"crossslot/ifaces/storage"
)

type service struct {
	r     storage.Redis
	q     storage.Queue
	cache storage.Cache
	local storage.Local
	mixed storage.Mixed
}

func (s *service) run(ctx context.Context) {
	s.r.Rename(ctx, "foo", "bar")       // want `RENAME \(through \(storage.Redis\).Rename\) keys "foo" \(slot 12182\) and "bar" \(slot 5061\) hash to different slots: CROSSSLOT if the client is a cluster client`
	s.r.Get(ctx, "foo")                 // one key
	s.q.Move("jobs:ready", "jobs:done") // want `RPOPLPUSH \(through \(storage.Queue\).Move\) keys "jobs:ready"`
	s.cache.Del(ctx, "foo", "bar")      // want `DEL \(through \(storage.Cache\).Del\) keys "foo" \(slot 12182\) and "bar" \(slot 5061\)`
	s.local.Unlink(ctx, "foo", "bar")   // implemented by a single-node client only
	s.mixed.Both("foo", "bar")          // two implementations, two commands
}

// forward is a wrapper of a wrapper reached through an interface.
func forward(q storage.Queue, a, b string) error { return q.Move(a, b) }

func callForward(q storage.Queue) {
	forward(q, "foo", "bar") // want `RPOPLPUSH \(through app.forward\) keys "foo" \(slot 12182\) and "bar" \(slot 5061\)`
}
