// outcome: ok
package main

import (
	"context"
	"strings"

	"github.com/redis/go-redis/v9"

	"example.com/live/internal/env"
)

// Config carries the mode beside the endpoint: a managed cluster's
// configuration endpoint is one address, and the mode says it is a
// cluster's.
type Config struct {
	Addrs   string
	Cluster bool
}

// newStore takes the mode from the configuration (go-redis v9.8+).
func newStore(cfg Config) redis.UniversalClient {
	return redis.NewUniversalClient(&redis.UniversalOptions{Addrs: strings.Split(cfg.Addrs, ","), IsClusterMode: cfg.Cluster})
}

func main() {
	ctx := context.Background()
	rdb := newStore(Config{Addrs: env.Endpoint(), Cluster: true})
	for _, key := range env.Items(30) {
		env.Check(rdb.Set(ctx, key, "v", 0).Err())
	}
	env.OK()
}
