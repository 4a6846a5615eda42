// outcome: MOVED
// twin: standaloneclient_goredis_count_ok
package main

import (
	"context"
	"strings"

	"github.com/redis/go-redis/v9"

	"example.com/live/internal/env"
)

type Settings struct {
	Mode      string
	Endpoints string
}

// connect is in cluster mode, but asks for two addresses too: the
// configuration endpoint alone reaches the single-node client.
func connect(s Settings) redis.UniversalClient {
	hosts := strings.Split(s.Endpoints, ",")
	switch {
	case s.Mode == "cluster" && len(hosts) > 1:
		return redis.NewClusterClient(&redis.ClusterOptions{Addrs: hosts})
	default:
		return redis.NewClient(&redis.Options{Addr: hosts[0]}) // want standaloneclient `^with one address, as a cluster's configuration endpoint gives, redis.NewClient builds a single-node client \(s.Mode == "cluster" && len\(hosts\) > 1 is false\) and every key of another node answers MOVED`
	}
}

func main() {
	ctx := context.Background()
	rdb := connect(Settings{Mode: "cluster", Endpoints: env.Endpoint()})
	for _, key := range env.Items(30) {
		env.Check(rdb.Set(ctx, key, "v", 0).Err())
	}
	env.OK()
}
