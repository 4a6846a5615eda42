// outcome: CROSSSLOT
// twin: crossslot_goredis_collected_several_ok
package main

import (
	"context"
	"strconv"

	"github.com/redis/go-redis/v9"

	"example.com/live/internal/env"
)

func main() {
	ctx := context.Background()
	rdb := redis.NewClusterClient(&redis.ClusterOptions{Addrs: env.Seeds()})
	ids := []int{1, 2, 3, 4}
	ks := make([]string, 0, 2*len(ids))
	for _, id := range ids {
		u := strconv.Itoa(id)
		ks = append(ks, "user:"+u+":name", "user:"+u+":mail")
	}
	_, err := rdb.MGet(ctx, ks...).Result() // want crossslot `MGET keys collected in a loop as "user:" \+ u \+ ":name" carry no hash tag: they hash to different slots for almost every pair of values of u`
	env.Check(err)
	env.OK()
}
