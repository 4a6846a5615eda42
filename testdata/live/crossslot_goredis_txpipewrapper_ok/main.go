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
	env.Check(s.Tx(ctx, func(p redis.Pipeliner) error {
		p.Set(ctx, "{room:"+room+"}:topic", "go", 0)
		p.Set(ctx, "{room:"+room+"}:owner", "ada", 0)
		return nil
	}))
	env.OK()
}
