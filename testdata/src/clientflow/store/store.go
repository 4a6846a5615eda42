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
func NewNode(addr string) redis.UniversalClient { // want NewNode:`returns single client` NewNode:`builds #0:redis.NewClient at store.go:27`
	return redis.NewClient(&redis.Options{Addr: addr})
}

// Wrap returns what it is given: nothing is known.
func Wrap(c redis.UniversalClient) redis.UniversalClient { return c }

// Broker keeps the address and dials it later, in another method: calling
// New builds a single-node connection from its second argument.
type Broker struct {
	host string
	conn *redis.Client
}

func New(name, host string) *Broker { // want New:`builds #1:redis.NewClient at store.go:\d+`
	return &Broker{host: host}
}

func (b *Broker) open() {
	b.conn = redis.NewClient(&redis.Options{Addr: b.host})
}

// NewVia builds through New: its argument reaches the same connection.
func NewVia(addr string) *Broker { // want NewVia:`builds #0:redis.NewClient at store.go:45`
	return New("via", addr)
}
