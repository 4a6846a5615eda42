package decide

import (
	"strings"

	"github.com/redis/go-redis/v9"
)

const ClusterType = "cluster"

type Settings struct {
	Host      string // want Host:`cluster address`
	RedisType string
}

// Two constructors, each a mode switch on one setting, picked through a
// function value: neither's single-node client is built for the other's
// cluster configuration.
func newA(s *Settings) redis.UniversalClient {
	if s.RedisType == ClusterType {
		return redis.NewClusterClient(&redis.ClusterOptions{Addrs: strings.Split(s.Host, ",")})
	}
	return redis.NewClient(&redis.Options{Addr: s.Host})
}

func newB(s *Settings) redis.UniversalClient {
	switch s.RedisType {
	case ClusterType:
		return redis.NewClusterClient(&redis.ClusterOptions{Addrs: strings.Split(s.Host, ",")})
	}
	return redis.NewClient(&redis.Options{Addr: s.Host})
}

func NewFromSettings(s *Settings, useB bool) redis.UniversalClient {
	f := newA
	if useB {
		f = newB
	}
	return f(s)
}

// A third constructor that builds a single-node client on the same field
// whatever the type says: the cluster's address.
func newNode(s *Settings) *redis.Client {
	return redis.NewClient(&redis.Options{Addr: s.Host}) // want `^redis.NewClient builds a single-node client, but the same field Host is given to the cluster client redis.NewClusterClient at line \d+`
}
