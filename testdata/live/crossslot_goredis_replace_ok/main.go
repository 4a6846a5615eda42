// outcome: ok
package main

import (
	"context"
	"os"
	"strings"

	"github.com/redis/go-redis/v9"

	"example.com/live/internal/env"
)

const (
	pendingTpl = "jobs:{queue}:pending"
	activeTpl  = "jobs:{queue}:active"
)

func main() {
	ctx := context.Background()
	rdb := redis.NewClusterClient(&redis.ClusterOptions{Addrs: env.Seeds()})
	name := "mail"
	if len(os.Args) > 1 {
		name = os.Args[1]
	}
	// The replacement keeps braces: the queue name is the hash tag.
	r := strings.NewReplacer("{queue}", "{"+name+"}")
	pending, active := r.Replace(pendingTpl), r.Replace(activeTpl)
	env.Check(rdb.SAdd(ctx, pending, "job1").Err())
	env.Check(rdb.SMove(ctx, pending, active, "job1").Err())
	env.OK()
}
