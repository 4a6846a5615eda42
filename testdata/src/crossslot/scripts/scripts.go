package scripts

import (
	"context"

	"github.com/redis/go-redis/v9"
)

var incrBy = redis.NewScript(`local n = redis.call('INCRBY', KEYS[1], ARGV[1]); redis.call('SET', 'user:' .. ARGV[2] .. ':last', n); return n`) // want "Lua script builds key 'user:' .. ARGV\\[2\\] .. ':last' itself for SET instead of receiving it in KEYS: on a cluster the script runs on the node of its KEYS"

var clean = redis.NewScript(`
local k = KEYS[1]
redis.call('DEL', k)
return redis.call('DEL', KEYS[2])
`)

const fromArgv = "return redis.call('GET', ARGV[1])" // ARGV may carry the caller's tag: silent

var tagged = redis.NewScript(`redis.call('SET', '{a}:' .. ARGV[1], 1)`) // want `Lua script builds key '\{a\}:' .. ARGV\[1\] itself for SET instead of receiving it in KEYS: on a cluster the script runs on the node of its KEYS and fails: the key is in slot \d+, its KEYS are not`

func run(ctx context.Context, rdb *redis.ClusterClient, c *redis.Client, u redis.UniversalClient) {
	incrBy.Run(ctx, rdb, []string{"counter:{a}"}, 1, "a")
	incrBy.Run(ctx, c, []string{"counter:{a}"}, 1, "a") // standalone: fine, and reported once anyway
	clean.Run(ctx, rdb, []string{"{job:1}:a", "{job:1}:b"})
	clean.Run(ctx, rdb, []string{"job:1:a", "job:1:b"}) // want `EVALSHA keys "job:1:a" \(slot \d+\) and "job:1:b" \(slot \d+\) hash to different slots`
	rdb.Eval(ctx, fromArgv, nil, "k")
	c.Eval(ctx, "return redis.call('GET', 'x')", nil)
	u.Eval(ctx, "return redis.call('GET', 'x')", nil) // want `Lua script names key 'x' in its source for GET instead of receiving it in KEYS: on a cluster the script runs on the node of its KEYS and fails when that key is not in the slot of its KEYS`
	tagged.Run(ctx, rdb, []string{"{a}:1"}, "x")      // works: same slot
	tagged.Run(ctx, rdb, []string{"{b}:1"}, "x")
}
