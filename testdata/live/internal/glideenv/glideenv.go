// Package glideenv builds valkey-glide configurations from the environment
// the live programs run in (a package of its own, so that only the GLIDE
// programs link GLIDE's native library).
package glideenv

import (
	"net"
	"strconv"

	"github.com/valkey-io/valkey-glide/go/v2/config"

	"example.com/live/internal/env"
)

// Addr is the NodeAddress of "host:port".
func Addr(hostport string) *config.NodeAddress {
	host, port, err := net.SplitHostPort(hostport)
	env.Check(err)
	p, err := strconv.Atoi(port)
	env.Check(err)
	return &config.NodeAddress{Host: host, Port: p}
}

// Cluster is a cluster configuration with every master as a seed.
func Cluster() *config.ClusterClientConfiguration {
	cfg := config.NewClusterClientConfiguration()
	for _, s := range env.Seeds() {
		cfg = cfg.WithAddress(Addr(s))
	}
	return cfg
}
