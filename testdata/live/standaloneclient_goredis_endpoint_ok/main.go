// outcome: ok
// flags: -standaloneclient.endpoints
package main

import (
	"context"
	"strings"

	"github.com/redis/go-redis/v9"

	"example.com/live/internal/env"
)

type Config struct {
	CacheAddr string
}

// newCache builds a cluster client from the configured seeds (here the one
// configuration endpoint): it learns the other nodes from them.
func newCache(c Config) *redis.ClusterClient {
	return redis.NewClusterClient(&redis.ClusterOptions{Addrs: strings.Split(c.CacheAddr, ",")})
}

func main() {
	ctx := context.Background()
	rdb := newCache(Config{CacheAddr: env.Endpoint()})
	for _, key := range env.Items(30) {
		env.Check(rdb.Set(ctx, key, "v", 0).Err())
	}
	env.OK()
}
