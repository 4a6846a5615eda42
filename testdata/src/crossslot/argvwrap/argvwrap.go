// Package argvwrap runs Lua scripts through a function of its own, with
// arguments built by a builder type whose constructor appends the key
// prefix first: the scripts build their keys from ARGV[1].
package argvwrap

import (
	"context"

	"github.com/redis/go-redis/v9"

	"crossslot/argvwrap/conf"
)

var ctx = context.Background()

var rdb = redis.NewClusterClient(&redis.ClusterOptions{Addrs: []string{"10.0.0.1:7000", "10.0.0.2:7000"}})

var config = &conf.C

type argList struct {
	List []interface{}
}

func newArgList() *argList {
	a := &argList{}
	return a.AppendRaw(config.Store.Prefix).AppendRaw(60)
}

func (a *argList) AppendRaw(v interface{}) *argList {
	a.List = append(a.List, v)
	return a
}

func (a *argList) AppendObject(v interface{}) *argList {
	return a.AppendRaw(marshal(v))
}

func (a *argList) AppendAll(vs []string) *argList {
	for _, v := range vs {
		a.AppendRaw(v)
	}
	return a
}

func marshal(v interface{}) string { return "" }

// callLua runs a script with the prefix as its one key.
func callLua(args []interface{}, lua string) *redis.Cmd {
	return rdb.Eval(ctx, lua, []string{config.Store.Prefix}, args...)
}

// The keys are built from the prefix, the same value as KEYS[1]: with the
// default "{}" (an empty tag) they hash as a whole, to other slots.
func save(gid string, branches []string) {
	args := newArgList().AppendObject(gid).AppendAll(branches).List
	callLua(args, `redis.call('SET', ARGV[1] .. '_g_' .. ARGV[3], 1)`)            // want `^with the default Prefix "\{\}" \(default:"\{\}"\), ARGV\[1\] = config\.Store\.Prefix has no hash tag \(an empty \{\} is none: the whole key is hashed\), but the Lua script calls SET on ARGV\[1\] \.\. '_g_' \.\. ARGV\[3\], a key it builds itself from ARGV\[1\], the same value as KEYS\[1\]: the built key is in another slot than KEYS\[1\] for almost every value appended to it, and the script fails when that slot is served by another node$`
	callLua(args, `local p = ARGV[1]; redis.call('ZADD', p .. '_u', 0, ARGV[3])`) // want `^with the default Prefix "\{\}" \(default:"\{\}"\), ARGV\[1\] = config\.Store\.Prefix has no hash tag \(an empty \{\} is none: the whole key is hashed\), but the Lua script calls ZADD on p \.\. '_u', a key it builds itself: the script runs on the node of its KEYS and fails unless slot \d+ and the slot of its KEYS \(15257\) are served by the same node$`
	// The same scripts with the prefix's key in KEYS: nothing undeclared.
	callLua(args, `return redis.call('GET', KEYS[1])`)
}

// lock runs its script with the arguments written another way: a local
// builder value appended to by statements, a script source in a local.
func lock(gid string) {
	a := newArgList()
	a.AppendObject(gid)
	lua := `redis.call('SET', ARGV[1] .. ':lock', 1)` // want `ARGV\[1\] = config\.Store\.Prefix has no hash tag .*calls SET on ARGV\[1\] \.\. ':lock', a key it builds itself: the script runs on the node of its KEYS`
	for range 2 {
		callLua(a.List, lua)
	}
}

// The same flow with a prefix field that a real tag defaults, or that has
// no default: silent.
func newTaggedArgs() *argList { return (&argList{}).AppendRaw(config.Store.Tagged) }

func newPlainArgs() *argList { return &argList{List: []interface{}{config.Store.Plain}} }

func callTagged(args []interface{}, lua string) *redis.Cmd {
	return rdb.Eval(ctx, lua, []string{config.Store.Tagged}, args...)
}

func callPlain(args []interface{}, lua string) *redis.Cmd {
	return rdb.Eval(ctx, lua, []string{config.Store.Plain}, args...)
}

func good(gid string) {
	callTagged(newTaggedArgs().AppendObject(gid).List, `redis.call('SET', ARGV[1] .. '_g_' .. ARGV[2], 1)`)
	callTagged(newTaggedArgs().List, `redis.call('ZADD', ARGV[1] .. '_u', 0, 'x')`)
	callPlain(newPlainArgs().AppendObject(gid).List, `redis.call('SET', ARGV[1] .. '_g_' .. ARGV[2], 1)`)
	callPlain(newPlainArgs().List, `redis.call('ZADD', ARGV[1] .. '_u', 0, 'x')`)
	// The keys in KEYS, with the fix's tagged default.
	callTagged(newTaggedArgs().List, `redis.call('SET', KEYS[1], 1)`)
}
