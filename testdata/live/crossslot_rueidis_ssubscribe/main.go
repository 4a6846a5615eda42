// outcome: PANIC
// fixed: ok
// rueidis compares the slots of shard channels as it builds SSUBSCRIBE,
// and panics.
package main

import (
	"context"
	"time"

	"github.com/redis/rueidis"

	"example.com/live/internal/env"
)

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	client, err := rueidis.NewClient(rueidis.ClientOption{InitAddress: []string{env.Seed(0), env.Seed(1), env.Seed(2)}})
	env.Check(err)
	defer client.Close()
	sub := client.B().Ssubscribe().Channel("orders:eu", "orders:us").Build() // want crossslot `SSUBSCRIBE channels "orders:eu" \(slot \d+\) and "orders:us" \(slot \d+\) hash to different slots: rueidis panics on a cluster client`
	err = client.Receive(ctx, sub, func(rueidis.PubSubMessage) {})
	if err != nil && err != context.DeadlineExceeded {
		env.Check(err)
	}
	env.OK()
}
