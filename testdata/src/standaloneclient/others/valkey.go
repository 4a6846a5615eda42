package others

// The valkey-go twins of the rueidis cases.

import "github.com/valkey-io/valkey-go"

func valkeyForcedSingle() (valkey.Client, error) {
	return valkey.NewClient(valkey.ClientOption{
		InitAddress:       []string{"redis-cluster:6379"}, // want `^valkey.NewClient with ForceSingleClient builds a single-node client, but host "redis-cluster" names a cluster: drop ForceSingleClient: valkey-go then discovers the cluster$`
		ForceSingleClient: true,
	})
}

func valkeyAutoDetect() (valkey.Client, error) {
	return valkey.NewClient(valkey.ClientOption{InitAddress: []string{"redis-cluster:6379"}})
}
