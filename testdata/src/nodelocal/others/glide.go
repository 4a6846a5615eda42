package others

// valkey-glide: its cluster client runs KEYS, DBSIZE, FLUSHALL, FLUSHDB and
// RANDOMKEY on every master (measured), but SCAN on one node, and SELECT
// fails.

import (
	glide "github.com/valkey-io/valkey-glide/go/v2"
	"github.com/valkey-io/valkey-glide/go/v2/config"
)

func glideCluster() {
	client, _ := glide.NewClusterClient(config.NewClusterClientConfiguration().WithAddress(&config.NodeAddress{Host: "10.0.0.1"}))
	client.CustomCommand(ctx, []string{"SCAN", "0"}) // want `^SCAN on a cluster client iterates the keys of one node only: use ClusterClient.Scan with a models.ClusterScanCursor$`
	client.Select(ctx, 2)                            // want `^SELECT on a cluster client fails with "ERR SELECT is not allowed in cluster mode": a cluster has only database 0$`
	client.CustomCommand(ctx, []string{"KEYS", "*"})
	client.CustomCommand(ctx, []string{"FLUSHALL"})
	client.CustomCommand(ctx, []string{"DBSIZE"})

	single, _ := glide.NewClient(config.NewClientConfiguration().WithAddress(&config.NodeAddress{Host: "10.0.0.1"}))
	single.CustomCommand(ctx, []string{"SCAN", "0"})
	single.Select(ctx, 2)
}
