// outcome: CROSSSLOT
// twin: crossslot_goredis_namedtx_ok
package main

import (
	"context"

	"github.com/redis/go-redis/v9"

	"example.com/live/internal/env"
)

var ctx = context.Background()

// queueRoom is the transaction's callback, given by name.
func queueRoom(p redis.Pipeliner) error {
	p.Set(ctx, "room:topic", "go", 0)
	p.Set(ctx, "room:owner", "ada", 0)
	return nil
}

func main() {
	rdb := redis.NewClusterClient(&redis.ClusterOptions{Addrs: env.Seeds()})
	_, err := rdb.TxPipelined(ctx, queueRoom) // want crossslot `transaction keys "room:topic" \(SET, slot 10589\) and "room:owner" \(SET, slot 131\) hash to different slots: the whole transaction fails with CROSSSLOT on a cluster`
	env.Check(err)
	env.OK()
}
