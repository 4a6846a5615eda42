// outcome: SELECT
// twin: nodelocal_valkey_nodes
package main

import (
	"context"

	"github.com/valkey-io/valkey-go"

	"example.com/live/internal/env"
)

func main() {
	ctx := context.Background()
	client, err := valkey.NewClient(valkey.ClientOption{InitAddress: []string{env.Seed(0), env.Seed(1), env.Seed(2)}, SelectDB: 2}) // want nodelocal `^SelectDB 2 makes valkey.NewClient fail on a cluster \(SELECT is not allowed in cluster mode\): a cluster has only database 0 \(on a Valkey 9 cluster with cluster-databases, set -nodelocal.db=false\)$`
	env.Check(err)
	defer client.Close()
	env.Check(client.Do(ctx, client.B().Set().Key("user:1").Value("Ada").Build()).Error())
	env.OK()
}
