// outcome: ok
// The same script with both keys under one hash tag, its options in a
// composite literal and by WithKeys.
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
	_, err = client.Set(ctx, "{user:101}:cart", "3 items")
	env.Check(err)
	opts := options.NewScriptOptions().WithKeys([]string{"{user:101}:cart", "{user:101}:order"})
	_, err = client.InvokeScriptWithOptions(ctx, *move, *opts)
	env.Check(err)
	_, err = client.InvokeScriptWithOptions(ctx, *move, options.ScriptOptions{Keys: []string{"{user:101}:order", "{user:101}:cart"}})
	env.Check(err)
	env.OK()
}
