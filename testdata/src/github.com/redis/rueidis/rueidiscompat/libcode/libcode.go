// Package libcode stands for code of a client library itself (here below
// rueidis' path): its API takes whatever client and keys its callers give,
// and its tests run on the servers its repository starts. Only what is
// provable is reported there: commands on a cluster client.
package libcode

import (
	"context"

	"github.com/redis/go-redis/v9"
)

type Pipeline struct{ c redis.UniversalClient }

// The library's own API: the caller's key list, on whatever client.
func (p *Pipeline) Purge(ctx context.Context, keys ...string) {
	p.c.Del(ctx, keys...)
}

// Its tests, on a client that may be a cluster client.
func standaloneSuite(ctx context.Context, c redis.UniversalClient) {
	c.Del(ctx, "key1", "key2")
}

// On a cluster client: fails as said.
func clusterSuite(ctx context.Context) {
	c := redis.NewClusterClient(&redis.ClusterOptions{Addrs: []string{"127.0.0.1:7000", "127.0.0.1:7001"}})
	c.MGet(ctx, "user:1", "order:2") // want `^MGET keys "user:1" \(slot \d+\) and "order:2" \(slot \d+\) hash to different slots: CROSSSLOT on a cluster`
}
