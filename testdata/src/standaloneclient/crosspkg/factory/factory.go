// Package factory picks a broker of another package by the number of
// addresses in the URL: one address, as a cluster's configuration endpoint
// gives, takes the single-node pool.
package factory

import (
	"strings"

	"standaloneclient/crosspkg/broker"
)

func ByCount(url string) broker.Broker {
	parts := strings.Split(url, "redis://")
	if len(parts) != 2 { // the scheme's split: no count of addresses
		return nil
	}
	addrs := strings.Split(parts[1], ",")
	if len(addrs) > 1 {
		return broker.NewUniversal(addrs, 0)
	}
	return broker.NewPooled(addrs[0], "") // want `^with one address, as a cluster's configuration endpoint gives, broker.NewPooled \(redis.Dial at connector.go:\d+\) builds a single-node client \(len\(addrs\) > 1 is false\) and every key of another node answers MOVED: pick broker.NewUniversal \(redis.NewUniversalClient at broker.go:\d+\) \(line \d+\) by an explicit mode, not by the address count: a cluster client works from one seed$`
}

// The twin: an explicit mode.
func ByMode(url string, cluster bool) broker.Broker {
	addrs := strings.Split(strings.TrimPrefix(url, "redis://"), ",")
	if cluster {
		return broker.NewUniversal(addrs, 0)
	}
	return broker.NewPooled(addrs[0], "")
}
