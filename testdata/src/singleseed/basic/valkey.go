package basic

// The valkey-go twins of the rueidis cases.

import (
	"time"

	"github.com/valkey-io/valkey-go"
)

func valkeySentinel() (valkey.Client, error) {
	return valkey.NewClient(valkey.ClientOption{
		InitAddress: []string{"sentinel-0:26379"}, // want `failover client valkey.NewClient knows a single Sentinel`
		Sentinel:    valkey.SentinelOption{MasterSet: "mymaster"},
	})
}

func valkeyClusterExpected() (valkey.Client, error) {
	return valkey.NewClient(valkey.ClientOption{
		InitAddress:   []string{"10.0.0.1:6379"}, // want `cluster client valkey.NewClient has a single seed`
		ClusterOption: valkey.ClusterOption{ShardsRefreshInterval: time.Minute},
	})
}

func valkeyURL() (valkey.Client, error) {
	return valkey.NewClient(valkey.MustParseURL("redis://10.0.0.1:6379"))
}

func valkeyAuto() (valkey.Client, error) {
	return valkey.NewClient(valkey.ClientOption{InitAddress: []string{"10.0.0.1:6379"}})
}

func valkeySingle() (valkey.Client, error) {
	return valkey.NewClient(valkey.ClientOption{InitAddress: []string{"10.0.0.1:6379"}, ForceSingleClient: true, ShuffleInit: true})
}
