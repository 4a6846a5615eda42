package libs

// valkey-glide: typed commands with []string keys, CustomCommand, and
// batches; what its cluster client splits by slot itself (measured) is not
// reported.

import (
	"context"

	glide "github.com/valkey-io/valkey-glide/go/v2"
	"github.com/valkey-io/valkey-glide/go/v2/config"
	"github.com/valkey-io/valkey-glide/go/v2/pipeline"
)

func glideCluster(ctx context.Context) {
	client, _ := glide.NewClusterClient(config.NewClusterClientConfiguration().
		WithAddress(&config.NodeAddress{Host: "10.0.0.1", Port: 6379}).
		WithAddress(&config.NodeAddress{Host: "10.0.0.2", Port: 6379}))
	client.SUnionStore(ctx, "foo", []string{"bar"})                       // want `SUNIONSTORE keys "foo" \(slot 12182\) and "bar" \(slot 5061\) hash to different slots: CROSSSLOT on a cluster`
	client.Rename(ctx, "foo", "bar")                                      // want `RENAME keys "foo" \(slot 12182\) and "bar" \(slot 5061\) hash to different slots: CROSSSLOT on a cluster`
	client.SInter(ctx, []string{"user:101:profile", "user:101:settings"}) // want `SINTER keys "user:101:profile" \(slot 14791\) and "user:101:settings" \(slot 6457\)`
	client.FCallWithKeysAndArgs(ctx, "f", []string{"foo", "bar"}, nil)    // want `FCALL keys "foo"`
	client.MSetNX(ctx, map[string]string{"foo": "1", "bar": "2"})         // want `MSETNX keys "foo" \(slot 12182\) and "bar" \(slot 5061\) hash to different slots: CROSSSLOT on a cluster`
	client.CustomCommand(ctx, []string{"SUNIONSTORE", "foo", "bar"})      // want `SUNIONSTORE keys "foo" \(slot 12182\) and "bar" \(slot 5061\) hash to different slots: CROSSSLOT on a cluster`
	client.SUnionStore(ctx, "{u}foo", []string{"{u}bar"})
	// Split by slot by GLIDE: they work.
	client.MGet(ctx, []string{"foo", "bar"})
	client.MSet(ctx, map[string]string{"foo": "1", "bar": "2"})
	client.Del(ctx, []string{"foo", "bar"})
	client.Watch(ctx, []string{"foo", "bar"})
	client.CustomCommand(ctx, []string{"MGET", "foo", "bar"})

	single, _ := glide.NewClient(config.NewClientConfiguration().WithAddress(&config.NodeAddress{Host: "10.0.0.1"}))
	single.SUnionStore(ctx, "foo", []string{"bar"})
	single.CustomCommand(ctx, []string{"SUNIONSTORE", "foo", "bar"})
}

func glideParam(ctx context.Context, client *glide.ClusterClient) {
	client.Rename(ctx, "foo", "bar") // want `RENAME keys "foo" \(slot 12182\) and "bar" \(slot 5061\) hash to different slots: CROSSSLOT on a cluster`
}

func glideBatches(ctx context.Context, client *glide.ClusterClient) {
	tx := pipeline.NewClusterBatch(true)
	tx.Set("order:7:status", "paid") // want `transaction keys "order:7:status" \(SET, slot 9182\) and "order:7:total" \(SET, slot 6433\) hash to different slots: valkey-glide refuses it on a cluster client, sending nothing`
	tx.Set("order:7:total", "42")
	client.Exec(ctx, *tx, true)

	chained := pipeline.NewClusterBatch(true).Set("{order:7}:status", "paid").Set("{order:7}:total", "42")
	client.Exec(ctx, *chained, true)

	// Not atomic: each command goes to its own node, and MGET is split.
	pipe := pipeline.NewClusterBatch(false)
	pipe.Set("order:7:status", "paid")
	pipe.Set("order:7:total", "42")
	pipe.MGet([]string{"foo", "bar"})
	pipe.SUnionStore("foo", []string{"bar"}) // want `SUNIONSTORE keys "foo" \(slot 12182\) and "bar" \(slot 5061\) hash to different slots: CROSSSLOT on a cluster`
	client.Exec(ctx, *pipe, true)
}
