// Package txwrap runs a caller's callback on a TxPipeline of a cluster
// client, as services wrap transactions.
package txwrap

import (
	"context"

	"github.com/redis/go-redis/v9"
)

// Tx runs fn on a TxPipeline of rdb, then executes it.
func Tx(ctx context.Context, rdb *redis.ClusterClient, fn func(p redis.Pipeliner) error) error {
	p := rdb.TxPipeline()
	if err := fn(p); err != nil {
		return err
	}
	_, err := p.Exec(ctx)
	return err
}
