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
	env.Check(db.Transaction(ctx, func(p redis.Pipeliner) error {
		p.Set(ctx, "{room:"+room+"}:topic", "go", 0)
		p.Set(ctx, "{room:"+room+"}:owner", "ada", 0)
		return nil
	}))
	env.OK()
}
