// outcome: MISSING
// twin: nodelocal_radix_multiscanner
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
	items := env.Items(30)
	for _, key := range items {
		env.Check(cluster.Do(ctx, radix.Cmd(nil, "SET", key, "v")))
	}
	var keys []string
	env.Check(cluster.Do(ctx, radix.Cmd(&keys, "KEYS", "item:*"))) // want nodelocal `^KEYS on a cluster client lists the keys of one node only`
	env.Count("KEYS item:*", len(keys), len(items))
	env.OK()
}
