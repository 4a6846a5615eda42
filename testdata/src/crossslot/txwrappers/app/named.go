package app

import (
	"context"

	"github.com/redis/go-redis/v9"

	"crossslot/txwrappers/txlib"
)

var bg = context.Background()

// Callbacks given to transaction wrappers by name.
func queueFooBar(p redis.Pipeliner) error {
	p.Set(bg, "foo", 1, 0)
	p.Set(bg, "bar", 1, 0)
	return nil
}

func queueTagged(p redis.Pipeliner) error {
	p.Set(bg, "{room}:topic", "go", 0)
	p.Set(bg, "{room}:owner", "ada", 0)
	return nil
}

type events struct{}

func (events) queue(p redis.Pipeliner) error { return queueFooBar(p) }

func (events) queueTagged(p redis.Pipeliner) error { return queueTagged(p) }

func namedWrappers(ctx context.Context, s *txlib.Store, cc *redis.ClusterClient, uc redis.UniversalClient, single *redis.Client, ev events, fns []func(redis.Pipeliner) error) {
	s.Tx(ctx, queueFooBar) // want `transaction keys "foo" \(SET, slot 12182\) and "bar" \(SET, slot 5061\) hash to different slots: the whole transaction fails with CROSSSLOT on a cluster`
	s.Tx(ctx, queueTagged)
	s.Piped(ctx, ev.queue) // want `transaction keys "foo" \(SET, slot 12182\) and "bar" \(SET, slot 5061\) hash to different slots: the whole transaction fails with CROSSSLOT on a cluster`
	s.Piped(ctx, ev.queueTagged)
	txlib.On(ctx, cc, queueFooBar)     // want `transaction keys "foo" \(SET, slot 12182\) and "bar" \(SET, slot 5061\) hash to different slots: the whole transaction fails with CROSSSLOT on a cluster`
	txlib.Within(ctx, uc, queueFooBar) // want `transaction keys "foo" \(SET, slot 12182\) and "bar" \(SET, slot 5061\) hash to different slots: CROSSSLOT if the client is a cluster client`
	txlib.On(ctx, cc, queueTagged)
	// No transaction, or one on a single node.
	s.Plain(ctx, queueFooBar)
	s.Early(ctx, queueFooBar)
	txlib.On(ctx, single, queueFooBar)
	// Function values in variables: not followed.
	s.Tx(ctx, fns[0])
	fn := queueFooBar
	s.Tx(ctx, fn)
}

// Inside a transaction the callback's commands join it.
func nestedNamed(ctx context.Context, cc *redis.ClusterClient) {
	p := cc.TxPipeline()
	p.Pipelined(ctx, queueFooBar) // want `transaction keys "foo" \(SET, slot 12182\) and "bar" \(SET, slot 5061\) hash to different slots`
	p.Exec(ctx)
	p2 := cc.TxPipeline()
	p2.Pipelined(ctx, queueTagged)
	p2.Exec(ctx)
	cc.Watch(ctx, func(tx *redis.Tx) error {
		tx.Get(ctx, "{room}:topic")
		_, err := tx.TxPipelined(ctx, queueFooBar)
		return err
	}, "{room}:topic") // want `keys of the WATCH block "\{room\}:topic" \(WATCH, slot \d+\) and "foo" \(SET, slot 12182\) hash to different slots`
	cc.Watch(ctx, func(tx *redis.Tx) error {
		_, err := tx.TxPipelined(ctx, queueTagged)
		return err
	}, "{room}:topic")
	// A plain pipeline.
	cc.Pipelined(ctx, queueFooBar)
}
