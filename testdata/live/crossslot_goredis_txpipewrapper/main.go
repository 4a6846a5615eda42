// outcome: CROSSSLOT
// fixed: ok
// twin: crossslot_goredis_txpipewrapper_ok
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
	env.Check(s.Tx(ctx, func(p redis.Pipeliner) error {
		p.Set(ctx, "room:"+room+":topic", "go", 0) // want crossslot `transaction keys "room:" \+ room \+ ":topic" \(SET\) and "room:" \+ room \+ ":owner" \(SET\) carry no hash tag: they hash to different slots for almost every room: the whole transaction fails with CROSSSLOT on a cluster`
		p.Set(ctx, "room:"+room+":owner", "ada", 0)
		return nil
	}))
	env.OK()
}
