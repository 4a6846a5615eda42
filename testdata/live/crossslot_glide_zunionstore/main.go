// outcome: CROSSSLOT
// fixed: ok
// twin: crossslot_glide_zsets_ok
// ZUNIONSTORE's keys travel in an options.KeyArray: the destination and
// the sources are in different slots.
package main

import (
	"context"

	glide "github.com/valkey-io/valkey-glide/go/v2"
	"github.com/valkey-io/valkey-glide/go/v2/options"

	"example.com/live/internal/env"
	"example.com/live/internal/glideenv"
)

func main() {
	ctx := context.Background()
	client, err := glide.NewClusterClient(glideenv.Cluster())
	env.Check(err)
	defer client.Close()
	_, err = client.ZAdd(ctx, "scores:eu", map[string]float64{"ada": 3})
	env.Check(err)
	_, err = client.ZAdd(ctx, "scores:us", map[string]float64{"bob": 2})
	env.Check(err)
	_, err = client.ZUnionStore(ctx, "scores:all", options.KeyArray{Keys: []string{"scores:eu", "scores:us"}}) // want crossslot `^ZUNIONSTORE keys "scores:all" \(slot \d+\) and "scores:eu" \(slot \d+\) hash to different slots: CROSSSLOT on a cluster$`
	env.Check(err)
	env.OK()
}
