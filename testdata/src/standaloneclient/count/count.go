// Package count: programs that pick the client from the number of
// addresses they are given. A managed cluster hands out one configuration
// endpoint: one address, which reaches the single-node client.
package count

import (
	"context"
	"errors"
	"strings"

	"github.com/redis/go-redis/v9"
)

var ctx = context.Background()

// The count switch, written in every way.

func ifElse(addrs []string) redis.UniversalClient {
	if len(addrs) > 1 {
		return redis.NewClusterClient(&redis.ClusterOptions{Addrs: addrs})
	} else {
		return redis.NewClient(&redis.Options{Addr: addrs[0]}) // want `^with one address, as a cluster's configuration endpoint gives, redis.NewClient builds a single-node client \(len\(addrs\) > 1 is false\) and every key of another node answers MOVED: pick redis.NewClusterClient \(line \d+\) by an explicit mode, not by the address count: a cluster client works from one seed$`
	}
}

func equalsOne(addrs []string) redis.UniversalClient {
	if len(addrs) == 1 {
		return redis.NewClient(&redis.Options{Addr: addrs[0]}) // want `\(len\(addrs\) == 1\) and every key`
	}
	return redis.NewClusterClient(&redis.ClusterOptions{Addrs: addrs})
}

func atLeastTwo(addrs []string) redis.UniversalClient {
	if len(addrs) >= 2 {
		return redis.NewClusterClient(&redis.ClusterOptions{Addrs: addrs})
	}
	return redis.NewClient(&redis.Options{Addr: addrs[0]}) // want `\(len\(addrs\) >= 2 is false\)`
}

func negated(addrs []string) redis.UniversalClient {
	if !(len(addrs) > 1) {
		return redis.NewClient(&redis.Options{Addr: addrs[0]}) // want `\(!\(len\(addrs\) > 1\)\)`
	}
	return redis.NewClusterClient(&redis.ClusterOptions{Addrs: addrs})
}

func earlyReturn(addrs []string) (redis.UniversalClient, error) {
	if len(addrs) == 0 {
		return nil, errors.New("no address")
	}
	if len(addrs) > 1 {
		return redis.NewClusterClient(&redis.ClusterOptions{Addrs: addrs}), nil
	}
	rdb := redis.NewClient(&redis.Options{Addr: addrs[0]}) // want `len\(addrs\) == 0 is false, len\(addrs\) > 1 is false`
	return rdb, nil
}

func switchLen(addrs []string) redis.UniversalClient {
	switch len(addrs) {
	case 0:
		return nil
	case 1:
		return redis.NewClient(&redis.Options{Addr: addrs[0]}) // want `len\(addrs\) == 1\) and every key`
	default:
		return redis.NewClusterClient(&redis.ClusterOptions{Addrs: addrs})
	}
}

func switchTagless(addrs []string) redis.UniversalClient {
	switch {
	case len(addrs) > 1:
		return redis.NewClusterClient(&redis.ClusterOptions{Addrs: addrs})
	default:
		return redis.NewClient(&redis.Options{Addr: addrs[0]}) // want `len\(addrs\) > 1 is false`
	}
}

// A setting split by commas, under another name.
func fromSetting(endpoints string) redis.UniversalClient {
	hosts := strings.Split(endpoints, ",")
	if len(hosts) > 1 {
		return redis.NewClusterClient(&redis.ClusterOptions{Addrs: hosts})
	}
	return redis.NewClient(&redis.Options{Addr: hosts[0]}) // want `len\(hosts\) > 1 is false`
}

// A config struct, a helper that builds the single-node client, and the
// field the client is kept in.
type Config struct {
	Mode  string
	Addrs []string // want Addrs:`cluster address`
}

type Store struct {
	rdb redis.UniversalClient
}

func newNode(addr string) *redis.Client {
	return redis.NewClient(&redis.Options{Addr: addr, Password: "secret"}) // want `builds a single-node client \(len\(cfg.Addrs\) > 1 is false\)`
}

func newCluster(addrs []string) *redis.ClusterClient {
	return redis.NewClusterClient(&redis.ClusterOptions{Addrs: addrs, Password: "secret"})
}

func NewStore(cfg Config) *Store {
	s := &Store{}
	if len(cfg.Addrs) > 1 {
		s.rdb = newCluster(cfg.Addrs)
	} else {
		s.rdb = newNode(cfg.Addrs[0])
	}
	return s
}

// Mode and count: "cluster mode, one address" reaches the single-node client.
func modeAndCount(cfg Config) redis.UniversalClient {
	if cfg.Mode == "cluster" && len(cfg.Addrs) > 1 {
		return redis.NewClusterClient(&redis.ClusterOptions{Addrs: cfg.Addrs})
	}
	return redis.NewClient(&redis.Options{Addr: cfg.Addrs[0]}) // want `\(cfg.Mode == "cluster" && len\(cfg.Addrs\) > 1 is false\)`
}

// A count switch inside a mode switch: in cluster mode, one address still
// reaches the single-node client.
func countInMode(cluster bool, addrs []string) redis.UniversalClient {
	if cluster {
		if len(addrs) > 1 {
			return redis.NewClusterClient(&redis.ClusterOptions{Addrs: addrs})
		}
		return redis.NewClient(&redis.Options{Addr: addrs[0]}) // want `len\(addrs\) > 1 is false`
	}
	return redis.NewClient(&redis.Options{Addr: addrs[0]})
}

// NewUniversalClient whose IsClusterMode is the count: the same switch.
func universalByCount(addrs []string) redis.UniversalClient {
	return redis.NewUniversalClient(&redis.UniversalOptions{Addrs: addrs, IsClusterMode: len(addrs) > 1}) // want `redis.NewUniversalClient builds a single-node client \(IsClusterMode: len\(addrs\) > 1 is false\) and every key of another node answers MOVED: set IsClusterMode from an explicit setting, not from the address count`
}

// The twins: an explicit mode. Not reported.

func pureMode(cluster bool, addrs []string) redis.UniversalClient {
	if cluster {
		return redis.NewClusterClient(&redis.ClusterOptions{Addrs: addrs})
	} else {
		return redis.NewClient(&redis.Options{Addr: addrs[0]})
	}
}

func pureModeSwitch(mode string, addrs []string) redis.UniversalClient {
	switch mode {
	case "cluster":
		return redis.NewClusterClient(&redis.ClusterOptions{Addrs: addrs})
	default:
		return redis.NewClient(&redis.Options{Addr: addrs[0]})
	}
}

// Mode or count: cluster mode reaches the cluster client with one address.
func modeOrCount(mode string, addrs []string) redis.UniversalClient {
	if mode == "cluster" || len(addrs) > 1 {
		return redis.NewClusterClient(&redis.ClusterOptions{Addrs: addrs})
	}
	return redis.NewClient(&redis.Options{Addr: addrs[0]})
}

// The mode first, then a check of the count that only refuses none.
func modeThenCount(mode string, addrs []string) (redis.UniversalClient, error) {
	if len(addrs) == 0 {
		return nil, errors.New("no address")
	}
	if mode == "cluster" {
		return redis.NewClusterClient(&redis.ClusterOptions{Addrs: addrs}), nil
	}
	return redis.NewClient(&redis.Options{Addr: addrs[0]}), nil
}

// The mode, then the count within the single-node mode only.
func countOutsideMode(cluster bool, addrs []string) redis.UniversalClient {
	if !cluster && len(addrs) == 1 {
		return redis.NewClient(&redis.Options{Addr: addrs[0]})
	}
	return redis.NewClusterClient(&redis.ClusterOptions{Addrs: addrs})
}

func universalMode(mode string, addrs []string) redis.UniversalClient {
	return redis.NewUniversalClient(&redis.UniversalOptions{Addrs: addrs, IsClusterMode: mode == "cluster"})
}

// A count test on another list says nothing about the addresses.
func otherList(addrs, replicas []string) redis.UniversalClient {
	if len(replicas) > 1 {
		return redis.NewClusterClient(&redis.ClusterOptions{Addrs: addrs})
	}
	return redis.NewClient(&redis.Options{Addr: addrs[0]})
}

// A count switch with no cluster client on the other side (a Ring).
func ring(addrs []string) redis.UniversalClient {
	if len(addrs) > 1 {
		shards := map[string]string{}
		for i, a := range addrs {
			shards[string(rune('a'+i))] = a
		}
		return redis.NewRing(&redis.RingOptions{Addrs: shards})
	}
	return redis.NewClient(&redis.Options{Addr: addrs[0]})
}

// Run-time NewUniversalClient without evidence that the list is a
// cluster's: no count switch, but one address (a configuration endpoint)
// builds a single-node client (-standaloneclient.universal, on by default).
func universalList(addrs []string) redis.UniversalClient {
	return redis.NewUniversalClient(&redis.UniversalOptions{Addrs: addrs}) // want `^redis.NewUniversalClient builds a single-node client when the address list holds one address, as a cluster's configuration endpoint gives, and every key of another node then answers MOVED: if this endpoint may be a cluster, set IsClusterMode from the program's cluster setting$`
}

// The count held in a variable first.
func countVar(addrs []string) redis.UniversalClient {
	n := len(addrs)
	if n > 1 {
		return redis.NewClusterClient(&redis.ClusterOptions{Addrs: addrs})
	}
	return redis.NewClient(&redis.Options{Addr: addrs[0]}) // want `\(n > 1 is false\) and every key`
}
