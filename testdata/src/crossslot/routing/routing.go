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
