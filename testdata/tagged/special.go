//go:build special

package tagged

import (
	"context"

	"github.com/redis/go-redis/v9"
)

func both(ctx context.Context) {
	rdb := redis.NewClusterClient(&redis.ClusterOptions{Addrs: Seeds})
	rdb.MGet(ctx, "special:a", "special:b")
}
