// outcome: MOVED
// twin: standaloneclient_goredis_convert_ok
package main

import (
	"context"
	"strings"

	"github.com/redis/go-redis/v9"

	"example.com/live/internal/env"
)

// newClient builds the options once and converts them for the kind it
// picks by the number of addresses.
func newClient(address, master string) redis.UniversalClient {
	opts := &redis.UniversalOptions{Addrs: strings.Split(address, ","), MasterName: master}
	if opts.MasterName != "" {
		return redis.NewFailoverClient(opts.Failover())
	} else if len(opts.Addrs) > 1 {
		return redis.NewClusterClient(opts.Cluster())
	}
	return redis.NewClient(opts.Simple()) // want standaloneclient `^with one address, as a cluster's configuration endpoint gives, redis.NewClient builds a single-node client \(len\(opts.Addrs\) > 1 is false\) and every key of another node answers MOVED: pick redis.NewClusterClient \(line \d+\) by an explicit mode, not by the address count: a cluster client works from one seed$`
}

func main() {
	ctx := context.Background()
	rdb := newClient(env.Endpoint(), "")
	for _, key := range env.Items(30) {
		env.Check(rdb.Set(ctx, key, "v", 0).Err())
	}
	env.OK()
}
