package api_test

import (
	"context"
	"testing"

	"crossslot/clientapi/api"
)

// An external test package of the client API uses it as its own tests do.
func TestExternal(t *testing.T) {
	ctx := context.Background()
	r := api.New(nil)
	r.ExistsCtx(ctx, "user:1", "user:2")
	r.Del(ctx, "user:1", "user:2")
}
