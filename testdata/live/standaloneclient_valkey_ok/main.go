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
	// Without ForceSingleClient, valkey-go finds out that the node is part of a cluster.
	client, err := valkey.NewClient(valkey.ClientOption{InitAddress: []string{os.Getenv("REDIS_CLUSTER_ADDR")}})
	env.Check(err)
	defer client.Close()
	for _, key := range env.Items(30) {
		env.Check(client.Do(ctx, client.B().Set().Key(key).Value("v").Build()).Error())
	}
	env.OK()
}
