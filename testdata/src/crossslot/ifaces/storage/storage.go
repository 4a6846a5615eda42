// Package storage hides its client behind interfaces of its own, as
// services do.
package storage

import (
	"context"

	"github.com/redis/go-redis/v9"
)

// Redis is a subset of go-redis' Cmdable: its methods mirror the client's.
type Redis interface {
	MGet(ctx context.Context, keys ...string) *redis.SliceCmd
	Rename(ctx context.Context, key, newkey string) *redis.StatusCmd
	Get(ctx context.Context, key string) *redis.StringCmd
}

// Queue is an interface of the program's own shape, implemented by a
// wrapper of the client.
type Queue interface {
	Move(from, to string) error
	Name() string
}

type redisQueue struct {
	rdb redis.UniversalClient
}

func (q *redisQueue) Move(from, to string) error {
	return q.rdb.RPopLPush(context.Background(), from, to).Err()
}

func (q *redisQueue) Name() string { return "q" }

// NewQueue returns the queue.
func NewQueue(rdb redis.UniversalClient) Queue { return &redisQueue{rdb} }

// Cache is implemented by a type that embeds the client.
type Cache interface {
	Del(ctx context.Context, keys ...string) *redis.IntCmd
}

type clusterCache struct {
	*redis.ClusterClient
}

// NewCache returns a cache on a cluster.
func NewCache(c *redis.ClusterClient) Cache { return clusterCache{c} }

// Local is implemented only by a type that embeds a single-node client.
type Local interface {
	Unlink(ctx context.Context, keys ...string) *redis.IntCmd
	Local()
}

type localCache struct {
	*redis.Client
}

func (localCache) Local() {}

// NewLocal returns a cache on one node.
func NewLocal(c *redis.Client) Local { return localCache{c} }

// Mixed is implemented by two wrappers that send different commands: a
// call of it says nothing.
type Mixed interface {
	Both(a, b string) error
}

type m1 struct{ rdb redis.UniversalClient }
type m2 struct{ rdb redis.UniversalClient }

func (m m1) Both(a, b string) error { return m.rdb.Rename(context.Background(), a, b).Err() }
func (m m2) Both(a, b string) error { return m.rdb.SMove(context.Background(), a, b, "x").Err() }

// Use calls its own interfaces in its own package.
func Use(ctx context.Context, r Redis, q Queue) {
	r.MGet(ctx, "user:1:a", "user:1:b")     // want `MGET \(through \(storage.Redis\).MGet\) keys "user:1:a" \(slot \d+\) and "user:1:b" \(slot \d+\) hash to different slots: CROSSSLOT if the client is a cluster client`
	r.MGet(ctx, "{user:1}:a", "{user:1}:b") // tagged: one slot
	q.Move("queue:ready", "queue:unacked")  // want `RPOPLPUSH \(through \(storage.Queue\).Move\) keys "queue:ready" \(slot \d+\) and "queue:unacked" \(slot \d+\) hash to different slots`
	q.Move("{queue}:ready", "{queue}:unacked")
}
