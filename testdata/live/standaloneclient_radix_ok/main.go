// outcome: ok
package main

import (
	"context"

	"github.com/mediocregopher/radix/v4"

	"example.com/live/internal/env"
)

func main() {
	ctx := context.Background()
	cluster, err := radix.ClusterConfig{}.New(ctx, env.Seeds())
	env.Check(err)
	defer cluster.Close()
	for _, key := range env.Items(30) {
		env.Check(cluster.Do(ctx, radix.Cmd(nil, "SET", key, "v")))
	}
	env.OK()
}
