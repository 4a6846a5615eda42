// outcome: ok
package main

import (
	"context"
	"math/rand"
	"os"
	"strconv"

	"github.com/redis/go-redis/v9"

	"example.com/live/internal/env"
)

// refresh builds the temporary key in the hash tag of the key it replaces.
func refresh(ctx context.Context, rdb *redis.ClusterClient, name string) error {
	k := "{" + name + "}"
	tmp := k + strconv.Itoa(rand.Int()) + "_tmp"
	if err := rdb.RPush(ctx, tmp, "a", "b").Err(); err != nil {
		return err
	}
	return rdb.Rename(ctx, tmp, k).Err()
}

func main() {
	ctx := context.Background()
	rdb := redis.NewClusterClient(&redis.ClusterOptions{Addrs: env.Seeds()})
	for range 4 {
		env.Check(refresh(ctx, rdb, "cache:top:"+strconv.Itoa(len(os.Args))))
	}
	env.OK()
}
