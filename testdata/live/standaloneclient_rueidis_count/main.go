// outcome: MOVED
// twin: standaloneclient_rueidis_ok
package main

import (
	"context"

	"github.com/redis/rueidis"

	"example.com/live/internal/env"
)

func main() {
	ctx := context.Background()
	addrs := []string{env.Endpoint()}
	// One address taken for one node: rueidis would have found the cluster.
	client, err := rueidis.NewClient(rueidis.ClientOption{
		InitAddress:       addrs,
		ForceSingleClient: len(addrs) == 1, // want standaloneclient `^with one address, as a cluster's configuration endpoint gives, rueidis.NewClient builds a single-node client \(ForceSingleClient: len\(addrs\) == 1 is true\)`
	})
	env.Check(err)
	defer client.Close()
	for _, key := range env.Items(30) {
		env.Check(client.Do(ctx, client.B().Set().Key(key).Value("v").Build()).Error())
	}
	env.OK()
}
