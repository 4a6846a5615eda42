// outcome: CROSSSLOT
// twin: crossslot_goredis_pipehelper2_ok
package main

import (
	"context"
	"os"
	"strconv"

	"github.com/redis/go-redis/v9"

	"example.com/live/internal/env"
	"example.com/live/internal/txwrap"
)

func main() {
	ctx := context.Background()
	s := txwrap.New(env.Seeds())
	room := strconv.Itoa(len(os.Args))
	_, err := s.Client().TxPipelined(ctx, func(p redis.Pipeliner) error {
		txwrap.AddEventWithLast(ctx, p, room, "joined") // want crossslot `transaction keys txwrap.AddEventWithLast\(ctx, p, room, "joined"\) = "events:%d" \(RPUSH\) and "stats:events" \(INCR, slot \d+\) carry no hash tag`
		return nil
	})
	env.Check(err)
	env.OK()
}
