// outcome: ok
package main

import (
	"context"

	"github.com/redis/go-redis/v9"

	"example.com/live/internal/env"
)

// saveProfile keeps the user's fields in the user's slot.
func saveProfile(ctx context.Context, rdb *redis.ClusterClient, name, mail string) error {
	values := map[string]interface{}{}
	values["{user:101}:name"] = name
	values["{user:101}:mail"] = mail
	return rdb.MSet(ctx, values).Err()
}

func main() {
	ctx := context.Background()
	rdb := redis.NewClusterClient(&redis.ClusterOptions{Addrs: env.Seeds()})
	env.Check(saveProfile(ctx, rdb, "Ada", "ada@example.com"))
	env.OK()
}
