// outcome: ok
// The script with a shebang receives both keys in KEYS, in one hash tag.
package main

import (
	"context"

	"github.com/redis/go-redis/v9"

	"example.com/live/internal/env"
)

var touch = redis.NewScript(`#!lua
redis.call('SET', KEYS[1], 1); return redis.call('SET', KEYS[2], 1)`)

func main() {
	ctx := context.Background()
	rdb := redis.NewClusterClient(&redis.ClusterOptions{Addrs: env.Seeds()})
	env.Check(touch.Run(ctx, rdb, []string{"{sc}:a", "{sc}:other"}).Err())
	env.OK()
}
