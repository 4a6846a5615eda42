// outcome: ok
package main

import (
	"context"
	"strings"

	"github.com/redis/go-redis/v9"

	"example.com/live/internal/env"
)

// Config says the mode; the one address is the cluster's configuration
// endpoint, and a cluster client learns the other nodes from it.
type Config struct {
	Cluster bool
	Addrs   []string
}

func newClient(cfg Config) redis.UniversalClient {
	if cfg.Cluster {
		return redis.NewClusterClient(&redis.ClusterOptions{Addrs: cfg.Addrs})
	}
	return redis.NewClient(&redis.Options{Addr: cfg.Addrs[0]})
}

func main() {
	ctx := context.Background()
	rdb := newClient(Config{Cluster: true, Addrs: strings.Split(env.Endpoint(), ",")})
	for _, key := range env.Items(30) {
		env.Check(rdb.Set(ctx, key, "v", 0).Err())
	}
	env.OK()
}
