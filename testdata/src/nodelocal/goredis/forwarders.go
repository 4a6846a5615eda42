package goredis

import (
	"context"
	"strings"

	"github.com/redis/go-redis/v9"
)

type fwdClient struct{ c redis.UniversalClient }

func newFwdClient(addrs string) *fwdClient {
	return &fwdClient{c: redis.NewClusterClient(&redis.ClusterOptions{Addrs: strings.Split(addrs, ",")})}
}

// doWrite forwards a raw command on the client the receiver holds.
func (c *fwdClient) doWrite(ctx context.Context, args ...interface{}) error {
	return c.c.Do(ctx, args...).Err()
}

// doCmd forwards a raw command on the client it is given.
func doCmd(ctx context.Context, c redis.UniversalClient, args ...interface{}) error {
	return c.Do(ctx, args...).Err()
}

func (c *fwdClient) notify(ctx context.Context) {
	_ = c.doWrite(ctx, "CONFIG", "SET", "notify-keyspace-events", "Kg$xe") // want `^CONFIG SET on a cluster client changes the configuration of one node only: run it on every master with ForEachMaster$`
	_ = doCmd(ctx, c.c, "FLUSHDB")                                         // want `^FLUSHDB on a cluster client empties one node only`
	_ = c.doWrite(ctx, "SET", "k", "v")
	node := redis.NewClient(&redis.Options{Addr: "10.0.0.1:6379"})
	_ = doCmd(ctx, node, "FLUSHDB")
}
