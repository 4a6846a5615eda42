// Package lock is a lock library: its caller names the lock, and its Lua
// scripts build further keys from that name.
package lock

import (
	"context"

	"github.com/redis/go-redis/v9"
)

type Client interface {
	redis.Scripter
}

type Lock struct {
	rdb   Client
	key   string
	token string
}

func New(rdb Client, key, token string) *Lock {
	return &Lock{rdb: rdb, key: key, token: token}
}

const lockScript = `
local lock_key = KEYS[1]
local count_key = lock_key .. ':count:' .. ARGV[1]
if redis.call('SET', lock_key, ARGV[1], 'NX') then
  redis.call('SET', count_key, 1)
  return 1
end
return redis.call('INCR', count_key)
`

// The fixed script: every key built from {KEYS[1]}.
const taggedScript = `
local lock_key = '{' .. KEYS[1] .. '}'
local count_key = lock_key .. ':count:' .. ARGV[1]
redis.call('SET', lock_key, ARGV[1], 'NX')
return redis.call('INCR', count_key)
`

func (l *Lock) Lock(ctx context.Context) error {
	return l.rdb.Eval(ctx, lockScript, []string{l.key}, l.token).Err() // want `^KEYS\[1\] = l.key comes from the caller \(parameter key of exported New\), and the Lua script calls SET on lock_key .. ':count:' .. ARGV\[1\]: unless the caller's key holds a hash tag, the built key is in another slot for almost every such key`
}

func (l *Lock) LockTagged(ctx context.Context) error {
	return l.rdb.Eval(ctx, taggedScript, []string{l.key}, l.token).Err()
}

// A key the package builds with a tag of its own: judged by its text.
func (l *Lock) LockOwn(ctx context.Context, name string) error {
	return l.rdb.Eval(ctx, lockScript, []string{"{" + name + "}"}, l.token).Err()
}
