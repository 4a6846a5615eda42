// outcome: MOVED
// twin: standaloneclient_goredis_count_ok
package main

import (
	"context"
	"strings"

	"github.com/redis/go-redis/v9"

	"example.com/live/internal/env"
)

// Config is what the service reads: one address, as a managed cluster's
// configuration endpoint gives.
type Config struct {
	Addrs []string
}

// newClient picks the client from the number of addresses.
func newClient(cfg Config) redis.UniversalClient {
	if len(cfg.Addrs) > 1 {
		return redis.NewClusterClient(&redis.ClusterOptions{Addrs: cfg.Addrs})
	}
	return redis.NewClient(&redis.Options{Addr: cfg.Addrs[0]}) // want standaloneclient `^with one address, as a cluster's configuration endpoint gives, redis.NewClient builds a single-node client \(len\(cfg.Addrs\) > 1 is false\) and every key of another node answers MOVED: pick redis.NewClusterClient \(line \d+\) by an explicit mode, not by the address count: a cluster client works from one seed$`
}

func main() {
	ctx := context.Background()
	rdb := newClient(Config{Addrs: strings.Split(env.Endpoint(), ",")})
	for _, key := range env.Items(30) {
		env.Check(rdb.Set(ctx, key, "v", 0).Err())
	}
	env.OK()
}
