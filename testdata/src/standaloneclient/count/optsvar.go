package count

import (
	"strings"

	"github.com/redis/go-redis/v9"
)

type cfg struct {
	Sentinel string
	Cluster  bool
}

// Options built in a variable, a Sentinel name read from the
// configuration set afterwards: with no Sentinel name and one address,
// a single-node client.
func optsVar(c *cfg, addrs []string) redis.UniversalClient {
	ropt := &redis.UniversalOptions{
		Addrs: addrs, // want `^redis.NewUniversalClient builds a single-node client when the address list holds one address, as a cluster's configuration endpoint gives`
		DB:    0,
	}
	if c != nil {
		ropt.MasterName = c.Sentinel
	}
	return redis.NewUniversalClient(ropt)
}

// The mode assigned to the variable: the program's choice.
func optsVarMode(c *cfg, addrs []string) redis.UniversalClient {
	ropt := &redis.UniversalOptions{Addrs: addrs}
	ropt.IsClusterMode = c.Cluster
	return redis.NewUniversalClient(ropt)
}

// A constant Sentinel name: a failover client.
func optsVarSentinel(addrs []string) redis.UniversalClient {
	ropt := &redis.UniversalOptions{Addrs: addrs}
	ropt.MasterName = "mymaster"
	return redis.NewUniversalClient(ropt)
}

// An explicit mode picks the cluster client; the universal client is the
// program's other mode: not reported.
func modeFlag(c *cfg, addrs []string) redis.UniversalClient {
	ropt := &redis.UniversalOptions{Addrs: addrs}
	if c.Cluster {
		return redis.NewClusterClient(&redis.ClusterOptions{Addrs: addrs})
	}
	return redis.NewUniversalClient(ropt)
}

type sentinelCfg struct {
	Endpoint, MasterName string
}

// A Sentinel name read from the configuration may be empty: then the
// list picks the kind.
func sentinelFromConfig(c sentinelCfg) redis.UniversalClient {
	opt := &redis.UniversalOptions{
		Addrs:      strings.Split(c.Endpoint, ","), // want `NewUniversalClient builds a single-node client when the address list holds one address, as a cluster's configuration endpoint gives`
		MasterName: c.MasterName,
	}
	return redis.NewUniversalClient(opt)
}

// Options built field by field on new(T).
func fieldByField(c sentinelCfg) redis.UniversalClient {
	options := new(redis.UniversalOptions)
	hosts := []string{c.Endpoint}
	if c.Endpoint == "" {
		hosts = strings.Split(c.MasterName, ",")
	}
	options.Addrs = hosts // want `NewUniversalClient builds a single-node client when the address list holds one address, as a cluster's configuration endpoint gives`
	return redis.NewUniversalClient(options)
}

// The one-address case handled: a configuration endpoint resolved to the
// nodes it names.
func resolveEndpoint(c sentinelCfg, lookup func(string) []string) redis.UniversalClient {
	endpoints := strings.Split(c.Endpoint, ",")
	if len(endpoints) == 1 {
		if nodes := lookup(endpoints[0]); len(nodes) > 1 {
			endpoints = nodes
		}
	}
	return redis.NewUniversalClient(&redis.UniversalOptions{Addrs: endpoints})
}

type arms struct {
	Sentinel         string
	SentinelAddrs    []string
	ClusterAddresses []string
	Address          string
}

// Options assigned in each arm of a branch: each arm is a configuration
// of its own; the cluster arm's list, named cluster, lacks IsClusterMode.
func armsOptions(c arms) redis.UniversalClient {
	var o *redis.UniversalOptions
	if c.Sentinel != "" {
		o = &redis.UniversalOptions{MasterName: c.Sentinel, Addrs: c.SentinelAddrs}
	} else if len(c.ClusterAddresses) > 0 {
		o = &redis.UniversalOptions{Addrs: c.ClusterAddresses} // want `the list comes from field "ClusterAddresses", whose name says cluster: set IsClusterMode: true`
	} else {
		o = &redis.UniversalOptions{Addrs: []string{c.Address}}
	}
	return redis.NewUniversalClient(o)
}

// The Sentinel name tested with len on the way, and read the other way
// round: that arm is always a failover client.
func sentinelTestedLen(c sentinelCfg, addrs []string) redis.UniversalClient {
	if len(c.MasterName) > 0 {
		return redis.NewUniversalClient(&redis.UniversalOptions{Addrs: addrs, MasterName: c.MasterName})
	}
	if "" != c.Endpoint {
		return redis.NewUniversalClient(&redis.UniversalOptions{Addrs: addrs, MasterName: c.Endpoint})
	}
	return nil
}

// The one-address case handled, with the count in a variable.
func resolveCounted(c sentinelCfg, lookup func(string) []string) redis.UniversalClient {
	endpoints := strings.Split(c.Endpoint, ",")
	n := len(endpoints)
	if n == 1 {
		endpoints = lookup(endpoints[0])
	}
	return redis.NewUniversalClient(&redis.UniversalOptions{Addrs: endpoints})
}
