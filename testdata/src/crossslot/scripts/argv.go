package scripts

import (
	"context"

	"github.com/redis/go-redis/v9"
)

// A transaction store whose scripts build their keys from a prefix passed
// in ARGV.
const saveTrans = `
local p = ARGV[1]
redis.call('SET', p .. '_g_' .. ARGV[2], ARGV[3])
redis.call('ZADD', p .. '_u', 0, ARGV[2])
return 1
`

const (
	emptyTag = "{}"
	realTag  = "{dtm}"
)

func argvPrefixes(ctx context.Context, rdb *redis.ClusterClient, gid string) {
	// An empty tag is no tag: p .. '_u' hashes as a whole.
	rdb.Eval(ctx, saveTrans, []string{"{}_g_" + gid}, emptyTag, gid, "v") // want `^ARGV\[1\] = "\{\}" has no hash tag \(an empty \{\} is none: the whole key is hashed\), but the Lua script calls ZADD on p \.\. '_u', a key it builds itself: the script runs on the node of its KEYS and fails unless slot \d+ is served by the node of its KEYS$`
	rdb.Eval(ctx, saveTrans, []string{"dtm_g_" + gid}, "dtm", gid, "v")  // want `^ARGV\[1\] = "dtm" has no hash tag, but the Lua script calls ZADD on p \.\. '_u', a key it builds itself: the script runs on the node of its KEYS and fails unless slot \d+ is served by the node of its KEYS$`
	// A real tag: every key built from it is in its slot.
	rdb.Eval(ctx, saveTrans, []string{realTag + "_g_" + gid}, realTag, gid, "v")
	// A prefix known only at run time: the caller's choice.
	rdb.Eval(ctx, saveTrans, []string{gid}, gid, gid, "v")
}
