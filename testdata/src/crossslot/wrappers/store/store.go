// Package store wraps a cluster client, as services do.
package store

import (
	"context"

	"github.com/redis/go-redis/v9"
)

type Store struct {
	rdb *redis.ClusterClient
}

// GetMany is a multi-key function: its keys go to MGET.
func (s *Store) GetMany(ctx context.Context, keys ...string) ([]interface{}, error) {
	return s.rdb.MGet(ctx, keys...).Result() // want `^MGET of the caller.s key list keys \(GetMany is exported\): CROSSSLOT on a cluster unless the caller.s keys share a slot`
}

// Move renames from to to.
func Move(ctx context.Context, rdb redis.UniversalClient, from, to string) error {
	return rdb.Rename(ctx, from, to).Err()
}

// Archive moves key into the archive: one parameter and a constant key.
func (s *Store) Archive(ctx context.Context, key string) error {
	return s.rdb.Rename(ctx, key, "archive:all").Err()
}

// Changed reassigns its parameter: not a plain wrapper.
func (s *Store) Changed(ctx context.Context, a, b string) error {
	a = "{x}" + a
	return s.rdb.Rename(ctx, a, b).Err()
}

func (s *Store) local(ctx context.Context) {
	s.GetMany(ctx, "user:1:a", "user:1:b") // want `MGET \(through \(\*store.Store\).GetMany\) keys "user:1:a" \(slot \d+\) and "user:1:b" \(slot \d+\) hash to different slots: CROSSSLOT on a cluster`
}

// Outer is declared before the wrappers it calls, five deep.
func (s *Store) Outer(ctx context.Context, a, b string) { s.w4(ctx, a, b) }
func (s *Store) w4(ctx context.Context, a, b string)    { s.w3(ctx, a, b) }
func (s *Store) w3(ctx context.Context, a, b string)    { s.w2(ctx, a, b) }
func (s *Store) w2(ctx context.Context, a, b string)    { s.w1(ctx, a, b) }
func (s *Store) w1(ctx context.Context, a, b string)    { s.GetMany(ctx, a, b) }

const allQueuesKey = "asynq:queues"

var moveScript = redis.NewScript(`redis.call('SMOVE', KEYS[1], KEYS[2], ARGV[1]) return 1`)

// Enqueue runs a script on a slice literal mixing a parameter and a constant.
func (s *Store) Enqueue(ctx context.Context, src, q string) error {
	return moveScript.Run(ctx, s.rdb, []string{src, allQueuesKey}, q).Err()
}

// Keys passes a slice parameter to a script.
func (s *Store) Keys(ctx context.Context, keys []string) error {
	return s.rdb.Eval(ctx, "return 1", keys).Err() // want `^EVAL of the caller.s key list keys \(Keys is exported\)`
}

// Move takes its keys in a struct.
type MoveArgs struct{ Src, Dst string }

func (s *Store) MoveArgs(ctx context.Context, a MoveArgs) error {
	return s.rdb.Rename(ctx, a.Src, a.Dst).Err()
}
