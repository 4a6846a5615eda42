// outcome: CROSSSLOT
// fixed: ok
// twin: crossslot_goredis_txwrapper_ok
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
	env.Check(db.Transaction(ctx, func(p redis.Pipeliner) error {
		p.Set(ctx, "room:"+room+":topic", "go", 0) // want crossslot `transaction keys "room:" \+ room \+ ":topic" \(SET\) and "room:" \+ room \+ ":owner" \(SET\) carry no hash tag`
		p.Set(ctx, "room:"+room+":owner", "ada", 0)
		return nil
	}))
	env.OK()
}
