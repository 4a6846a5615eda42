// outcome: ok
// The sorted-set aggregations of valkey-glide with every key under one hash
// tag: ZUNIONSTORE (options.KeyArray), ZINTERSTORE (options.WeightedKeys),
// ZUNION and ZINTER work.
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
	_, err = client.ZAdd(ctx, "{scores}:eu", map[string]float64{"ada": 3})
	env.Check(err)
	_, err = client.ZAdd(ctx, "{scores}:us", map[string]float64{"ada": 1, "bob": 2})
	env.Check(err)
	keys := options.KeyArray{Keys: []string{"{scores}:eu", "{scores}:us"}}
	n, err := client.ZUnionStore(ctx, "{scores}:all", keys)
	env.Check(err)
	env.Count("ZUNIONSTORE members", int(n), 2)
	weights := options.WeightedKeys{KeyWeightPairs: []options.KeyWeightPair{{Key: "{scores}:eu", Weight: 2}, {Key: "{scores}:us", Weight: 1}}}
	n, err = client.ZInterStore(ctx, "{scores}:both", weights)
	env.Check(err)
	env.Count("ZINTERSTORE members", int(n), 1)
	union, err := client.ZUnion(ctx, keys)
	env.Check(err)
	env.Count("ZUNION members", len(union), 2)
	inter, err := client.ZInterWithScores(ctx, keys, *options.NewZInterOptions())
	env.Check(err)
	env.Count("ZINTER members", len(inter), 1)
	env.OK()
}
