// outcome: CROSSSLOT
// fixed: ok
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
	room := strconv.Itoa(6 + len(os.Args))
	env.Check(rdb.Set(ctx, "egress", "on", 0).Err())
	env.Check(rdb.Set(ctx, "egress:room:"+room, "on", 0).Err())
	env.Check(rdb.Del(ctx, "egress", "egress:room:"+room).Err()) // want crossslot `DEL keys "egress" \(slot \d+\) and "egress:room:" \+ room carry no hash tag: they hash to different slots for almost every room`
	env.OK()
}
