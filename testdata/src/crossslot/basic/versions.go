package basic

// Before v9.11 (v8 here, whose stub has no ErrCrossSlot), go-redis sends a
// cross-slot transaction as one MULTI/EXEC per slot: no error, not atomic.

import (
	"context"

	v8 "github.com/go-redis/redis/v8"
)

func txV8(ctx context.Context) {
	rdb := v8.NewClusterClient(&v8.ClusterOptions{Addrs: []string{"a:1", "b:1"}})
	rdb.TxPipelined(ctx, func(p v8.Pipeliner) error {
		p.Set(ctx, "foo", "1", 0) // want `^transaction keys "foo" \(SET, slot 12182\) and "bar" \(SET, slot 5061\) hash to different slots: go-redis before v9.11.0 sends it as one MULTI/EXEC per slot on a cluster: the transaction is silently not atomic$`
		p.Set(ctx, "bar", "2", 0)
		return nil
	})
	rdb.TxPipelined(ctx, func(p v8.Pipeliner) error {
		p.Set(ctx, "{u}foo", "1", 0)
		p.Set(ctx, "{u}bar", "2", 0)
		return nil
	})
}
