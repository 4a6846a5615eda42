// outcome: MISSING
// twin: nodelocal_goredis_universal_ok
package main

import (
	"context"

	"github.com/redis/go-redis/v9"

	"example.com/live/internal/env"
)

// Store is a storage adapter on a redis.UniversalClient, which is a cluster
// client at run time when it is given several addresses.
type Store struct {
	db redis.UniversalClient
}

// New takes the mode from the program's setting, as go-redis v9.8+ lets it:
// the address list alone would build a single-node client from one
// address (a configuration endpoint).
func New(addrs []string, cluster bool) *Store {
	return &Store{db: redis.NewUniversalClient(&redis.UniversalOptions{Addrs: addrs, IsClusterMode: cluster})}
}

// Keys lists the store's keys with SCAN.
func (s *Store) Keys(ctx context.Context) ([]string, error) {
	var keys []string
	iter := s.db.Scan(ctx, 0, "item:*", 100).Iterator() // want nodelocal `^SCAN iterates the keys of one node only if the client redis.NewUniversalClient builds is a cluster client: use ForEachMaster and Scan on each master$`
	for iter.Next(ctx) {
		keys = append(keys, iter.Val())
	}
	return keys, iter.Err()
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
