// outcome: ok
// rueidis_mget_loop done right: the rueidis.MGet helper groups the keys by
// slot.
package main

import (
	"context"
	"fmt"

	"github.com/redis/rueidis"

	"github.com/redislint/redislint/clustercheck/internal/livetest/env"
)

func main() {
	ctx := context.Background()
	client := env.Rueidis()
	defer client.Close()
	var keys []string
	for i := range 3 {
		keys = append(keys, fmt.Sprintf("cart:%d", i))
	}
	_, err := rueidis.MGet(client, ctx, keys)
	env.Check(err)
	env.OK()
}
