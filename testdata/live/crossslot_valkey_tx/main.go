// outcome: PANIC
// fixed: ok
// twin: crossslot_valkey_tx_ok
package main

import (
	"context"

	"github.com/valkey-io/valkey-go"

	"example.com/live/internal/env"
)

func main() {
	ctx := context.Background()
	client, err := valkey.NewClient(valkey.ClientOption{InitAddress: env.Seeds()})
	env.Check(err)
	defer client.Close()
	for _, r := range client.DoMulti(ctx,
		client.B().Multi().Build(),
		client.B().Set().Key("order:7:status").Value("paid").Build(), // want crossslot `transaction keys "order:7:status" \(SET, slot 9182\) and "order:7:total" \(SET, slot 6433\)`
		client.B().Set().Key("order:7:total").Value("42").Build(),
		client.B().Exec().Build(),
	) {
		env.Check(r.Error())
	}
	env.OK()
}
