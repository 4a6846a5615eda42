// Package routing installs go-redis' routing policies: the cluster client
// then runs FLUSHDB, FLUSHALL and DBSIZE on every master and combines the
// answers (measured), but KEYS and RANDOMKEY answer nothing and SCAN still
// reads one node.
package routing

import (
	"context"

	"github.com/redis/go-redis/v9"
)

func use(ctx context.Context) {
	c := redis.NewClusterClient(&redis.ClusterOptions{Addrs: []string{"a:1", "b:1"}})
	c.SetCommandInfoResolver(c.NewDynamicResolver())
	c.FlushDB(ctx)
	c.Do(ctx, "DBSIZE")
	c.Keys(ctx, "*") // want `KEYS on a cluster client`
	c.RandomKey(ctx) // want `RANDOMKEY on a cluster client`
}
