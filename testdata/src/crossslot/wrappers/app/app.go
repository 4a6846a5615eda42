package app

import (
	"context"
	"fmt"

	"github.com/redis/go-redis/v9"

	"crossslot/wrappers/libstore"
	"crossslot/wrappers/store"
)

// twice wraps a wrapper.
func twice(ctx context.Context, s *store.Store, a, b string) {
	s.GetMany(ctx, a, b)
}

func use(ctx context.Context, s *store.Store, u redis.UniversalClient, id int) {
	s.GetMany(ctx, "foo", "bar")                                                            // want `MGET \(through \(\*store.Store\).GetMany\) keys "foo" \(slot 12182\) and "bar" \(slot 5061\)`
	s.GetMany(ctx, fmt.Sprintf("user:%d:profile", id), fmt.Sprintf("user:%d:settings", id)) // want `MGET \(through \(\*store.Store\).GetMany\) keys "user:%d:profile" and "user:%d:settings" carry no hash tag`
	s.GetMany(ctx, "{u1}a", "{u1}b")
	store.Move(ctx, u, "foo", "bar") // want `RENAME \(through store.Move\) keys "foo" \(slot 12182\) and "bar" \(slot 5061\) hash to different slots: CROSSSLOT if the client is a cluster client`
	s.Archive(ctx, "foo")            // want `RENAME \(through \(\*store.Store\).Archive\) keys "foo" \(slot 12182\) and "archive:all"`
	s.Archive(ctx, "{archive:all}x")
	s.Changed(ctx, "foo", "bar")
	twice(ctx, s, "foo", "bar") // want `MGET \(through app.twice\) keys "foo" \(slot 12182\) and "bar"`
}

func more(ctx context.Context, s *store.Store, r *libstore.Redisc, ru libstore.Rueidis, ra libstore.Radix, id string) {
	ra.Rename(ctx, "foo", "bar") // want `RENAME \(through \(libstore.Radix\).Rename\) keys "foo" \(slot 12182\) and "bar" \(slot 5061\) hash to different slots: CROSSSLOT on a cluster`
	ra.Rename(ctx, "{x}foo", "{x}bar")
	s.Outer(ctx, "foo", "bar") // want `MGET \(through \(\*store.Store\).Outer\) keys "foo" \(slot 12182\) and "bar"`
	s.Outer(ctx, "{a}foo", "{a}bar")
	s.Enqueue(ctx, "asynq:{"+id+"}:pending", id) // want `EVALSHA \(through \(\*store.Store\).Enqueue\) keys "asynq:\{" \+ id \+ "\}:pending" and "asynq:queues" \(slot \d+\) do not share a hash tag`
	s.Keys(ctx, []string{"foo", "bar"})          // want `EVAL \(through \(\*store.Store\).Keys\) keys "foo" \(slot 12182\) and "bar"`
	s.Keys(ctx, []string{"{x}foo", "{x}bar"})
	s.MoveArgs(ctx, store.MoveArgs{Src: "foo", Dst: "bar"}) // want `RENAME \(through \(\*store.Store\).MoveArgs\) keys "foo" \(slot 12182\) and "bar"`
	s.MoveArgs(ctx, store.MoveArgs{Src: "{x}foo", Dst: "{x}bar"})
	r.Del("foo", "bar") // want `DEL \(through \(\*libstore.Redisc\).Del\) keys "foo" \(slot 12182\) and "bar" \(slot 5061\) hash to different slots: CROSSSLOT on a cluster`
	r.Del("{x}foo", "{x}bar")
	ru.MGet(ctx, "foo", "bar") // want `MGET \(through \(libstore.Rueidis\).MGet\) keys "foo" \(slot 12182\) and "bar" \(slot 5061\) hash to different slots: rueidis panics on a cluster client`
}
