// outcome: CROSSSLOT
// twin: crossslot_goredis_builder_ok
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
	env.Check(rdb.Set(ctx, keys.Profile(id), "Ada", 0).Err())
	env.Check(rdb.Set(ctx, keys.Settings(id), "dark", 0).Err())
	_, err := rdb.MGet(ctx, keys.Profile(id), keys.Settings(id)).Result() // want crossslot `MGET keys keys.Profile\(id\) = "profile:%d" and keys.Settings\(id\) = "settings:%d" carry no hash tag`
	env.Check(err)
	env.OK()
}
