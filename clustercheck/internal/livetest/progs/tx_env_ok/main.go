// outcome: ok
// env: ORDER_KEYS={order:7}:status,{order:7}:total
// tx_env done right: the keys in the environment share a hash tag.
package main

import (
	"context"
	"os"
	"strings"

	"github.com/redis/go-redis/v9"

	"github.com/redislint/redislint/clustercheck/internal/livetest/env"
)

func main() {
	ctx := context.Background()
	rdb := env.GoRedis()
	defer rdb.Close()
	_, err := rdb.TxPipelined(ctx, func(pipe redis.Pipeliner) error {
		for _, k := range strings.Split(os.Getenv("ORDER_KEYS"), ",") {
			pipe.Set(ctx, k, "v", 0)
		}
		return nil
	})
	env.Check(err)
	env.OK()
}
