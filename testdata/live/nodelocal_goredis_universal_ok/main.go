// outcome: ok
package main

import (
	"context"
	"sync"

	"github.com/redis/go-redis/v9"

	"example.com/live/internal/env"
)

// Store branches on the kind itself: SCAN on every master of a cluster
// client, on the one node otherwise.
type Store struct {
	db redis.UniversalClient
}

// New takes the mode from the program's setting, as go-redis v9.8+ lets it:
// the address list alone would build a single-node client from one
// address (a configuration endpoint).
func New(addrs []string, cluster bool) *Store {
	return &Store{db: redis.NewUniversalClient(&redis.UniversalOptions{Addrs: addrs, IsClusterMode: cluster})}
}

func scanAll(ctx context.Context, c redis.Cmdable, add func(string)) error {
	iter := c.Scan(ctx, 0, "item:*", 100).Iterator()
	for iter.Next(ctx) {
		add(iter.Val())
	}
	return iter.Err()
}

func (s *Store) Keys(ctx context.Context) ([]string, error) {
	var mu sync.Mutex
	var keys []string
	add := func(k string) {
		mu.Lock()
		keys = append(keys, k)
		mu.Unlock()
	}
	if cc, ok := s.db.(*redis.ClusterClient); ok {
		err := cc.ForEachMaster(ctx, func(ctx context.Context, m *redis.Client) error {
			return scanAll(ctx, m, add)
		})
		return keys, err
	}
	var err error
	iter := s.db.Scan(ctx, 0, "item:*", 100).Iterator()
	for iter.Next(ctx) {
		add(iter.Val())
	}
	err = iter.Err()
	return keys, err
}

func main() {
	ctx := context.Background()
	s := New(env.Seeds(), true)
	items := env.Items(30)
	for _, key := range items {
		env.Check(s.db.Set(ctx, key, "v", 0).Err())
	}
	keys, err := s.Keys(ctx)
	env.Check(err)
	env.Count("Store.Keys", len(keys), len(items))
	env.OK()
}
