// Package typeerrors does not compile: the tool must say so, not crash.
package typeerrors

import (
	"context"

	"github.com/redis/go-redis/v9"
)

func broken(ctx context.Context, c *redis.ClusterClient) {
	c.MGet(ctx, undefinedKey, "bar")
	c.MGet(ctx, 1, 2)
	c.Rename(ctx, "foo")
	c.Eval(ctx, "return 1", []string{"a", nope}...)
	c.NoSuchMethod(ctx, "a", "b")
	var x = c.MSet(ctx, map[string]interface{}{"a": 1, "b": missing})
	_ = x
}
