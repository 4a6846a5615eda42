// outcome: ok
package main

import (
	"context"
	"os"

	"github.com/redis/go-redis/v9"

	"example.com/live/crossslot_goredis_keylist_ok/cache"
	"example.com/live/internal/env"
)

func main() {
	ctx := context.Background()
	c := &cache.Cache{RDB: redis.NewUniversalClient(&redis.UniversalOptions{Addrs: env.Seeds(), IsClusterMode: true})}
	// A caller in another module would pass these; here they come from
	// the command line, which the analysis cannot see.
	keys := append([]string{"user:101:profile", "user:101:settings"}, os.Args[1:]...)
	env.Check(c.Invalidate(ctx, keys...))
	env.OK()
}
