// outcome: ok
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
		txwrap.AddRoomEventWithLast(ctx, p, room, "joined")
		return nil
	})
	env.Check(err)
	env.OK()
}
