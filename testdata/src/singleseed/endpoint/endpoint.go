// Package endpoint: seeds from settings that name a configuration
// endpoint, and the seed of a per-node tool.
package endpoint

import (
	"os"

	redigo "github.com/gomodule/redigo/redis"
	"github.com/mna/redisc"
	"github.com/redis/go-redis/v9"
)

type Config struct {
	ConfigurationEndpoint string
	Seed                  string
}

// A configuration endpoint resolves to every node: fine.
func fromEndpointSetting() redis.UniversalClient {
	return redis.NewUniversalClient(&redis.UniversalOptions{Addrs: []string{os.Getenv("REDIS_CONFIGURATION_ENDPOINT")}, IsClusterMode: true})
}

func fromEndpointField(cfg Config) *redis.ClusterClient {
	return redis.NewClusterClient(&redis.ClusterOptions{Addrs: []string{cfg.ConfigurationEndpoint}})
}

func fromEndpointVariable() *redis.ClusterClient {
	configEndpoint := os.Getenv("REDIS_HOST")
	return redis.NewClusterClient(&redis.ClusterOptions{Addrs: []string{configEndpoint}})
}

// Twins: a seed whose name says nothing is reported, hedged.
func fromSeedField(cfg Config) *redis.ClusterClient {
	return redis.NewClusterClient(&redis.ClusterOptions{Addrs: []string{cfg.Seed}}) // want `has a single seed \(unless cfg.Seed resolves to every node\)`
}

func fromSeedSetting() *redis.ClusterClient {
	return redis.NewClusterClient(&redis.ClusterOptions{Addrs: []string{os.Getenv("REDIS_SEED")}}) // want `has a single seed`
}

// A per-node tool (an exporter) talks to exactly the node it was given:
// it dials that node alone too, so a second seed would not keep it
// working when that node is down. Not reported.
func scrape(node string) {
	c, _ := redigo.Dial("tcp", node)
	defer c.Close()
	cluster := &redisc.Cluster{StartupNodes: []string{node}}
	defer cluster.Close()
}

// Twin: the same shape without the single-node connection is reported.
func connect(node string) *redisc.Cluster {
	return &redisc.Cluster{StartupNodes: []string{node}} // want `cluster client redisc.Cluster has a single seed \(unless node resolves to every node\)`
}
