// outcome: ok
package main

import (
	"context"
	"os"
	"strconv"

	"github.com/redis/go-redis/v9"

	"example.com/live/internal/env"
)

func main() {
	ctx := context.Background()
	rdb := redis.NewClusterClient(&redis.ClusterOptions{Addrs: env.Seeds()})
	team := strconv.Itoa(len(os.Args))
	ids := []int{1, 2, 3, 4}
	ks := make([]string, 0, 2*len(ids))
	for _, id := range ids {
		u := strconv.Itoa(id)
		ks = append(ks, "{team:"+team+"}:user:"+u+":name", "{team:"+team+"}:user:"+u+":mail")
	}
	_, err := rdb.MGet(ctx, ks...).Result()
	env.Check(err)
	env.OK()
}
