// outcome: MOVED
// twin: standaloneclient_valkey_ok
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
		InitAddress:       []string{os.Getenv("REDIS_CLUSTER_ADDR")}, // want standaloneclient `valkey.NewClient with ForceSingleClient builds a single-node client, but the address comes from environment variable "REDIS_CLUSTER_ADDR"`
		ForceSingleClient: true,
	})
	env.Check(err)
	defer client.Close()
	for _, key := range env.Items(30) {
		env.Check(client.Do(ctx, client.B().Set().Key(key).Value("v").Build()).Error())
	}
	env.OK()
}
