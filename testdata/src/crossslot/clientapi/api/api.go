// Package api re-exports ten commands of go-redis under their own names,
// as go-zero's redis package does: a client API. In its tests, only what
// is provable is reported; its callers' keys are compared where they write
// them (package use).
package api

import (
	"context"

	"github.com/redis/go-redis/v9"
)

type Redis struct {
	c redis.UniversalClient
}

func New(c redis.UniversalClient) *Redis { return &Redis{c: c} }

func (r *Redis) Del(ctx context.Context, keys ...string) { r.c.Del(ctx, keys...) }

func (r *Redis) ExistsCtx(ctx context.Context, keys ...string) { r.c.Exists(ctx, keys...) }

func (r *Redis) Mget(ctx context.Context, keys ...string) { r.c.MGet(ctx, keys...) }

func (r *Redis) Unlink(ctx context.Context, keys ...string) { r.c.Unlink(ctx, keys...) }

func (r *Redis) Sinter(ctx context.Context, keys ...string) { r.c.SInter(ctx, keys...) }

func (r *Redis) SunionstoreCtx(ctx context.Context, dest string, keys ...string) {
	r.c.SUnionStore(ctx, dest, keys...)
}

func (r *Redis) Pfcount(ctx context.Context, keys ...string) { r.c.PFCount(ctx, keys...) }

func (r *Redis) Pfmerge(ctx context.Context, dest string, keys ...string) {
	r.c.PFMerge(ctx, dest, keys...)
}

func (r *Redis) Rename(ctx context.Context, key, newKey string) { r.c.Rename(ctx, key, newKey) }

func (r *Redis) BitOpAnd(ctx context.Context, dest string, keys ...string) {
	r.c.BitOpAnd(ctx, dest, keys...)
}

// Named for what it does: a finding of -crossslot.keylists, the package's
// own code.
func (r *Redis) Purge(ctx context.Context, keys ...string) {
	r.c.Del(ctx, keys...) // want `^DEL of the caller.s key list keys \(Purge is exported\)`
}

// The package's own code uses its API as any caller would.
func Refresh(ctx context.Context, r *Redis) {
	r.ExistsCtx(ctx, "user:1", "user:2") // want `^EXISTS \(through \(\*api.Redis\).ExistsCtx\) keys "user:1"`
}

// On a cluster client: provable, reported.
func Cluster(ctx context.Context) {
	c := redis.NewClusterClient(&redis.ClusterOptions{Addrs: []string{"10.0.0.1:7000"}})
	c.MGet(ctx, "user:1", "user:2") // want `^MGET keys "user:1" \(slot 10778\) and "user:2" \(slot 6777\) hash to different slots`
}
