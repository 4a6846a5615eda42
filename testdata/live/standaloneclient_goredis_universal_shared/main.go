// outcome: MOVED
// fixed: ok
package main

import (
	"context"
	"strings"

	"github.com/redis/go-redis/v9"

	"example.com/live/internal/env"
)

// Config holds the cluster's configuration endpoint: one address.
type Config struct {
	Nodes []string
}

func sessions(cfg Config) *redis.ClusterClient {
	return redis.NewClusterClient(&redis.ClusterOptions{Addrs: cfg.Nodes})
}

// cache takes the same list to NewUniversalClient, which builds a
// single-node client from one address.
func cache(cfg Config) redis.UniversalClient {
	return redis.NewUniversalClient(&redis.UniversalOptions{Addrs: cfg.Nodes}) // want standaloneclient `^redis.NewUniversalClient builds a single-node client when the address list holds one address \(as a configuration endpoint does\), but the same field Nodes is given to the cluster client redis.NewClusterClient at line \d+: set IsClusterMode: true$`
}

func main() {
	ctx := context.Background()
	cfg := Config{Nodes: strings.Split(env.Endpoint(), ",")}
	s := sessions(cfg)
	c := cache(cfg)
	for _, key := range env.Items(30) {
		env.Check(s.Set(ctx, "session:"+key, "v", 0).Err())
		env.Check(c.Set(ctx, key, "v", 0).Err())
	}
	env.OK()
}
