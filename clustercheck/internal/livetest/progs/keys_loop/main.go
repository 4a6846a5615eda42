// outcome: MISSING
// twin: keys_loop_ok
// KEYS lists the keys the loop wrote: on a cluster it asks one node.
package main

import (
	"context"
	"fmt"

	"github.com/redislint/redislint/clustercheck/internal/livetest/env"
)

func main() {
	ctx := context.Background()
	rdb := env.GoRedis()
	defer rdb.Close()
	const n = 30
	for i := range n {
		env.Check(rdb.Set(ctx, fmt.Sprintf("item:%d", i), "v", 0).Err())
	}
	keys, err := rdb.Keys(ctx, "item:*").Result()
	env.Check(err)
	env.Count("KEYS item:*", len(keys), n)
	env.OK()
}
