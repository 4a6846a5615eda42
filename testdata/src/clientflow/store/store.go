// Package store builds clients for other packages: its functions carry
// facts with the kinds they return.
package store

import (
	"strings"

	"github.com/redis/go-redis/v9"
)

type Config struct {
	Addrs string
}

// NewStore picks the kind at run time: one address is a single node.
func NewStore(cfg Config) redis.UniversalClient { // want NewStore:`returns single\|cluster client`
	return redis.NewUniversalClient(&redis.UniversalOptions{Addrs: strings.Split(cfg.Addrs, ",")})
}

// NewCluster always builds a cluster client.
func NewCluster(cfg Config) redis.UniversalClient { // want NewCluster:`returns cluster client`
	return redis.NewClusterClient(&redis.ClusterOptions{Addrs: strings.Split(cfg.Addrs, ",")})
}

// NewNode always builds a single-node client.
func NewNode(addr string) redis.UniversalClient { // want NewNode:`returns single client`
	return redis.NewClient(&redis.Options{Addr: addr})
}

// Wrap returns what it is given: nothing is known.
func Wrap(c redis.UniversalClient) redis.UniversalClient { return c }
