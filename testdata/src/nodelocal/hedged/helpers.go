package hedged

import (
	"context"

	"github.com/redis/go-redis/v9"
)

type nodeStore struct{ client redis.UniversalClient }

// Every caller of scanNode passes one node's client: ForEachMaster's, or
// the store's client on the other side of the type assertion.
func (s *nodeStore) scanAll(ctx context.Context) error {
	if cc, ok := s.client.(*redis.ClusterClient); ok {
		return cc.ForEachMaster(ctx, func(ctx context.Context, node *redis.Client) error {
			return scanNode(ctx, node)
		})
	}
	return scanNode(ctx, s.client)
}

func scanNode(ctx context.Context, c redis.UniversalClient) error {
	return c.Scan(ctx, 0, "app:*", 100).Err()
}

// One caller passes the store's client as it is: it may be a cluster's.
func (s *nodeStore) scanAny(ctx context.Context) error {
	if cc, ok := s.client.(*redis.ClusterClient); ok {
		return cc.ForEachMaster(ctx, func(ctx context.Context, node *redis.Client) error {
			return scanOne(ctx, node)
		})
	}
	return nil
}

func (s *nodeStore) scanRaw(ctx context.Context) error {
	return scanOne(ctx, s.client)
}

func scanOne(ctx context.Context, c redis.UniversalClient) error {
	return c.Scan(ctx, 0, "app:*", 100).Err() // want `SCAN iterates the keys of one node only if this redis.UniversalClient is a cluster client`
}
