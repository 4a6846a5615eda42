// Package lock is a reentrant lock that other modules import: the caller
// names the lock, and the script counts re-entries in a key it builds from
// that name.
package lock

import (
	"context"

	"github.com/redis/go-redis/v9"
)

type Lock struct {
	rdb   redis.Scripter
	key   string
	owner string
}

func New(rdb redis.Scripter, key, owner string) *Lock {
	l := &Lock{rdb: rdb, owner: owner}
	l.key = key
	return l
}

const acquire = `
local lock_key = KEYS[1]
local count_key = lock_key .. ':count:' .. ARGV[1]
local owner = redis.call('GET', lock_key)
if owner == false then
  redis.call('SET', lock_key, ARGV[1])
elseif owner ~= ARGV[1] then
  return 0
end
return redis.call('INCR', count_key)
`

// Acquire takes the lock or enters it again.
func (l *Lock) Acquire(ctx context.Context) (int64, error) {
	return l.rdb.Eval(ctx, acquire, []string{l.key}, l.owner).Int64() // want crossslot `^KEYS\[1\] = l.key comes from the caller \(parameter key of exported New\), and the Lua script calls INCR on lock_key .. ':count:' .. ARGV\[1\]: unless the caller's key holds a hash tag, the built key is in another slot for almost every such key, and the script fails when that slot is served by another node$`
}
