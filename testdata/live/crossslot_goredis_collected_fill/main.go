// outcome: CROSSSLOT
// twin: crossslot_goredis_collected_fill_ok
package main

import (
	"context"
	"fmt"

	"github.com/redis/go-redis/v9"

	"example.com/live/internal/env"
)

func sessionKey(id int) string { return fmt.Sprintf("session:%d", id) }

func main() {
	ctx := context.Background()
	rdb := redis.NewClusterClient(&redis.ClusterOptions{Addrs: env.Seeds()})
	ids := []int{1, 2, 3, 4}
	ks := make([]string, len(ids))
	for i, id := range ids {
		ks[i] = sessionKey(id)
	}
	_, err := rdb.MGet(ctx, ks...).Result() // want crossslot `MGET keys collected in a loop as sessionKey\(id\) = "session:%d" carry no hash tag: they hash to different slots for almost every pair of values of id`
	env.Check(err)
	env.OK()
}
