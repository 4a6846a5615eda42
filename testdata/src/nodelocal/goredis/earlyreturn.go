package goredis

import (
	"errors"

	"github.com/redis/go-redis/v9"
)

// A constructor that picks the kind from its configuration and returns
// nil on a path that fails first (bento's getClient): the nil is no
// client, and the other paths still decide.
func clientOf(addrs []string, kind string) (redis.UniversalClient, error) {
	if len(addrs) == 0 {
		return nil, errors.New("no addresses")
	}
	opts := &redis.UniversalOptions{Addrs: addrs}
	var client redis.UniversalClient
	switch kind {
	case "simple":
		client = redis.NewClient(opts.Simple())
	case "cluster":
		client = redis.NewClusterClient(opts.Cluster())
	}
	return client, nil
}

func processor(addrs []string, kind string) {
	c, err := clientOf(addrs, kind)
	if err != nil {
		return
	}
	c.Keys(ctx, "*") // want `^KEYS lists the keys of one node only if this redis.UniversalClient is a cluster client: use ForEachMaster and Scan on each master$`
}

func clusterOrNil(addrs []string, kind string) redis.UniversalClient {
	if len(addrs) == 0 {
		return nil
	}
	if kind == "cluster" {
		return redis.NewClusterClient(&redis.ClusterOptions{Addrs: addrs})
	}
	return redis.NewClient(&redis.Options{Addr: addrs[0]})
}

func scanAll(addrs []string, kind string) {
	clusterOrNil(addrs, kind).Scan(ctx, 0, "*", 100) // want `^SCAN iterates the keys of one node only if this redis.UniversalClient is a cluster client`
}

// Only nil and a single node: nothing to report.
func singleOrNil(addr string) *redis.Client {
	if addr == "" {
		return nil
	}
	return redis.NewClient(&redis.Options{Addr: addr})
}

func flushSingle(addr string) {
	singleOrNil(addr).FlushDB(ctx)
}
