// Package cgo mixes cgo and Redis.
package cgo

/*
static int answer(void) { return 42; }
*/
import "C"

import (
	"context"

	"github.com/redis/go-redis/v9"
)

func use(ctx context.Context, c *redis.ClusterClient) int {
	c.MGet(ctx, "foo", "bar")
	return int(C.answer())
}
