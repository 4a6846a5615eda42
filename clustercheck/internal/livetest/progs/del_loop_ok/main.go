// outcome: ok
// del_loop done right: the sessions of a user share its hash tag.
package main

import (
	"context"
	"fmt"

	"github.com/redislint/redislint/clustercheck/internal/livetest/env"
)

func sessionKey(user string, i int) string { return fmt.Sprintf("session:{%s}:%d", user, i) }

func main() {
	ctx := context.Background()
	rdb := env.GoRedis()
	defer rdb.Close()
	var keys []string
	for i := range 4 {
		k := sessionKey("u1", i)
		env.Check(rdb.Set(ctx, k, "v", 0).Err())
		keys = append(keys, k)
	}
	env.Check(rdb.Del(ctx, keys...).Err())
	env.OK()
}
