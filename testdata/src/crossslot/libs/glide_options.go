package libs

// valkey-glide: keys inside options values (the sorted-set aggregations'
// options.KeyArray and options.WeightedKeys, scripts' options.ScriptOptions)
// and sharded Pub/Sub, which GLIDE splits by slot itself (measured).

import (
	"context"

	glide "github.com/valkey-io/valkey-glide/go/v2"
	"github.com/valkey-io/valkey-glide/go/v2/config"
	"github.com/valkey-io/valkey-glide/go/v2/options"
	"github.com/valkey-io/valkey-glide/go/v2/pipeline"
)

// prefixed implements options.KeysOrWeightedKeys with keys it rewrites:
// its field is no key list redislint can read.
type prefixed struct{ Keys []string }

func (p prefixed) ToArgs() ([]string, error) { return p.Keys, nil }

func glideSortedSets(ctx context.Context, client *glide.ClusterClient, kow options.KeysOrWeightedKeys, ks []string) {
	client.ZUnionStore(ctx, "scores:all", options.KeyArray{Keys: []string{"scores:eu", "scores:us"}}) // want `ZUNIONSTORE keys "scores:all" \(slot \d+\) and "scores:eu" \(slot \d+\) hash to different slots: CROSSSLOT on a cluster`
	client.ZUnionStore(ctx, "{scores}:all", options.KeyArray{Keys: []string{"{scores}:eu", "{scores}:us"}})
	client.ZInterStore(ctx, "foo", options.WeightedKeys{KeyWeightPairs: []options.KeyWeightPair{{Key: "foo", Weight: 1}, {Key: "bar", Weight: 2}}}) // want `ZINTERSTORE keys "foo" \(slot 12182\) and "bar" \(slot 5061\) hash to different slots: CROSSSLOT on a cluster`
	client.ZInterStore(ctx, "{u}foo", options.WeightedKeys{KeyWeightPairs: []options.KeyWeightPair{{Key: "{u}foo", Weight: 1}, {Key: "{u}bar", Weight: 2}}})
	client.ZUnion(ctx, options.KeyArray{Keys: []string{"foo", "bar"}})                                               // want `ZUNION keys "foo" \(slot 12182\) and "bar" \(slot 5061\) hash to different slots: CROSSSLOT on a cluster`
	client.ZInter(ctx, options.KeyArray{Keys: []string{"{u}foo", "{u}bar"}})                                         // same slot
	client.ZInterWithScores(ctx, options.KeyArray{Keys: []string{"foo", "bar"}}, *options.NewZInterOptions())        // want `ZINTER keys "foo" \(slot 12182\) and "bar" \(slot 5061\)`
	client.ZUnionStoreWithOptions(ctx, "foo", &options.KeyArray{Keys: []string{"bar"}}, *options.NewZUnionOptions()) // want `ZUNIONSTORE keys "foo" \(slot 12182\) and "bar" \(slot 5061\)`
	weights := options.WeightedKeys{KeyWeightPairs: []options.KeyWeightPair{{Key: "foo"}, {Key: "bar"}}}             // want `ZUNION keys "foo" \(slot 12182\) and "bar" \(slot 5061\)`
	client.ZUnionWithScores(ctx, weights, *options.NewZUnionOptions())
	client.ZInterStoreWithOptions(ctx, "foo", options.KeyArray{Keys: []string{"{foo}:a"}}, *options.NewZInterOptions())

	// Keys it cannot read: silent.
	client.ZUnionStore(ctx, "foo", prefixed{Keys: []string{"bar"}})
	client.ZUnionStore(ctx, "foo", kow)
	client.ZUnionStore(ctx, "foo", options.KeyArray{Keys: ks})
	client.ZUnion(ctx, options.KeyArray{Keys: ks})

	// Batches: one command per node when not atomic, all compared when atomic.
	pipe := pipeline.NewClusterBatch(false)
	pipe.ZUnionStore("foo", options.KeyArray{Keys: []string{"bar"}}) // want `ZUNIONSTORE keys "foo" \(slot 12182\) and "bar" \(slot 5061\) hash to different slots: CROSSSLOT on a cluster`
	pipe.ZUnion(options.KeyArray{Keys: []string{"{u}foo", "{u}bar"}})
	client.Exec(ctx, *pipe, true)
	tx := pipeline.NewClusterBatch(true).ZInterStoreWithOptions("foo", options.KeyArray{Keys: []string{"bar"}}, *options.NewZInterOptions()) // want `transaction keys "foo" \(ZINTERSTORE, slot 12182\) and "bar" \(ZINTERSTORE, slot 5061\) hash to different slots: valkey-glide refuses it on a cluster client, sending nothing`
	client.Exec(ctx, *tx, true)
}

var glideSetBoth = options.NewScript(`return redis.call('MSET', KEYS[1], ARGV[1], KEYS[2], ARGV[1])`)

func glideScripts(ctx context.Context, client *glide.ClusterClient, ks []string) {
	client.InvokeScriptWithOptions(ctx, *glideSetBoth, *options.NewScriptOptions().WithKeys([]string{"foo", "bar"}).WithArgs([]string{"1"})) // want `EVALSHA keys "foo" \(slot 12182\) and "bar" \(slot 5061\) hash to different slots: CROSSSLOT on a cluster`
	client.InvokeScriptWithOptions(ctx, *glideSetBoth, options.ScriptOptions{Keys: []string{"foo", "bar"}, Args: []string{"1"}})             // want `EVALSHA keys "foo" \(slot 12182\) and "bar" \(slot 5061\)`
	client.InvokeScriptWithOptions(ctx, *glideSetBoth, *options.NewScriptOptions().WithArgs([]string{"1"}).WithKeys([]string{"{u}foo", "{u}bar"}))
	client.InvokeScriptWithOptions(ctx, *glideSetBoth, options.ScriptOptions{Keys: ks})
	// GLIDE's documented form: a pointer variable read through *.
	opts := options.NewScriptOptions().
		WithKeys([]string{"foo", "bar"}). // want `EVALSHA keys "foo" \(slot 12182\) and "bar" \(slot 5061\)`
		WithArgs([]string{"1"})
	client.InvokeScriptWithOptions(ctx, *glideSetBoth, *opts)
	tagged := options.NewScriptOptions().WithKeys([]string{"{u}foo", "{u}bar"})
	client.InvokeScriptWithOptions(ctx, *glideSetBoth, *tagged)
	// Keys set through a pointer the program keeps using: not read.
	later := options.NewScriptOptions()
	later.WithKeys([]string{"foo", "bar"})
	client.InvokeScriptWithOptions(ctx, *glideSetBoth, *later)
	given := options.NewScriptOptions().WithKeys([]string{"{u}foo"})
	glideChange(given)
	client.InvokeScriptWithOptions(ctx, *glideSetBoth, *given)
	through := options.NewScriptOptions().WithKeys([]string{"foo", "bar"})
	(*through).Keys = []string{"{u}foo", "{u}bar"}
	client.InvokeScriptWithOptions(ctx, *glideSetBoth, *through)
	replaced := options.NewScriptOptions().WithKeys([]string{"foo", "bar"})
	*replaced = options.ScriptOptions{Keys: []string{"{u}foo", "{u}bar"}}
	client.InvokeScriptWithOptions(ctx, *glideSetBoth, *replaced)

	copyKey := options.NewScript(`return redis.call('SET', KEYS[1] .. ':copy', '1')`)
	client.InvokeScriptWithOptions(ctx, *copyKey, options.ScriptOptions{Keys: []string{"user:1"}}) // want `KEYS\[1\] = "user:1" has no hash tag, but the Lua script calls SET on KEYS\[1\] \.\. ':copy'`
	client.InvokeScriptWithOptions(ctx, *copyKey, options.ScriptOptions{Keys: []string{"{user:1}"}})

	client.InvokeScript(ctx, *options.NewScript(`return redis.call('GET', 'stats:total')`)) // want `Lua script names key 'stats:total' in its source for GET instead of receiving it in KEYS`
	client.InvokeScript(ctx, *options.NewScript(`return ARGV`))
	// GLIDE has no Eval method: EVAL goes through CustomCommand.
	client.CustomCommand(ctx, []string{"EVAL", "return 1", "2", "foo", "bar"}) // want `EVAL keys "foo" \(slot 12182\) and "bar" \(slot 5061\) hash to different slots: CROSSSLOT on a cluster`

	single, _ := glide.NewClient(config.NewClientConfiguration().WithAddress(&config.NodeAddress{Host: "10.0.0.1"}))
	single.InvokeScriptWithOptions(ctx, *glideSetBoth, options.ScriptOptions{Keys: []string{"foo", "bar"}})
}

func glideShardedPubSub(ctx context.Context, client *glide.ClusterClient) {
	// GLIDE subscribes each shard channel on its own shard: they work.
	client.SSubscribe(ctx, []string{"orders:eu", "orders:us"}, 5000)
	client.SSubscribeLazy(ctx, []string{"orders:eu", "orders:us"})
	client.SUnsubscribe(ctx, []string{"orders:eu", "orders:us"}, 5000)
	client.CustomCommand(ctx, []string{"SSUBSCRIBE", "orders:eu", "orders:us"})
	client.CustomCommand(ctx, []string{"SUNSUBSCRIBE", "orders:eu", "orders:us"})
	sub := config.NewClusterSubscriptionConfig().
		WithSubscription(config.ShardedClusterChannelMode, "orders:eu").
		WithSubscription(config.ShardedClusterChannelMode, "orders:us")
	glide.NewClusterClient(config.NewClusterClientConfiguration().
		WithAddress(&config.NodeAddress{Host: "10.0.0.1", Port: 6379}).
		WithAddress(&config.NodeAddress{Host: "10.0.0.2", Port: 6379}).
		WithSubscriptionConfig(sub))
	client.Publish(ctx, "orders:eu", "shipped", true)

	// An atomic batch compares its channels' slots with its keys'.
	tx := pipeline.NewClusterBatch(true)
	tx.SPublish("orders:eu", "shipped") // want `^transaction channels "orders:eu" \(SPUBLISH, slot \d+\) and "orders:us" \(SPUBLISH, slot \d+\) hash to different slots: valkey-glide refuses it on a cluster client, sending nothing$`
	tx.SPublish("orders:us", "shipped")
	client.Exec(ctx, *tx, true)
	mixed := pipeline.NewClusterBatch(true)
	mixed.Set("order:7", "shipped") // want `^transaction key "order:7" \(SET, slot \d+\) and channel "orders:us" \(SPUBLISH, slot \d+\) hash to different slots: valkey-glide refuses it on a cluster client, sending nothing$`
	mixed.SPublish("orders:us", "order:7")
	client.Exec(ctx, *mixed, true)
	keys := pipeline.NewClusterBatch(true)
	keys.Set("order:7", "shipped") // want `^transaction keys "order:7" \(SET, slot \d+\) and "order:8" \(SET, slot \d+\) hash to different slots: valkey-glide refuses it on a cluster client, sending nothing$`
	keys.Set("order:8", "shipped")
	client.Exec(ctx, *keys, true)
	pipe := pipeline.NewClusterBatch(false)
	pipe.SPublish("orders:eu", "shipped")
	pipe.SPublish("orders:us", "shipped")
	client.Exec(ctx, *pipe, true)
}

func glideChange(o *options.ScriptOptions) { o.Keys = append(o.Keys, "bar") }
