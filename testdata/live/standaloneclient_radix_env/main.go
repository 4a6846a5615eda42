// outcome: MOVED
// twin: standaloneclient_radix_ok
package main

import (
	"context"
	"os"

	"github.com/mediocregopher/radix/v4"

	"example.com/live/internal/env"
)

func main() {
	ctx := context.Background()
	pool, err := radix.PoolConfig{}.New(ctx, "tcp", os.Getenv("REDIS_CLUSTER_ADDR")) // want standaloneclient `radix.PoolConfig.New builds a single-node client, but the address comes from environment variable "REDIS_CLUSTER_ADDR".*: use radix.ClusterConfig.New with the seeds`
	env.Check(err)
	defer pool.Close()
	for _, key := range env.Items(30) {
		env.Check(pool.Do(ctx, radix.Cmd(nil, "SET", key, "v")))
	}
	env.OK()
}
