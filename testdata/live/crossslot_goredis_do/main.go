// outcome: CROSSSLOT
// fixed: ok
package main

import (
	"context"

	"github.com/redis/go-redis/v9"

	"example.com/live/internal/env"
)

const (
	nameKey  = "user:7:name"
	emailKey = "user:7:email"
)

func main() {
	ctx := context.Background()
	rdb := redis.NewClusterClient(&redis.ClusterOptions{Addrs: env.Seeds()})
	env.Check(rdb.Do(ctx, "MSET", nameKey, "Ada", emailKey, "ada@example.com").Err()) // want crossslot `MSET keys "user:7:name" \(slot \d+\) and "user:7:email" \(slot \d+\) hash to different slots`
	env.Check(rdb.Do(ctx, "MGET", nameKey, emailKey).Err())                           // want crossslot `MGET keys "user:7:name" \(slot \d+\) and "user:7:email"`
	env.OK()
}
