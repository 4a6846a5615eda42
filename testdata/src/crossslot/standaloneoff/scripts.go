package standaloneoff

import "github.com/redis/go-redis/v9"

// The twin of standalone's scripts: without -crossslot.standalone, a
// single-node client's scripts are not checked.
var single = redis.NewClient(&redis.Options{Addr: "redis-proxy.internal:6379"})

type options struct {
	Prefix string `json:",default={}"`
}

var opts options

func eval(lua string, args ...interface{}) *redis.Cmd {
	return single.Eval(ctx, lua, []string{opts.Prefix}, args...)
}

func scripts(id string) {
	eval(`redis.call('SET', ARGV[1] .. ':' .. ARGV[2], 1)`, opts.Prefix, id)
	eval(`return redis.call('GET', 'config')`)
}
