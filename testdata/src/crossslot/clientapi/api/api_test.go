package api

import (
	"context"
	"testing"
)

// The package's tests use its API on whatever client they build.
func TestWarm(t *testing.T) {
	ctx := context.Background()
	r := New(nil)
	r.ExistsCtx(ctx, "user:1", "user:2")
	r.c.MGet(ctx, "user:1", "user:2")
}
