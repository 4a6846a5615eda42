package skip

import (
	"context"

	"github.com/redis/go-redis/v9"
)

func f(ctx context.Context) {
	rdb := redis.NewClusterClient(&redis.ClusterOptions{Addrs: []string{"a:6379", "b:6379"}})
	rdb.Keys(ctx, "*")
	rdb.FlushDB(ctx)
	rdb.FlushAll(ctx) // want `FLUSHALL on a cluster client`
	redis.NewUniversalClient(&redis.UniversalOptions{Addrs: []string{"a:6379", "b:6379"}, DB: 1})
}
