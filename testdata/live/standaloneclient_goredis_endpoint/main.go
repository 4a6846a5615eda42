// outcome: MOVED
// flags: -standaloneclient.endpoints
// twin: standaloneclient_goredis_endpoint_ok
package main

import (
	"context"

	"github.com/redis/go-redis/v9"

	"example.com/live/internal/env"
)

// Config is what the service reads; nothing in it says cluster, but the
// endpoint it is given is a cluster's configuration endpoint.
type Config struct {
	CacheAddr string
}

func newCache(c Config) *redis.Client {
	return redis.NewClient(&redis.Options{Addr: c.CacheAddr}) // want standaloneclient `^redis.NewClient builds a single-node client on field CacheAddr: if its address is a cluster's configuration endpoint \(ElastiCache, MemoryDB, Memorystore\), every key of another node answers MOVED: use NewClusterClient with the seeds, or NewUniversalClient with IsClusterMode \(go-redis v9.8.0\+\)$`
}

func main() {
	ctx := context.Background()
	rdb := newCache(Config{CacheAddr: env.Endpoint()})
	for _, key := range env.Items(30) {
		env.Check(rdb.Set(ctx, key, "v", 0).Err())
	}
	env.OK()
}
