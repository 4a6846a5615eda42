// outcome: ok
package main

import (
	"context"
	"os"

	"github.com/mediocregopher/radix/v4"

	"example.com/live/internal/env"
)

func main() {
	ctx := context.Background()
	// The first seed is down: the client learns the slot map from another.
	cluster, err := radix.ClusterConfig{}.New(ctx, []string{os.Getenv("REDIS_DEAD_ADDR"), env.Seed(1), env.Seed(2)})
	env.Check(err)
	defer cluster.Close()
	env.Check(cluster.Do(ctx, radix.Cmd(nil, "SET", "user:1", "Ada")))
	env.OK()
}
