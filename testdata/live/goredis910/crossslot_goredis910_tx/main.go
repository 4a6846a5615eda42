// outcome: NOTATOMIC
// fixed: EXECABORT
// twin: crossslot_goredis910_tx_ok
// go-redis v9.10.0 sends a transaction with keys of two slots as one
// MULTI/EXEC per slot: when the part of one slot is discarded (a command
// refused while queued: EXECABORT), the part of the other slot is applied.
// (With go-redis v9.11+ the same program fails with CROSSSLOT, nothing
// sent; with both keys in one slot, the whole transaction is discarded.)
package main

import (
	"context"

	"github.com/redis/go-redis/v9"

	"example.com/live910/internal/env"
)

// Both keys are constants, so that the hash-tag fix moves them together.
const (
	status = "order:7:status"
	total  = "order:7:total"
)

func main() {
	ctx := context.Background()
	rdb := redis.NewClusterClient(&redis.ClusterOptions{Addrs: env.Seeds()})
	env.Check(rdb.Del(ctx, status).Err())
	_, err := rdb.TxPipelined(ctx, func(p redis.Pipeliner) error {
		p.Set(ctx, status, "paid", 0) // want crossslot `^transaction keys "order:7:status" \(SET, slot 9182\) and "order:7:total" \(SET, slot 6433\) hash to different slots: go-redis v9.10.0 sends it as one MULTI/EXEC per slot on a cluster: the transaction is silently not atomic$`
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
