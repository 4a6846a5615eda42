package argvwrap

import (
	"github.com/redis/go-redis/v9"

	"crossslot/argvwrap/conf"
)

// settings nests the store's configuration one level deeper, with an
// envDefault tag (caarlos0/env).
type settings struct {
	Redis struct {
		Store conf.Store
	}
}

var cfg settings

// run takes the keys too, and the arguments as a variadic list, and runs
// the script through a Script value.
func run(lua string, keys []string, args ...interface{}) *redis.Cmd {
	return redis.NewScript(lua).Run(ctx, rdb, keys, args...)
}

func useRun(id string) {
	p := cfg.Redis.Store.EnvPrefix
	run(`redis.call('SET', ARGV[1] .. ':seen', 1)`, []string{p + ":" + id}, p, id)                                  // want `^with the default EnvPrefix "app" \(envDefault:"app"\), ARGV\[1\] = p has no hash tag, but the Lua script calls SET on ARGV\[1\] \.\. ':seen', a key it builds itself: the script runs on the node of its KEYS and fails unless slot \d+ is served by the node of its KEYS$`
	run(`redis.call('SET', ARGV[1] .. ':' .. ARGV[2], 1)`, []string{p}, p, id)                                      // want `^with the default EnvPrefix "app" \(envDefault:"app"\), ARGV\[1\] = p has no hash tag, but the Lua script calls SET on ARGV\[1\] \.\. ':' \.\. ARGV\[2\], a key it builds itself from ARGV\[1\], the same value as KEYS\[1\]`
	run(`redis.call('SET', KEYS[1] .. ':seen', 1)`, []string{cfg.Redis.Store.Prefix}, id)                           // want `^with the default Prefix "\{\}" \(default:"\{\}"\), KEYS\[1\] = cfg\.Redis\.Store\.Prefix has no hash tag \(an empty \{\} is none: the whole key is hashed\), but the Lua script calls SET on KEYS\[1\] \.\. ':seen': the built key is in another slot and the script fails unless slots \d+ \("\{\}"\) and \d+ \("\{\}:seen"\) are served by the same node$`
	run(`redis.call('SET', KEYS[1] .. ':seen', 1)`, []string{cfg.Redis.Store.Tagged}, id)                           // a real tag
	run(`redis.call('SET', KEYS[1] .. ':seen', 1)`, []string{cfg.Redis.Store.Plain}, id)                            // no default: unknown
	run(`redis.call('SET', ARGV[1] .. ':' .. ARGV[2], 1)`, []string{cfg.Redis.Store.Plain}, p, id)                  // KEYS[1] is another value
	run(`redis.call('SET', KEYS[1], 1); redis.call('SET', KEYS[2], 1)`, []string{"{" + p + "}:a", "{" + p + "}:b"}) // keys passed in KEYS
}
