// outcome: CROSSSLOT
// fixed: ok
package main

import (
	"context"

	"github.com/redis/go-redis/v9"

	"example.com/live/internal/env"
)

const (
	profileKey  = "user:101:profile"
	settingsKey = "user:101:settings"
)

func main() {
	ctx := context.Background()
	rdb := redis.NewClusterClient(&redis.ClusterOptions{Addrs: env.Seeds()})
	env.Check(rdb.MSet(ctx, profileKey, "Ada", settingsKey, "dark").Err()) // want crossslot `MSET keys "user:101:profile" \(slot 14791\) and "user:101:settings" \(slot 6457\)`
	_, err := rdb.MGet(ctx, profileKey, settingsKey).Result()              // want crossslot `MGET keys`
	env.Check(err)
	env.OK()
}
