// outcome: CROSSSLOT
// twin: crossslot_goredis_renametmp_ok
package main

import (
	"context"
	"math/rand"
	"os"
	"strconv"

	"github.com/redis/go-redis/v9"

	"example.com/live/internal/env"
)

// refresh rebuilds a cached list under a temporary name, then renames it
// into place: the classic cache refresh.
func refresh(ctx context.Context, rdb *redis.ClusterClient, k string) error {
	tmp := k + strconv.Itoa(rand.Int()) + "_tmp"
	if err := rdb.RPush(ctx, tmp, "a", "b").Err(); err != nil {
		return err
	}
	return rdb.Rename(ctx, tmp, k).Err() // want crossslot `RENAME keys tmp and k carry no hash tag: they hash to different slots for almost every value of k and rand.Int\(\), unless k carries its own hash tag`
}

func main() {
	ctx := context.Background()
	rdb := redis.NewClusterClient(&redis.ClusterOptions{Addrs: env.Seeds()})
	// Try a few temporary names: one lands in the slot of the key by chance.
	for range 4 {
		env.Check(refresh(ctx, rdb, "cache:top:"+strconv.Itoa(len(os.Args))))
	}
	env.OK()
}
