// outcome: CROSSSLOT
// fixed: ok
package main

import (
	"context"

	"github.com/redis/go-redis/v9"

	"example.com/live/internal/env"
)

const (
	draftKey = "report:2024:draft"
	finalKey = "report:2024:final"
)

func main() {
	ctx := context.Background()
	rdb := redis.NewClusterClient(&redis.ClusterOptions{Addrs: env.Seeds()})
	env.Check(rdb.Set(ctx, draftKey, "numbers", 0).Err())
	env.Check(rdb.Rename(ctx, draftKey, finalKey).Err()) // want crossslot `RENAME keys "report:2024:draft" \(slot \d+\) and "report:2024:final" \(slot \d+\) hash to different slots`
	env.OK()
}
