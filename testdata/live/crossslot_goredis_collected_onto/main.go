// outcome: CROSSSLOT
// twin: crossslot_goredis_collected_onto_ok
package main

import (
	"context"
	"fmt"

	"github.com/redis/go-redis/v9"

	"example.com/live/internal/env"
)

const totalKey = "sessions:total"

func sessionKey(id int) string { return fmt.Sprintf("session:%d", id) }

func main() {
	ctx := context.Background()
	rdb := redis.NewClusterClient(&redis.ClusterOptions{Addrs: env.Seeds()})
	ids := []int{1, 2, 3, 4}
	ks := []string{totalKey} // want crossslot `DEL keys "sessions:total" \(slot \d+\) and sessionKey\(id\) = "session:%d" carry no hash tag: they hash to different slots for almost every id`
	for _, id := range ids {
		ks = append(ks, sessionKey(id))
	}
	env.Check(rdb.Del(ctx, ks...).Err())
	env.OK()
}
