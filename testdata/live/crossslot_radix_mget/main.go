// outcome: CROSSSLOT
// fixed: ok
// twin: crossslot_radix_mget_ok
package main

import (
	"context"

	"github.com/mediocregopher/radix/v4"

	"example.com/live/internal/env"
)

const (
	profileKey  = "user:101:profile"
	settingsKey = "user:101:settings"
)

func main() {
	ctx := context.Background()
	cluster, err := radix.ClusterConfig{}.New(ctx, env.Seeds())
	env.Check(err)
	defer cluster.Close()
	env.Check(cluster.Do(ctx, radix.Cmd(nil, "SET", profileKey, "Ada")))
	env.Check(cluster.Do(ctx, radix.Cmd(nil, "SET", settingsKey, "dark")))
	var vals []string
	env.Check(cluster.Do(ctx, radix.Cmd(&vals, "MGET", profileKey, settingsKey))) // want crossslot `MGET keys "user:101:profile" \(slot 14791\) and "user:101:settings" \(slot 6457\) hash to different slots`
	env.OK()
}
