// outcome: ok
package main

import (
	"context"
	"os"

	"github.com/redis/go-redis/v9"

	"example.com/live/internal/env"
	"example.com/live/internal/keys"
)

func main() {
	ctx := context.Background()
	rdb := redis.NewClusterClient(&redis.ClusterOptions{Addrs: env.Seeds()})
	id := int64(100 + len(os.Args))
	env.Check(rdb.Set(ctx, keys.TaggedProfile(id), "Ada", 0).Err())
	env.Check(rdb.Set(ctx, keys.TaggedSettings(id), "dark", 0).Err())
	_, err := rdb.MGet(ctx, keys.TaggedProfile(id), keys.TaggedSettings(id)).Result()
	env.Check(err)
	env.OK()
}
