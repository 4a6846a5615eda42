package app

import (
	"context"
	"fmt"

	"github.com/redis/go-redis/v9"

	"crossslot/wrappers/store"
)

// twice wraps a wrapper.
func twice(ctx context.Context, s *store.Store, a, b string) {
	s.GetMany(ctx, a, b)
}

func use(ctx context.Context, s *store.Store, u redis.UniversalClient, id int) {
	s.GetMany(ctx, "foo", "bar")                                                           // want `MGET \(through \(\*store.Store\).GetMany\) keys "foo" \(slot 12182\) and "bar" \(slot 5061\)`
	s.GetMany(ctx, fmt.Sprintf("user:%d:profile", id), fmt.Sprintf("user:%d:settings", id)) // want `MGET \(through \(\*store.Store\).GetMany\) keys "user:%d:profile" and "user:%d:settings" carry no hash tag`
	s.GetMany(ctx, "{u1}a", "{u1}b")
	store.Move(ctx, u, "foo", "bar") // want `RENAME \(through store.Move\) keys "foo" \(slot 12182\) and "bar" \(slot 5061\) hash to different slots: CROSSSLOT if the client is a cluster client`
	s.Archive(ctx, "foo")            // want `RENAME \(through \(\*store.Store\).Archive\) keys "foo" \(slot 12182\) and "archive:all"`
	s.Archive(ctx, "{archive:all}x")
	s.Changed(ctx, "foo", "bar")
	twice(ctx, s, "foo", "bar") // want `MGET \(through app.twice\) keys "foo" \(slot 12182\) and "bar"`
}
