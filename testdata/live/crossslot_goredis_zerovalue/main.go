// outcome: CROSSSLOT
// twin: crossslot_goredis_zerovalue_ok
package main

import (
	"context"

	"github.com/redis/go-redis/v9"

	"example.com/live/internal/env"
)

// publish writes a stream entry and, when the caller asks for one, a
// result key: unset, the result key stays "" (slot 0), beside a tagged key.
func publish(ctx context.Context, rdb *redis.ClusterClient, ch, result string) error {
	var rk string
	if result != "" {
		rk = "{" + ch + "}:result:" + result
	}
	_, err := rdb.TxPipelined(ctx, func(p redis.Pipeliner) error {
		p.Set(ctx, "{"+ch+"}:last", "v", 0) // want crossslot `transaction keys "\{" \+ ch \+ "\}:last" \(SET\) and "" \(SET, slot 0\) do not share a hash tag`
		p.Set(ctx, rk, "r", 0)
		return nil
	})
	return err
}

func main() {
	ctx := context.Background()
	rdb := redis.NewClusterClient(&redis.ClusterOptions{Addrs: env.Seeds()})
	env.Check(publish(ctx, rdb, "news", ""))
	env.OK()
}
