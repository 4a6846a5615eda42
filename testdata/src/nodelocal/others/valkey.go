package others

// The valkey-go twins of the rueidis cases.

import "github.com/valkey-io/valkey-go"

func valkeyCluster() {
	client, _ := valkey.NewClient(valkey.ClientOption{InitAddress: seeds})
	client.Do(ctx, client.B().Keys().Pattern("*").Build()) // want `^KEYS on a cluster client lists the keys of one node only: use Client.Nodes\(\) and SCAN on each node$`
	client.Do(ctx, client.B().Dbsize().Build())            // want `DBSIZE on a cluster client counts the keys of one node only: sum it over the masters with Client.Nodes\(\)`
	client.Do(ctx, client.B().Get().Key("k").Build())
	for _, n := range client.Nodes() {
		n.Do(ctx, n.B().Flushall().Build())
	}
	valkey.NewClient(valkey.ClientOption{InitAddress: seeds, SelectDB: 1}) // want `^SelectDB 1 makes valkey.NewClient fail on a cluster \(SELECT is not allowed in cluster mode\): a cluster has only database 0 \(on a Valkey 9 cluster with cluster-databases, set -nodelocal.db=false\)$`
}

// valkey-go with one address, like rueidis, is a cluster client when that
// node is a cluster node: hedged.
func valkeyUnknown(param valkey.Client) {
	client, _ := valkey.NewClient(valkey.ClientOption{InitAddress: []string{"10.0.0.1:6379"}})
	client.Do(ctx, client.B().Keys().Pattern("*").Build()) // want `^KEYS lists the keys of one node only if the client valkey.NewClient builds is a cluster client: use Client.Nodes\(\) and SCAN on each node$`
	param.Do(ctx, param.B().Flushall().Build())            // want `^FLUSHALL empties one node only if this valkey.Client is a cluster client: run it on every master with Client.Nodes\(\)$`
	valkey.NewClient(valkey.ClientOption{InitAddress: []string{"10.0.0.1:6379"}, SelectDB: 1})
}
