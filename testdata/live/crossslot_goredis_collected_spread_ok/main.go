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
	var ks []string
	for _, id := range []int{1, 2, 3, 4} {
		ks = append(ks, sessionKey(user, id))
	}
	audit := []string{"{user:" + user + "}:audit"}
	ks = append(ks, audit...)
	env.Check(rdb.Del(ctx, ks...).Err())
	env.OK()
}
