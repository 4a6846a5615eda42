package few

import (
	"context"
	"testing"
)

// The package's tests use its API on whatever client they build.
func TestWarm(t *testing.T) {
	ctx := context.Background()
	r := New(nil)
	r.ExistsCtx(ctx, "user:1", "user:2") // want `^EXISTS \(through \(\*few.Redis\).ExistsCtx\) keys "user:1"`
	r.c.MGet(ctx, "user:1", "user:2")    // want `^MGET keys "user:1" \(slot 10778\) and "user:2" \(slot 6777\)`
}
