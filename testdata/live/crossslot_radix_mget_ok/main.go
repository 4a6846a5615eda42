// outcome: ok
package main

import (
	"context"

	"github.com/mediocregopher/radix/v4"

	"example.com/live/internal/env"
)

const (
	profileKey  = "{user:101}:profile"
	settingsKey = "{user:101}:settings"
)

func main() {
	ctx := context.Background()
	cluster, err := radix.ClusterConfig{}.New(ctx, env.Seeds())
	env.Check(err)
	defer cluster.Close()
	env.Check(cluster.Do(ctx, radix.Cmd(nil, "MSET", profileKey, "Ada", settingsKey, "dark")))
	var vals []string
	env.Check(cluster.Do(ctx, radix.Cmd(&vals, "MGET", profileKey, settingsKey)))
	env.OK()
}
