// outcome: CROSSSLOT
// fixed: ok
// twin: crossslot_glide_zsets_ok
// ZINTERSTORE with weights: the keys are the Key fields of the
// options.WeightedKeys' pairs.
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
	_, err = client.ZAdd(ctx, "rank:week", map[string]float64{"ada": 3, "bob": 1})
	env.Check(err)
	_, err = client.ZAdd(ctx, "rank:month", map[string]float64{"ada": 10})
	env.Check(err)
	weights := options.WeightedKeys{KeyWeightPairs: []options.KeyWeightPair{
		{Key: "rank:week", Weight: 2},
		{Key: "rank:month", Weight: 1},
	}}
	_, err = client.ZInterStore(ctx, "rank:best", weights) // want crossslot `^ZINTERSTORE keys "rank:best" \(slot \d+\) and "rank:week" \(slot \d+\) hash to different slots: CROSSSLOT on a cluster$`
	env.Check(err)
	env.OK()
}
