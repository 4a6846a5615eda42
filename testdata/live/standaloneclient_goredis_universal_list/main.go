// outcome: MOVED
// twin: standaloneclient_goredis_universal_list_ok
package main

import (
	"context"
	"strings"

	"github.com/redis/go-redis/v9"

	"example.com/live/internal/env"
)

// Config is what the service is deployed with: here a managed cluster's
// configuration endpoint, one address. Nothing in the program says cluster.
type Config struct {
	Addrs string
}

// newStore lets the address count pick the client: NewUniversalClient
// builds a single-node client from one address.
func newStore(cfg Config) redis.UniversalClient {
	return redis.NewUniversalClient(&redis.UniversalOptions{Addrs: strings.Split(cfg.Addrs, ",")}) // want standaloneclient `^redis.NewUniversalClient builds a single-node client when the address list holds one address, as a cluster's configuration endpoint gives, and every key of another node then answers MOVED: if this endpoint may be a cluster, set IsClusterMode from the program's cluster setting$`
}

func main() {
	ctx := context.Background()
	rdb := newStore(Config{Addrs: env.Endpoint()})
	for _, key := range env.Items(30) {
		env.Check(rdb.Set(ctx, key, "v", 0).Err())
	}
	env.OK()
}
