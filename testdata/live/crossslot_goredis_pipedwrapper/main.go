// outcome: CROSSSLOT
// fixed: ok
// twin: crossslot_goredis_pipedwrapper_ok
package main

import (
	"context"

	"github.com/redis/go-redis/v9"

	"example.com/live/internal/env"
	"example.com/live/internal/txwrap"
)

func main() {
	ctx := context.Background()
	s := txwrap.New(env.Seeds())
	env.Check(s.Piped(ctx, func(p redis.Pipeliner) error {
		p.Set(ctx, "order:7:status", "paid", 0) // want crossslot `transaction keys "order:7:status" \(SET, slot 9182\) and "order:7:total" \(SET, slot 6433\) hash to different slots: the whole transaction fails with CROSSSLOT on a cluster`
		p.Set(ctx, "order:7:total", "42", 0)
		return nil
	}))
	env.OK()
}
