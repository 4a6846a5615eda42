// outcome: ok
package main

import (
	"context"
	"os"

	"github.com/valkey-io/valkey-go"

	"example.com/live/internal/env"
)

func main() {
	ctx := context.Background()
	// The first seed is down: the client learns the slot map from another.
	client, err := valkey.NewClient(valkey.ClientOption{
		InitAddress: []string{os.Getenv("REDIS_DEAD_ADDR"), env.Seed(1), env.Seed(2)},
		ShuffleInit: true,
	})
	env.Check(err)
	defer client.Close()
	env.Check(client.Do(ctx, client.B().Set().Key("user:1").Value("Ada").Build()).Error())
	env.OK()
}
