// Package few sends nine commands from exported functions named for them:
// a store with a few mirrors, not a client API. What may be a cluster
// client is reported there, and the caller's key lists of its functions
// named for what they do.
package few

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

// Named for what it does: elsewhere a finding of -crossslot.keylists.
func (r *Redis) Purge(ctx context.Context, keys ...string) {
	r.c.Del(ctx, keys...) // want `^DEL of the caller.s key list keys \(Purge is exported\)`
}

// The package's own code uses its API as any caller would.
func Refresh(ctx context.Context, r *Redis) {
	r.ExistsCtx(ctx, "user:1", "user:2") // want `^EXISTS \(through \(\*few.Redis\).ExistsCtx\) keys "user:1"`
}

// On a cluster client: provable, reported.
func Cluster(ctx context.Context) {
	c := redis.NewClusterClient(&redis.ClusterOptions{Addrs: []string{"10.0.0.1:7000"}})
	c.MGet(ctx, "user:1", "user:2") // want `^MGET keys "user:1" \(slot 10778\) and "user:2" \(slot 6777\) hash to different slots`
}
