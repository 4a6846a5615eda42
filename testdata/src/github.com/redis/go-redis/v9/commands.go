package redis

import (
	"context"
	"time"
)

func (c cmdable) Get(ctx context.Context, key string) *StringCmd { return nil }
func (c cmdable) Set(ctx context.Context, key string, value interface{}, expiration time.Duration) *StatusCmd {
	return nil
}
func (c cmdable) MGet(ctx context.Context, keys ...string) *SliceCmd         { return nil }
func (c cmdable) MSet(ctx context.Context, values ...interface{}) *StatusCmd { return nil }
func (c cmdable) MSetNX(ctx context.Context, values ...interface{}) *BoolCmd { return nil }
func (c cmdable) LCS(ctx context.Context, q *LCSQuery) *LCSCmd               { return nil }
func (c cmdable) Del(ctx context.Context, keys ...string) *IntCmd            { return nil }
func (c cmdable) Exists(ctx context.Context, keys ...string) *IntCmd         { return nil }
func (c cmdable) Unlink(ctx context.Context, keys ...string) *IntCmd         { return nil }
func (c cmdable) Rename(ctx context.Context, key, newkey string) *StatusCmd  { return nil }
func (c cmdable) RenameNX(ctx context.Context, key, newkey string) *BoolCmd  { return nil }
func (c cmdable) Keys(ctx context.Context, pattern string) *StringSliceCmd   { return nil }
func (c cmdable) Expire(ctx context.Context, key string, expiration time.Duration) *BoolCmd {
	return nil
}
func (c cmdable) Copy(ctx context.Context, sourceKey string, destKey string, db int, replace bool) *IntCmd {
	return nil
}
func (c cmdable) Scan(ctx context.Context, cursor uint64, match string, count int64) *ScanCmd {
	return nil
}
func (c cmdable) LPush(ctx context.Context, key string, values ...interface{}) *IntCmd { return nil }
func (c cmdable) BLPop(ctx context.Context, timeout time.Duration, keys ...string) *StringSliceCmd {
	return nil
}
func (c cmdable) LMove(ctx context.Context, source, destination, srcpos, destpos string) *StringCmd {
	return nil
}
func (c cmdable) RPopLPush(ctx context.Context, source, destination string) *StringCmd { return nil }
func (c cmdable) LMPop(ctx context.Context, direction string, count int64, keys ...string) *KeyValuesCmd {
	return nil
}
func (c cmdable) SAdd(ctx context.Context, key string, members ...interface{}) *IntCmd { return nil }
func (c cmdable) SInter(ctx context.Context, keys ...string) *StringSliceCmd           { return nil }
func (c cmdable) SUnionStore(ctx context.Context, destination string, keys ...string) *IntCmd {
	return nil
}
func (c cmdable) SMove(ctx context.Context, source, destination string, member interface{}) *BoolCmd {
	return nil
}
func (c cmdable) SInterCard(ctx context.Context, limit int64, keys ...string) *IntCmd  { return nil }
func (c cmdable) ZAdd(ctx context.Context, key string, members ...interface{}) *IntCmd { return nil }
func (c cmdable) ZUnionStore(ctx context.Context, dest string, store *ZStore) *IntCmd  { return nil }
func (c cmdable) ZInterStore(ctx context.Context, destination string, store *ZStore) *IntCmd {
	return nil
}
func (c cmdable) ZUnion(ctx context.Context, store ZStore) *StringSliceCmd { return nil }
func (c cmdable) ZMPop(ctx context.Context, order string, count int64, keys ...string) *ZSliceWithKeyCmd {
	return nil
}
func (c cmdable) XRead(ctx context.Context, a *XReadArgs) *XStreamSliceCmd             { return nil }
func (c cmdable) XReadStreams(ctx context.Context, streams ...string) *XStreamSliceCmd { return nil }
func (c cmdable) XReadGroup(ctx context.Context, a *XReadGroupArgs) *XStreamSliceCmd   { return nil }
func (c cmdable) Eval(ctx context.Context, script string, keys []string, args ...interface{}) *Cmd {
	return nil
}
func (c cmdable) EvalSha(ctx context.Context, sha1 string, keys []string, args ...interface{}) *Cmd {
	return nil
}
func (c cmdable) EvalRO(ctx context.Context, script string, keys []string, args ...interface{}) *Cmd {
	return nil
}
func (c cmdable) FCall(ctx context.Context, function string, keys []string, args ...interface{}) *Cmd {
	return nil
}
func (c cmdable) PFCount(ctx context.Context, keys ...string) *IntCmd                 { return nil }
func (c cmdable) PFMerge(ctx context.Context, dest string, keys ...string) *StatusCmd { return nil }
func (c cmdable) BitOpAnd(ctx context.Context, destKey string, keys ...string) *IntCmd {
	return nil
}
func (c cmdable) Ping(ctx context.Context) *StatusCmd      { return nil }
func (c cmdable) FlushDB(ctx context.Context) *StatusCmd   { return nil }
func (c cmdable) DBSize(ctx context.Context) *IntCmd       { return nil }
func (c cmdable) RandomKey(ctx context.Context) *StringCmd { return nil }

func (c statefulCmdable) Select(ctx context.Context, index int) *StatusCmd { return nil }
func (c statefulCmdable) SwapDB(ctx context.Context, index1, index2 int) *StatusCmd {
	return nil
}

func (c cmdable) Incr(ctx context.Context, key string) *IntCmd { return nil }

func (c *SliceCmd) Result() ([]interface{}, error) { return nil, nil }
func (c *StringCmd) Result() (string, error)       { return "", nil }

type Scripter interface {
	Eval(ctx context.Context, script string, keys []string, args ...interface{}) *Cmd
	EvalSha(ctx context.Context, sha1 string, keys []string, args ...interface{}) *Cmd
}

type Script struct{ src string }

func NewScript(src string) *Script { return &Script{src: src} }

func (s *Script) Run(ctx context.Context, c Scripter, keys []string, args ...interface{}) *Cmd {
	return nil
}
func (s *Script) Eval(ctx context.Context, c Scripter, keys []string, args ...interface{}) *Cmd {
	return nil
}
