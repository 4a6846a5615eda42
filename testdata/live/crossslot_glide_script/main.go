// outcome: CROSSSLOT
// fixed: ok
// twin: crossslot_glide_script_ok
// A script's keys travel in options.ScriptOptions (WithKeys): in two slots,
// EVALSHA fails.
package main

import (
	"context"

	glide "github.com/valkey-io/valkey-glide/go/v2"
	"github.com/valkey-io/valkey-glide/go/v2/options"

	"example.com/live/internal/env"
	"example.com/live/internal/glideenv"
)

var move = options.NewScript(`local v = redis.call('GET', KEYS[1]); if v then redis.call('SET', KEYS[2], v) end; return redis.call('DEL', KEYS[1])`)

func main() {
	ctx := context.Background()
	client, err := glide.NewClusterClient(glideenv.Cluster())
	env.Check(err)
	defer client.Close()
	_, err = client.Set(ctx, "cart:101:items", "3 items")
	env.Check(err)
	opts := options.NewScriptOptions().WithKeys([]string{"cart:101:items", "cart:101:order"}) // want crossslot `^EVALSHA keys "cart:101:items" \(slot \d+\) and "cart:101:order" \(slot \d+\) hash to different slots: CROSSSLOT on a cluster$`
	_, err = client.InvokeScriptWithOptions(ctx, *move, *opts)
	env.Check(err)
	env.OK()
}
