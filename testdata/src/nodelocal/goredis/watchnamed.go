package goredis

import (
	"github.com/redis/go-redis/v9"
)

// The function a Watch runs, given by name: its *redis.Tx is the
// transaction's when every reference to the function is a Watch's
// callback.
type userScan struct {
	rdb *redis.ClusterClient
}

func (s *userScan) scanUser(tx *redis.Tx) error {
	tx.Keys(ctx, "{user:1}:*")
	tx.Scan(ctx, 0, "{user:1}:session:*", 100)
	tx.Keys(ctx, "user:*") // want `^KEYS`
	return nil
}

func (s *userScan) run() error {
	return s.rdb.Watch(ctx, s.scanUser, "{user:1}:lock")
}

func scanOrders(tx *redis.Tx) error {
	tx.Keys(ctx, "{orders}:*")
	return nil
}

func runOrders(rdb *redis.ClusterClient) {
	rdb.Watch(ctx, scanOrders, "{orders}:lock")
	rdb.Watch(ctx, scanOrders, "{orders}:seq")
}

// Given to two transactions of different tags: the pattern fits one.
func scanEither(tx *redis.Tx) error {
	tx.Keys(ctx, "{a}:*") // want `^KEYS`
	return nil
}

func runEither(rdb *redis.ClusterClient) {
	rdb.Watch(ctx, scanEither, "{a}:lock")
	rdb.Watch(ctx, scanEither, "{b}:lock")
}

// Also called on a Tx of unknown transaction: not the Watch's alone.
func scanShared(tx *redis.Tx) error {
	tx.Keys(ctx, "{c}:*") // want `^KEYS`
	return nil
}

func runShared(rdb *redis.ClusterClient, other *redis.Tx) {
	rdb.Watch(ctx, scanShared, "{c}:lock")
	_ = scanShared(other)
}
