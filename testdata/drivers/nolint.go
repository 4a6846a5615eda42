package main

import (
	"context"

	"github.com/redis/go-redis/v9"
)

// silenced shows golangci-lint's //nolint:redislint, which only
// golangci-lint honours: the other drivers report the call.
func silenced(ctx context.Context, rdb *redis.ClusterClient) {
	rdb.Del(ctx, "order:1", "order:2") //nolint:redislint // want `DEL keys "order:1" \(slot \d+\) and "order:2"`
}
