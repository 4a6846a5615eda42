// outcome: LUAKEY
// twin: crossslot_goredis_luacaller_ok
package main

import (
	"context"
	"os"

	"github.com/redis/go-redis/v9"

	"example.com/live/crossslot_goredis_luacaller/lock"
	"example.com/live/internal/env"
)

func main() {
	ctx := context.Background()
	rdb := redis.NewClusterClient(&redis.ClusterOptions{Addrs: env.Seeds()})
	defer rdb.Close()
	// A caller in another module names its lock; here it comes from the
	// command line, which the analysis cannot see.
	name := "lock:orders"
	if len(os.Args) > 1 {
		name = os.Args[1]
	}
	l := lock.New(rdb, name, "worker-1")
	_, err := l.Acquire(ctx)
	env.Check(err)
	env.OK()
}
