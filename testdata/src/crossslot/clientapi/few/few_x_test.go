package few_test

import (
	"context"
	"testing"

	"crossslot/clientapi/few"
)

// Nine mirrors are no client API: its external tests are reported too.
func TestExternal(t *testing.T) {
	ctx := context.Background()
	few.New(nil).ExistsCtx(ctx, "user:1", "user:2") // want `^EXISTS \(through \(\*few.Redis\).ExistsCtx\) keys "user:1" \(slot 10778\) and "user:2" \(slot 6777\)`
}
