// outcome: CROSSSLOT
// twin: rueidis_mget_loop_ok
// rueidis: one MGET over keys from a loop. (rueidis' cluster client
// refuses it itself, before sending: it panics.)
package main

import (
	"context"
	"fmt"

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
	env.Check(client.Do(ctx, client.B().Mget().Key(keys...).Build()).Error())
	env.OK()
}
