// Package use calls the client API of package api: its keys are compared
// where it writes them.
package use

import (
	"context"

	"github.com/redis/go-redis/v9"

	"crossslot/clientapi/api"
)

func Use(ctx context.Context, c redis.UniversalClient) {
	api.New(c).ExistsCtx(ctx, "user:1", "user:2") // want `^EXISTS \(through \(\*api.Redis\).ExistsCtx\) keys "user:1" \(slot 10778\) and "user:2" \(slot 6777\)`
}
