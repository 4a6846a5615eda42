// Package wrap is a third-party wrapper of go-redis: it is read from source
// because it imports a client library.
package wrap

import (
	"context"

	"github.com/redis/go-redis/v9"
)

type Wrapper struct {
	rdb *redis.ClusterClient
}

// Rename renames from to to.
func (w *Wrapper) Rename(ctx context.Context, from, to string) error {
	return w.rdb.Rename(ctx, from, to).Err()
}
