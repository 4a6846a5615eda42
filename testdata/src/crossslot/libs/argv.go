package libs

import (
	"context"

	"github.com/redis/rueidis"
)

// A script that builds a key from the prefix passed in ARGV, run by
// rueidis, whose Exec takes its arguments as a slice.
var saveLua = rueidis.NewLuaScript(`redis.call('SET', ARGV[1] .. ':u', 1); return redis.call('GET', KEYS[1])`)

func rueidisArgv(ctx context.Context) {
	client, _ := rueidis.NewClient(rueidis.ClientOption{InitAddress: []string{"10.0.0.1:6379", "10.0.0.2:6379"}})
	saveLua.Exec(ctx, client, []string{"{}:g:1"}, []string{"{}"}) // want `^ARGV\[1\] = "\{\}" has no hash tag \(an empty \{\} is none: the whole key is hashed\), but the Lua script calls SET on ARGV\[1\] \.\. ':u', a key it builds itself`
	saveLua.Exec(ctx, client, []string{"{app}:g:1"}, []string{"{app}"})
}
