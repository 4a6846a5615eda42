// outcome: LUAKEY
// twin: crossslot_glide_luaderived_ok
// The script locks KEYS[1] .. ':lock': in the slot of KEYS[1] only when
// KEYS[1] carries a hash tag, and this call passes a key without one. The
// script has no shebang, so it fails when the two slots are on different
// nodes, as 9631 and 13068 are on clustertest's three masters.
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
	_, err = client.InvokeScriptWithOptions(ctx, *lock, options.ScriptOptions{Keys: []string{"jobs"}, Args: []string{"me"}}) // want crossslot `KEYS\[1\] = "jobs" has no hash tag, but the Lua script calls SET on KEYS\[1\] .. ':lock': the built key is in another slot and the script fails unless slots 9631 \("jobs"\) and 13068 \("jobs:lock"\) are served by the same node$`
	env.Check(err)
	env.OK()
}
