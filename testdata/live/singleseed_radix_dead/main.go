// outcome: NOSEED
// twin: singleseed_radix_ok
package main

import (
	"context"
	"os"

	"github.com/mediocregopher/radix/v4"

	"example.com/live/internal/env"
)

func main() {
	ctx := context.Background()
	cluster, err := radix.ClusterConfig{}.New(ctx, []string{os.Getenv("REDIS_DEAD_ADDR")}) // want singleseed `cluster client radix.ClusterConfig.New has a single seed \(unless os.Getenv\("REDIS_DEAD_ADDR"\) resolves to every node\)`
	env.Check(err)
	defer cluster.Close()
	env.Check(cluster.Do(ctx, radix.Cmd(nil, "SET", "user:1", "Ada")))
	env.OK()
}
