// outcome: ok
// The same script given a key with a hash tag: KEYS[1] .. ':lock' is in its
// slot.
package main

import (
	"context"

	glide "github.com/valkey-io/valkey-glide/go/v2"
	"github.com/valkey-io/valkey-glide/go/v2/options"

	"example.com/live/internal/env"
	"example.com/live/internal/glideenv"
)

var lock = options.NewScript(`redis.call('SET', KEYS[1] .. ':lock', ARGV[1]); return redis.call('INCR', KEYS[1])`)

func main() {
	ctx := context.Background()
	client, err := glide.NewClusterClient(glideenv.Cluster())
	env.Check(err)
	defer client.Close()
	_, err = client.InvokeScriptWithOptions(ctx, *lock, options.ScriptOptions{Keys: []string{"{jobs}"}, Args: []string{"me"}})
	env.Check(err)
	env.OK()
}
