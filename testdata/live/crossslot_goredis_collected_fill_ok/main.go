// outcome: ok
package main

import (
	"context"
	"fmt"
	"os"

	"github.com/redis/go-redis/v9"

	"example.com/live/internal/env"
)

func sessionKey(user string, id int) string { return fmt.Sprintf("{user:%s}:session:%d", user, id) }

func main() {
	ctx := context.Background()
	rdb := redis.NewClusterClient(&redis.ClusterOptions{Addrs: env.Seeds()})
	user := fmt.Sprint(len(os.Args))
	ids := []int{1, 2, 3, 4}
	ks := make([]string, len(ids))
	for i, id := range ids {
		ks[i] = sessionKey(user, id)
	}
	_, err := rdb.MGet(ctx, ks...).Result()
	env.Check(err)
	env.OK()
}
