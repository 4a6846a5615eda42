package scripts

import (
	"context"
	"fmt"

	"github.com/redis/go-redis/v9"
)

var incrBy = redis.NewScript(`local n = redis.call('INCRBY', KEYS[1], ARGV[1]); redis.call('SET', 'user:' .. ARGV[2] .. ':last', n); return n`) // want "Lua script builds key 'user:' .. ARGV\\[2\\] .. ':last' itself for SET instead of receiving it in KEYS: on a cluster the script runs on the node of its KEYS"

var clean = redis.NewScript(`
local k = KEYS[1]
redis.call('DEL', k)
return redis.call('DEL', KEYS[2])
`)

const fromArgv = "return redis.call('GET', ARGV[1])" // ARGV may carry the caller's tag: silent

var tagged = redis.NewScript(`redis.call('SET', '{a}:' .. ARGV[1], 1)`) // want `Lua script builds key '\{a\}:' .. ARGV\[1\] itself for SET instead of receiving it in KEYS: on a cluster the script runs on the node of its KEYS and fails unless slot 15495 and the slot of its KEYS \(3300\) are served by the same node$`

func run(ctx context.Context, rdb *redis.ClusterClient, c *redis.Client, u redis.UniversalClient) {
	incrBy.Run(ctx, rdb, []string{"counter:{a}"}, 1, "a")
	incrBy.Run(ctx, c, []string{"counter:{a}"}, 1, "a") // standalone: fine, and reported once anyway
	clean.Run(ctx, rdb, []string{"{job:1}:a", "{job:1}:b"})
	clean.Run(ctx, rdb, []string{"job:1:a", "job:1:b"}) // want `EVALSHA keys "job:1:a" \(slot \d+\) and "job:1:b" \(slot \d+\) hash to different slots`
	rdb.Eval(ctx, fromArgv, nil, "k")
	c.Eval(ctx, "return redis.call('GET', 'x')", nil)
	u.Eval(ctx, "return redis.call('GET', 'x')", nil) // want `^Lua script names key 'x' in its source for GET instead of receiving it in KEYS: on a cluster a script without KEYS runs on a node the client picks and fails unless that node serves slot 16287$`
	tagged.Run(ctx, rdb, []string{"{a}:1"}, "x")      // works: same slot
	tagged.Run(ctx, rdb, []string{"{b}:1"}, "x")
}

// readAll calls Redis on keys it read from a reply: keys it never declared.
var readAll = redis.NewScript(`local out = {}; for _, k in ipairs(redis.call('ZRANGE', KEYS[1], 0, -1)) do out[#out+1] = redis.call('HGETALL', k) end; return out`) // want `Lua script calls HGETALL on key k read from the reply of ZRANGE instead of receiving it in KEYS: on a cluster the script runs on the node of its KEYS and fails when a key of that reply is served by another node \(Script attempted to access a non local key in a cluster node\)$`

var readVia = redis.NewScript(`local ids = redis.call('SMEMBERS', KEYS[1])
for i, id in ipairs(ids) do redis.call('DEL', id) end`) // want `Lua script calls DEL on key id read from the reply of SMEMBERS`

var readTagged = redis.NewScript(`for _, k in ipairs(redis.call('ZRANGE', KEYS[1], 0, -1)) do redis.call('DEL', k) end`)

// readArgs reads members, not keys, from the reply: fine.
var readArgs = redis.NewScript(`for _, m in ipairs(redis.call('ZRANGE', KEYS[1], 0, -1)) do redis.call('SADD', KEYS[2], m) end`)

// lock derives its lock key from KEYS[1]: fine only when KEYS[1] has a tag.
var lock = redis.NewScript(`redis.call('SET', KEYS[1] .. ':lock', ARGV[1]); return redis.call('GET', KEYS[1])`)

// The same written another way: the key built in a local, or with
// string.format.
var lockLocal = redis.NewScript(`
local lockKey = KEYS[1] .. ':lock' -- one lock per queue
redis.call('SET', lockKey, ARGV[1])
return redis.call('GET', KEYS[1])`)

var lockFormat = redis.NewScript(`redis.call('SET', string.format('%s:lock', KEYS[1]), ARGV[1])`)

// A script assembled with fmt.Sprintf from Go fragments.
const luaHelpers = "local function lockOf(k) return k .. ':lock' end"

var lockSprintf = redis.NewScript(fmt.Sprintf("%s\nreturn redis.call('SET', lockOf(KEYS[1]), ARGV[1])", luaHelpers))

var lockHelper = redis.NewScript(`
local function lockOf(k) return k .. ':lock' end
return redis.call('SET', lockOf(KEYS[1]), ARGV[1])`)

func derivedOther(ctx context.Context, rdb *redis.ClusterClient) {
	lockLocal.Run(ctx, rdb, []string{"jobs"}, "x")    // want `KEYS\[1\] = "jobs" has no hash tag, but the Lua script calls SET on KEYS\[1\] .. ':lock': the built key is in another slot`
	lockLocal.Run(ctx, rdb, []string{"{jobs}"}, "x")  // tagged: fine
	lockFormat.Run(ctx, rdb, []string{"jobs"}, "x")   // want `KEYS\[1\] = "jobs" has no hash tag, but the Lua script calls SET on string.format\('%s:lock', KEYS\[1\]\): the built key is in another slot`
	lockFormat.Run(ctx, rdb, []string{"{jobs}"}, "x") // tagged: fine
	lockHelper.Run(ctx, rdb, []string{"jobs"}, "x")   // want `KEYS\[1\] = "jobs" has no hash tag, but the Lua script calls SET on lockOf\(KEYS\[1\]\): the built key is in another slot`
	lockHelper.Run(ctx, rdb, []string{"{jobs}"}, "x") // tagged: fine
	lockSprintf.Run(ctx, rdb, []string{"jobs"}, "x")  // want `KEYS\[1\] = "jobs" has no hash tag, but the Lua script calls SET on lockOf\(KEYS\[1\]\)`
}

func derived(ctx context.Context, rdb *redis.ClusterClient, q string) {
	readAll.Run(ctx, rdb, []string{"index"})
	readVia.Run(ctx, rdb, []string{"ids"})
	readArgs.Run(ctx, rdb, []string{"{z}a", "{z}b"})
	readTagged.Run(ctx, rdb, []string{"{items}:index"})    // a tagged index lists keys of its tag
	lock.Run(ctx, rdb, []string{"jobs"}, "x")              // want `KEYS\[1\] = "jobs" has no hash tag, but the Lua script calls SET on KEYS\[1\] .. ':lock': the built key is in another slot and the script fails unless slots 9631 \("jobs"\) and 13068 \("jobs:lock"\) are served by the same node$`
	lock.Run(ctx, rdb, []string{"{jobs}"}, "x")            // tagged: fine
	lock.Run(ctx, rdb, []string{"asynq:{" + q + "}"}, "x") // a tagged prefix, as asynq passes: fine
	lock.Run(ctx, rdb, []string{q}, "x")                   // unknown: it may carry a tag
}

// Redis 7 holds a script with a shebang to one slot, whatever the nodes
// (measured: "Script attempted to access keys that do not hash to the same
// slot" for slots 3403 and 3586 of one node); allow-cross-slot-keys lifts
// that, and a script Redis refuses on a cluster is not this rule's.
var (
	oneSlot = redis.NewScript(`#!lua
redis.call('SET', KEYS[1], 1); return redis.call('GET', 'other:key')`)  // want `^Lua script names key 'other:key' in its source for GET instead of receiving it in KEYS: on a cluster the script runs on the node of its KEYS and fails: the key is in slot 3586, its KEYS are not$`
	oneSlotBuilt = redis.NewScript(`#!lua flags=no-writes
return redis.call('GET', 'seen:' .. ARGV[1])`)  // want `^Lua script builds key 'seen:' .. ARGV\[1\] itself for GET instead of receiving it in KEYS: on a cluster the script runs on the node of its KEYS and fails when that key is not in the slot of its KEYS$`
	anySlot = redis.NewScript(`#!lua flags=allow-cross-slot-keys
redis.call('SET', KEYS[1], 1); return redis.call('GET', 'other:key')`)  // want `^Lua script names key 'other:key' in its source for GET instead of receiving it in KEYS: on a cluster the script runs on the node of its KEYS and fails unless slot 3586 and the slot of its KEYS \(3403\) are served by the same node$`
	anySlotBuilt = redis.NewScript(`#!lua flags=allow-cross-slot-keys
return redis.call('GET', 'seen:' .. ARGV[1])`)  // want `^Lua script builds key 'seen:' .. ARGV\[1\] itself for GET instead of receiving it in KEYS: on a cluster the script runs on the node of its KEYS and fails when that key is served by another node than its KEYS$`
	noCluster = redis.NewScript(`#!lua flags=no-cluster
return redis.call('GET', 'other:key')`)
	badShebang = redis.NewScript(`#!lua flags=bogus
return redis.call('GET', 'other:key')`)
	oneSlotLock = redis.NewScript(`#!lua
redis.call('SET', KEYS[1] .. ':lock', ARGV[1])`)
	oneSlotAppend = redis.NewScript(`#!lua
redis.call('SET', KEYS[1] .. ARGV[1], 1)`)
	anyAppend   = redis.NewScript(`redis.call('SET', KEYS[1] .. ARGV[1], 1)`)
	oneSlotRead = redis.NewScript(`#!lua
for _, k in ipairs(redis.call('ZRANGE', KEYS[1], 0, -1)) do redis.call('DEL', k) end`)  // want `^Lua script calls DEL on key k read from the reply of ZRANGE instead of receiving it in KEYS: on a cluster the script runs on the node of its KEYS and fails when a key of that reply is in another slot \(Script attempted to access keys that do not hash to the same slot\)$`
)

func shebangs(ctx context.Context, rdb *redis.ClusterClient) {
	oneSlot.Run(ctx, rdb, []string{"sc:a"})
	oneSlotBuilt.Run(ctx, rdb, []string{"sc:a"}, "x")
	anySlot.Run(ctx, rdb, []string{"sc:a"})
	anySlotBuilt.Run(ctx, rdb, []string{"sc:a"}, "x")
	noCluster.Run(ctx, rdb, []string{"sc:a"})
	badShebang.Run(ctx, rdb, []string{"sc:a"})
	oneSlotLock.Run(ctx, rdb, []string{"jobs"}, "x")   // want `^KEYS\[1\] = "jobs" has no hash tag, but the Lua script calls SET on KEYS\[1\] .. ':lock': the built key is in another slot and the script fails: "jobs" is in slot 9631, "jobs:lock" in slot 13068$`
	oneSlotAppend.Run(ctx, rdb, []string{"jobs"}, "x") // want `^KEYS\[1\] = "jobs" has no hash tag, but the Lua script calls SET on KEYS\[1\] .. ARGV\[1\]: the built key is in another slot and the script fails for almost every value appended to it$`
	anyAppend.Run(ctx, rdb, []string{"jobs"}, "x")     // want `^KEYS\[1\] = "jobs" has no hash tag, but the Lua script calls SET on KEYS\[1\] .. ARGV\[1\]: the built key is in another slot for almost every value appended to it, and the script fails when that slot is served by another node$`
	oneSlotRead.Run(ctx, rdb, []string{"index"})
}

// redis.pcall hands the script the error as a value: the script fails
// only if it returns or raises it.
var (
	guarded     = redis.NewScript(`redis.call('SET', KEYS[1], 1); local r = redis.pcall('GET', 'x:0'); if type(r) == 'table' and r.err then return 0 end; return r`) // want `^Lua script names key 'x:0' in its source for GET instead of receiving it in KEYS: on a cluster the script runs on the node of its KEYS and fails unless slot 11684 and the slot of its KEYS \(3403\) are served by the same node; with redis.pcall, only if the script returns or raises the error$`
	guardedLock = redis.NewScript(`return redis.pcall('SET', KEYS[1] .. ':lock', 1)`)
)

func pcalls(ctx context.Context, rdb *redis.ClusterClient) {
	guarded.Run(ctx, rdb, []string{"sc:a"})
	guardedLock.Run(ctx, rdb, []string{"jobs"}) // want `^KEYS\[1\] = "jobs" has no hash tag, but the Lua script calls SET on KEYS\[1\] .. ':lock': the built key is in another slot and the script fails unless slots 9631 \("jobs"\) and 13068 \("jobs:lock"\) are served by the same node; with redis.pcall, only if the script returns or raises the error$`
}
