// outcome: NOSEED
// twin: singleseed_valkey_ok
package main

import (
	"context"
	"os"

	"github.com/valkey-io/valkey-go"

	"example.com/live/internal/env"
)

func main() {
	ctx := context.Background()
	client, err := valkey.NewClient(valkey.ClientOption{
		InitAddress: []string{os.Getenv("REDIS_DEAD_ADDR")}, // want singleseed `cluster client valkey.NewClient has a single seed \(unless os.Getenv\("REDIS_DEAD_ADDR"\) resolves to every node\)`
		ShuffleInit: true,
	})
	env.Check(err)
	defer client.Close()
	env.Check(client.Do(ctx, client.B().Set().Key("user:1").Value("Ada").Build()).Error())
	env.OK()
}
