package correlated

import (
	"context"

	"github.com/redis/go-redis/v9"
)

// Out-parameters: a client handed back through a pointer.

type node struct{ rdb *redis.Client }

// As stores the store's client into target when it has that type.
func (n *node) As(target any) bool {
	switch t := target.(type) {
	case *redis.UniversalClient:
		*t = n.rdb
		return true
	}
	return false
}

func newNode(addr string) *node {
	return &node{rdb: redis.NewClient(&redis.Options{Addr: addr})}
}

// A single node's client, through As: silent.
func viaAs(ctx context.Context, n *node) {
	var c redis.UniversalClient
	if n.As(&c) {
		c.MGet(ctx, "user:1", "user:2")
	}
}

// The same through a plain out-parameter of a helper.
func openCluster(seeds []string, out *redis.UniversalClient) {
	*out = redis.NewClusterClient(&redis.ClusterOptions{Addrs: seeds})
}

func viaOut(ctx context.Context, seeds []string) {
	var c redis.UniversalClient
	openCluster(seeds, &c)
	c.MGet(ctx, "user:1", "user:2") // want `^MGET keys "user:1" \(slot \d+\) and "user:2" \(slot \d+\) hash to different slots: CROSSSLOT on a cluster$`
}
