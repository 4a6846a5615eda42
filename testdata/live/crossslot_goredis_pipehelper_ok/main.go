// outcome: ok
package main

import (
	"context"
	"os"
	"strconv"

	"github.com/redis/go-redis/v9"

	"example.com/live/internal/env"
	"example.com/live/internal/txdb"
)

func main() {
	ctx := context.Background()
	db := txdb.New(env.Seeds())
	room := strconv.Itoa(len(os.Args))
	_, err := db.Client().TxPipelined(ctx, func(p redis.Pipeliner) error {
		txdb.AddRoomEvent(ctx, p, room, "joined")
		return nil
	})
	env.Check(err)
	env.OK()
}
