// outcome: CROSSSLOT
// fixed: ok
// twin: crossslot_goredis_mapfill_ok
package main

import (
	"context"

	"github.com/redis/go-redis/v9"

	"example.com/live/internal/env"
)

// saveProfile fills a map field by field and writes it with one MSET.
func saveProfile(ctx context.Context, rdb *redis.ClusterClient, name, mail string) error {
	values := map[string]interface{}{}
	values["user:101:name"] = name // want crossslot `^MSET keys "user:101:name" \(slot \d+\) and "user:101:mail" \(slot \d+\) hash to different slots: CROSSSLOT on a cluster$`
	values["user:101:mail"] = mail
	return rdb.MSet(ctx, values).Err()
}

func main() {
	ctx := context.Background()
	rdb := redis.NewClusterClient(&redis.ClusterOptions{Addrs: env.Seeds()})
	env.Check(saveProfile(ctx, rdb, "Ada", "ada@example.com"))
	env.OK()
}
