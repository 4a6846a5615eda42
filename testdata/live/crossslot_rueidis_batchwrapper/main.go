// outcome: PANIC
// fixed: ok
// twin: crossslot_rueidis_batchwrapper_ok
package main

import (
	"context"

	"github.com/redis/rueidis"

	"example.com/live/internal/env"
	"example.com/live/internal/txwrap"
)

func main() {
	ctx := context.Background()
	client, err := rueidis.NewClient(rueidis.ClientOption{InitAddress: env.Seeds()})
	env.Check(err)
	defer client.Close()
	env.Check(txwrap.Batch(ctx, client, func() rueidis.Commands {
		return rueidis.Commands{
			client.B().Set().Key("order:7:status").Value("paid").Build(), // want crossslot `transaction keys "order:7:status" \(SET, slot 9182\) and "order:7:total" \(SET, slot 6433\) hash to different slots: rueidis panics`
			client.B().Set().Key("order:7:total").Value("42").Build(),
		}
	}))
	env.OK()
}
