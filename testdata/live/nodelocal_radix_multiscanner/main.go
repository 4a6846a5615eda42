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
	items := env.Items(30)
	for _, key := range items {
		env.Check(cluster.Do(ctx, radix.Cmd(nil, "SET", key, "v")))
	}
	seen := 0
	scanner := radix.ScannerConfig{Pattern: "item:*"}.NewMulti(cluster)
	var key string
	for scanner.Next(ctx, &key) {
		seen++
	}
	env.Check(scanner.Close())
	env.Count("SCAN item:* on every primary", seen, len(items))
	env.OK()
}
