package standalone

import "github.com/redis/go-redis/v9"

// Scripts on a single-node client, through a function that runs the
// script it is given: checked as a proxy's.
var single = redis.NewClient(&redis.Options{Addr: "redis-proxy.internal:6379"})

type options struct {
	Prefix string `json:",default={}"` // go-zero's conf
}

var opts options

func eval(lua string, args ...interface{}) *redis.Cmd {
	return single.Eval(ctx, lua, []string{opts.Prefix}, args...)
}

func scripts(id string) {
	eval(`redis.call('SET', ARGV[1] .. ':' .. ARGV[2], 1)`, opts.Prefix, id) // want `^with the default Prefix "\{\}" \(json:",default=\{\}"\), ARGV\[1\] = opts\.Prefix has no hash tag \(an empty \{\} is none: the whole key is hashed\), but the Lua script calls SET on ARGV\[1\] \.\. ':' \.\. ARGV\[2\], a key it builds itself from ARGV\[1\], the same value as KEYS\[1\]: if this endpoint is a cluster proxy, the built key is in another slot than KEYS\[1\] for almost every value appended to it, and the script fails when that slot is served by another node$`
	eval(`return redis.call('GET', 'config')`)                               // want `^Lua script names key 'config' in its source for GET instead of receiving it in KEYS: if this endpoint is a cluster proxy, the script runs on the node of its KEYS and fails unless slot \d+ is served by the node of its KEYS$`
	eval(`return redis.call('GET', KEYS[1])`, id)
}
