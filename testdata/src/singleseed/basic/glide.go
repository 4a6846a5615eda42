package basic

// valkey-glide: the seeds are the WithAddress calls of the configuration.

import (
	"os"

	glide "github.com/valkey-io/valkey-glide/go/v2"
	"github.com/valkey-io/valkey-glide/go/v2/config"
)

func glideOneSeed() (*glide.ClusterClient, error) {
	return glide.NewClusterClient(config.NewClusterClientConfiguration().WithAddress(&config.NodeAddress{Host: "10.0.0.1", Port: 6379})) // want `^cluster client glide.NewClusterClient has a single seed: if it is down when the client starts, the client never learns the slot map; list more seeds \(every master is best\)$`
}

func glideOneSeedVar() (*glide.ClusterClient, error) {
	cfg := config.NewClusterClientConfiguration().
		WithUseTLS(false).
		WithAddress(&config.NodeAddress{Host: os.Getenv("REDIS_HOST"), Port: 6379})
	return glide.NewClusterClient(cfg) // want `cluster client glide.NewClusterClient has a single seed \(unless os.Getenv\("REDIS_HOST"\) resolves to every node\)`
}

func glideDefaultHost() (*glide.ClusterClient, error) {
	return glide.NewClusterClient(config.NewClusterClientConfiguration().WithAddress(&config.NodeAddress{Port: 7000})) // want `cluster client glide.NewClusterClient has a single seed:`
}

func glideTwoSeeds() (*glide.ClusterClient, error) {
	return glide.NewClusterClient(config.NewClusterClientConfiguration().
		WithAddress(&config.NodeAddress{Host: "10.0.0.1"}).
		WithAddress(&config.NodeAddress{Host: "10.0.0.2"}))
}

func glideLoop(hosts []string) (*glide.ClusterClient, error) {
	cfg := config.NewClusterClientConfiguration()
	for _, h := range hosts {
		cfg = cfg.WithAddress(&config.NodeAddress{Host: h})
	}
	return glide.NewClusterClient(cfg)
}

func glideStandalone() (*glide.Client, error) {
	return glide.NewClient(config.NewClientConfiguration().WithAddress(&config.NodeAddress{Host: "10.0.0.1"}))
}

func glideAddr(host string) *config.NodeAddress { return &config.NodeAddress{Host: host} }

func glideMadeAddr() (*glide.ClusterClient, error) {
	return glide.NewClusterClient(config.NewClusterClientConfiguration().WithAddress(glideAddr("10.0.0.1"))) // want `cluster client glide.NewClusterClient has a single seed \(unless glideAddr\("10.0.0.1"\) resolves to every node\)`
}
