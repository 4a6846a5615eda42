// Package routing installs go-redis' routing policies (v9.18+): the cluster
// client then splits MGET, MSET, DEL, EXISTS, TOUCH and UNLINK by slot.
package routing

import (
	"context"

	"github.com/redis/go-redis/v9"
)

func newClient() *redis.ClusterClient {
	c := redis.NewClusterClient(&redis.ClusterOptions{Addrs: []string{"a:1", "b:1"}})
	c.SetCommandInfoResolver(c.NewDynamicResolver())
	return c
}

func use(ctx context.Context) {
	c := newClient()
	c.MGet(ctx, "foo", "bar")
	c.Del(ctx, "foo", "bar")
	c.Rename(ctx, "foo", "bar") // want `RENAME keys "foo" \(slot 12182\) and "bar" \(slot 5061\)`
	c.SInter(ctx, "foo", "bar") // want `SINTER keys`
}

// The routing policies split MSETNX too: it is no longer all-or-nothing.
func msetnx(ctx context.Context) {
	c := newClient()
	c.MSetNX(ctx, "foo", "1", "bar", "2") // want `^MSETNX keys "foo" \(slot 12182\) and "bar" \(slot 5061\) hash to different slots: go-redis' routing policies split it by slot on a cluster client: each slot's MSETNX succeeds or fails alone, so the command is no longer all-or-nothing$`
	c.MSetNX(ctx, "{u}foo", "1", "{u}bar", "2")
}
