package basic

import (
	"github.com/redis/go-redis/v9"
)

// Options in a local variable of the struct type, given by address: the
// same seeds.
func optsValue(addr, password string, readOnly bool) *redis.ClusterClient {
	opts := redis.ClusterOptions{
		Addrs:    []string{addr}, // want `has a single seed \(unless addr resolves to every node\)`
		Password: password,
	}
	if readOnly {
		opts.ReadOnly = true
	}
	return redis.NewClusterClient(&opts)
}

// The same with the seeds the caller lists: fine.
func optsValueList(addrs []string) *redis.ClusterClient {
	opts := redis.ClusterOptions{Addrs: addrs}
	return redis.NewClusterClient(&opts)
}

// A mode switch: the single-node client in the other arm does not make the
// cluster's seed a node that a per-node tool dials.
func modeSwitch(cluster bool, addr string) redis.UniversalClient {
	if cluster {
		opts := redis.ClusterOptions{Addrs: []string{addr}} // want `has a single seed \(unless addr resolves to every node\)`
		return redis.NewClusterClient(&opts)
	}
	return redis.NewClient(&redis.Options{Addr: addr})
}
