// outcome: ok
package main

import (
	"context"
	"strings"

	"github.com/redis/go-redis/v9"

	"example.com/live/internal/env"
)

// newClient converts the options for the kind an explicit setting picks.
func newClient(address, master string, cluster bool) redis.UniversalClient {
	opts := &redis.UniversalOptions{Addrs: strings.Split(address, ","), MasterName: master}
	if opts.MasterName != "" {
		return redis.NewFailoverClient(opts.Failover())
	} else if cluster {
		return redis.NewClusterClient(opts.Cluster())
	}
	return redis.NewClient(opts.Simple())
}

func main() {
	ctx := context.Background()
	rdb := newClient(env.Endpoint(), "", true)
	for _, key := range env.Items(30) {
		env.Check(rdb.Set(ctx, key, "v", 0).Err())
	}
	env.OK()
}
