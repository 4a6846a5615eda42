// Package redis is a stub of github.com/redis/go-redis/v9 for redislint's
// analysistest tests. It reproduces the real package's shape: commands are
// methods of the unexported func type cmdable, embedded in every client, and
// are grouped into per-family interfaces that Cmdable embeds. Only the
// declarations the tests use are here; internal/model's drift tests check
// the model against the real module.
package redis

import (
	"context"
	"time"
)

type Cmder interface{ Err() error }

type baseCmd struct{}

func (baseCmd) Err() error { return nil }

type Cmd struct{ baseCmd }
type StatusCmd struct{ baseCmd }
type StringCmd struct{ baseCmd }
type IntCmd struct{ baseCmd }
type BoolCmd struct{ baseCmd }
type SliceCmd struct{ baseCmd }
type StringSliceCmd struct{ baseCmd }
type ScanCmd struct{ baseCmd }
type ZSliceCmd struct{ baseCmd }
type XStreamSliceCmd struct{ baseCmd }
type KeyValueSliceCmd struct{ baseCmd }
type LCSCmd struct{ baseCmd }
type ZSliceWithKeyCmd struct{ baseCmd }
type KeyValuesCmd struct{ baseCmd }

type ZStore struct {
	Keys      []string
	Weights   []float64
	Aggregate string
}

type XReadArgs struct {
	Streams []string
	Count   int64
	Block   time.Duration
	ID      string
}

type XReadGroupArgs struct {
	Group    string
	Consumer string
	Streams  []string
	Count    int64
	Block    time.Duration
	NoAck    bool
}

type LCSQuery struct {
	Key1 string
	Key2 string
	Len  bool
}

type cmdable func(ctx context.Context, cmd Cmder) error
type statefulCmdable func(ctx context.Context, cmd Cmder) error

type StringCmdable interface {
	Get(ctx context.Context, key string) *StringCmd
	Set(ctx context.Context, key string, value interface{}, expiration time.Duration) *StatusCmd
	MGet(ctx context.Context, keys ...string) *SliceCmd
	MSet(ctx context.Context, values ...interface{}) *StatusCmd
	MSetNX(ctx context.Context, values ...interface{}) *BoolCmd
	Incr(ctx context.Context, key string) *IntCmd
	LCS(ctx context.Context, q *LCSQuery) *LCSCmd
}

type GenericCmdable interface {
	Del(ctx context.Context, keys ...string) *IntCmd
	Exists(ctx context.Context, keys ...string) *IntCmd
	Unlink(ctx context.Context, keys ...string) *IntCmd
	Rename(ctx context.Context, key, newkey string) *StatusCmd
	RenameNX(ctx context.Context, key, newkey string) *BoolCmd
	Copy(ctx context.Context, sourceKey string, destKey string, db int, replace bool) *IntCmd
	Keys(ctx context.Context, pattern string) *StringSliceCmd
	Scan(ctx context.Context, cursor uint64, match string, count int64) *ScanCmd
	Expire(ctx context.Context, key string, expiration time.Duration) *BoolCmd
}

type ListCmdable interface {
	LPush(ctx context.Context, key string, values ...interface{}) *IntCmd
	BLPop(ctx context.Context, timeout time.Duration, keys ...string) *StringSliceCmd
	LMove(ctx context.Context, source, destination, srcpos, destpos string) *StringCmd
	RPopLPush(ctx context.Context, source, destination string) *StringCmd
	LMPop(ctx context.Context, direction string, count int64, keys ...string) *KeyValuesCmd
}

type SetCmdable interface {
	SAdd(ctx context.Context, key string, members ...interface{}) *IntCmd
	SInter(ctx context.Context, keys ...string) *StringSliceCmd
	SUnionStore(ctx context.Context, destination string, keys ...string) *IntCmd
	SMove(ctx context.Context, source, destination string, member interface{}) *BoolCmd
	SInterCard(ctx context.Context, limit int64, keys ...string) *IntCmd
}

type SortedSetCmdable interface {
	ZAdd(ctx context.Context, key string, members ...interface{}) *IntCmd
	ZUnionStore(ctx context.Context, dest string, store *ZStore) *IntCmd
	ZInterStore(ctx context.Context, destination string, store *ZStore) *IntCmd
	ZUnion(ctx context.Context, store ZStore) *StringSliceCmd
	ZMPop(ctx context.Context, order string, count int64, keys ...string) *ZSliceWithKeyCmd
}

type StreamCmdable interface {
	XRead(ctx context.Context, a *XReadArgs) *XStreamSliceCmd
	XReadStreams(ctx context.Context, streams ...string) *XStreamSliceCmd
	XReadGroup(ctx context.Context, a *XReadGroupArgs) *XStreamSliceCmd
}

type ScriptingFunctionsCmdable interface {
	Eval(ctx context.Context, script string, keys []string, args ...interface{}) *Cmd
	EvalSha(ctx context.Context, sha1 string, keys []string, args ...interface{}) *Cmd
	EvalRO(ctx context.Context, script string, keys []string, args ...interface{}) *Cmd
	FCall(ctx context.Context, function string, keys []string, args ...interface{}) *Cmd
}

type HyperLogLogCmdable interface {
	PFCount(ctx context.Context, keys ...string) *IntCmd
	PFMerge(ctx context.Context, dest string, keys ...string) *StatusCmd
}

type BitMapCmdable interface {
	BitOpAnd(ctx context.Context, destKey string, keys ...string) *IntCmd
}

type Cmdable interface {
	Pipeline() Pipeliner
	Pipelined(ctx context.Context, fn func(Pipeliner) error) ([]Cmder, error)
	TxPipelined(ctx context.Context, fn func(Pipeliner) error) ([]Cmder, error)
	TxPipeline() Pipeliner

	Ping(ctx context.Context) *StatusCmd
	Info(ctx context.Context, section ...string) *StringCmd
	FlushDB(ctx context.Context) *StatusCmd
	DBSize(ctx context.Context) *IntCmd
	RandomKey(ctx context.Context) *StringCmd
	PubSubNumSub(ctx context.Context, channels ...string) *MapStringIntCmd
	PubSubChannels(ctx context.Context, pattern string) *StringSliceCmd
	PubSubNumPat(ctx context.Context) *IntCmd

	StringCmdable
	GenericCmdable
	ListCmdable
	SetCmdable
	SortedSetCmdable
	StreamCmdable
	ScriptingFunctionsCmdable
	HyperLogLogCmdable
	BitMapCmdable
}

type StatefulCmdable interface {
	Cmdable
	Select(ctx context.Context, index int) *StatusCmd
	SwapDB(ctx context.Context, index1, index2 int) *StatusCmd
}

type UniversalClient interface {
	Cmdable
	Watch(ctx context.Context, fn func(*Tx) error, keys ...string) error
	Do(ctx context.Context, args ...interface{}) *Cmd
	Close() error
}

// ErrCrossSlot appeared in v9.11.0, with cross-slot TxPipelines refused.
var ErrCrossSlot error

type Pipeliner interface {
	StatefulCmdable
	Len() int
	Do(ctx context.Context, args ...interface{}) *Cmd
	Discard()
	Exec(ctx context.Context) ([]Cmder, error)
}
