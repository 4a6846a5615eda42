// outcome: ok
package main

import (
	"context"

	"github.com/redis/go-redis/v9"

	"example.com/live/internal/env"
)

var lock = redis.NewScript(`redis.call('SET', KEYS[1] .. ':lock', ARGV[1]); return redis.call('INCR', KEYS[1])`)

func main() {
	ctx := context.Background()
	rdb := redis.NewClusterClient(&redis.ClusterOptions{Addrs: env.Seeds()})
	env.Check(lock.Run(ctx, rdb, []string{"{jobs}"}, "me").Err())
	env.OK()
}
