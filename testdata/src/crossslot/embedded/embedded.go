// Package embedded runs Lua scripts kept in files of their own, embedded
// with go:embed: their source is as constant as a literal's.
package embedded

import (
	"context"
	_ "embed"

	"github.com/redis/go-redis/v9"
)

//go:embed lock.lua
var lockSrc string

//go:embed stats.lua
var statsSrc string

var lockScript = redis.NewScript(lockSrc)

// Lock builds the counter key inside the script from KEYS[1]: in another
// slot unless the lock key carries a hash tag.
func Lock(ctx context.Context, rdb *redis.ClusterClient, owner string) error {
	return lockScript.Run(ctx, rdb, []string{"lock:jobs"}, owner, 3000).Err() // want `KEYS\[1\] = "lock:jobs" has no hash tag, but the Lua script calls INCR on KEYS\[1\] .. ':count:' .. ARGV\[1\]`
}

// LockTagged is the fixed call: the built key shares the tag. A run-time
// name may carry a tag itself: not reported either.
func LockTagged(ctx context.Context, rdb *redis.ClusterClient, name, owner string) error {
	lockScript.Run(ctx, rdb, []string{"lock:" + name}, owner, 3000)
	return lockScript.Run(ctx, rdb, []string{"{lock:jobs}"}, owner, 3000).Err()
}

// Stats names a key of its own in the script.
func Stats(ctx context.Context, rdb *redis.ClusterClient) error {
	return rdb.Eval(ctx, statsSrc, []string{"stats:last"}).Err() // want `names key 'stats:calls' in its source`
}
