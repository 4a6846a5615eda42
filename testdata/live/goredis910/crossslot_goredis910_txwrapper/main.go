// outcome: NOTATOMIC
// fixed: EXECABORT
// twin: crossslot_goredis910_txwrapper_ok
// crossslot_goredis910_tx through a transaction wrapper of another
// package: go-redis v9.10.0 sends it as one MULTI/EXEC per slot.
package main

import (
	"context"

	"github.com/redis/go-redis/v9"

	"example.com/live910/internal/env"
	"example.com/live910/internal/txwrap"
)

// Both keys are constants, so that the hash-tag fix moves them together.
const (
	status = "order:8:status"
	total  = "order:8:total"
)

func main() {
	ctx := context.Background()
	rdb := redis.NewClusterClient(&redis.ClusterOptions{Addrs: env.Seeds()})
	env.Check(rdb.Del(ctx, status).Err())
	err := txwrap.Tx(ctx, rdb, func(p redis.Pipeliner) error {
		p.Set(ctx, status, "paid", 0) // want crossslot `^transaction keys "order:8:status" \(SET, slot \d+\) and "order:8:total" \(SET, slot \d+\) hash to different slots: go-redis v9.10.0 sends it as one MULTI/EXEC per slot on a cluster: the transaction is silently not atomic$`
		p.Set(ctx, total, "42", 0)
		p.Do(ctx, "SET", total) // wrong number of arguments: refused while queued
		return nil
	})
	n, e := rdb.Exists(ctx, status).Result()
	env.Check(e)
	env.NotAtomic("the transaction", n)
	env.Check(err)
	env.OK()
}
