// outcome: LUAKEY
// twin: crossslot_glide_luaderived_ok
// The script locks KEYS[1] .. ':lock': in the slot of KEYS[1] only when
// KEYS[1] carries a hash tag, and this call passes a key without one.
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
	_, err = client.InvokeScriptWithOptions(ctx, *lock, options.ScriptOptions{Keys: []string{"jobs"}, Args: []string{"me"}}) // want crossslot `KEYS\[1\] = "jobs" has no hash tag, but the Lua script calls SET on KEYS\[1\] .. ':lock'`
	env.Check(err)
	env.OK()
}
