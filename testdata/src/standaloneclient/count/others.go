package count

// The count switch in the other libraries: redigo's Dial, radix's Pool,
// GLIDE's standalone client never follow MOVED; rueidis and valkey-go find
// the cluster themselves from one address unless ForceSingleClient is set.

import (
	"net"
	"strconv"

	"github.com/gomodule/redigo/redis"
	radix3 "github.com/mediocregopher/radix/v3"
	radix4 "github.com/mediocregopher/radix/v4"
	"github.com/mna/redisc"
	"github.com/redis/rueidis"
	glide "github.com/valkey-io/valkey-glide/go/v2"
	"github.com/valkey-io/valkey-glide/go/v2/config"
	"github.com/valkey-io/valkey-go"
)

// redigo: a connection, or a redisc.Cluster.
type Redigo struct {
	cluster *redisc.Cluster
	conn    redis.Conn
}

func newRedigo(nodes []string) (*Redigo, error) {
	if len(nodes) > 1 {
		return &Redigo{cluster: &redisc.Cluster{StartupNodes: nodes}}, nil
	}
	c, err := redis.Dial("tcp", nodes[0]) // want `^with one address, as a cluster's configuration endpoint gives, redis.Dial builds a single-node client \(len\(nodes\) > 1 is false\) and every key of another node answers MOVED: pick redisc.Cluster \(line \d+\) by an explicit mode`
	return &Redigo{conn: c}, err
}

func redigoMode(cluster bool, nodes []string) (*Redigo, error) {
	if cluster {
		return &Redigo{cluster: &redisc.Cluster{StartupNodes: nodes}}, nil
	}
	c, err := redis.Dial("tcp", nodes[0])
	return &Redigo{conn: c}, err
}

// radix v3 and v4.
func radixV3(addrs []string) (radix3.Client, error) {
	if len(addrs) == 1 {
		return radix3.NewPool("tcp", addrs[0], 10) // want `radix.NewPool builds a single-node client \(len\(addrs\) == 1\).*pick radix.NewCluster`
	}
	return radix3.NewCluster(addrs)
}

func radixV4(addrs []string) (radix4.Client, error) {
	switch len(addrs) {
	case 1:
		return radix4.PoolConfig{}.New(ctx, "tcp", addrs[0]) // want `radix.PoolConfig.New builds a single-node client \(len\(addrs\) == 1\).*pick radix.ClusterConfig.New`
	default:
		return radix4.ClusterConfig{}.New(ctx, addrs)
	}
}

func radixMode(cluster bool, addrs []string) (radix3.Client, error) {
	if !cluster {
		return radix3.NewPool("tcp", addrs[0], 10)
	}
	return radix3.NewCluster(addrs)
}

// rueidis: ForceSingleClient for one address.
func rueidisForced(addrs []string) (rueidis.Client, error) {
	if len(addrs) > 1 {
		return rueidis.NewClient(rueidis.ClientOption{InitAddress: addrs})
	}
	return rueidis.NewClient(rueidis.ClientOption{InitAddress: addrs, ForceSingleClient: true}) // want `rueidis.NewClient builds a single-node client \(len\(addrs\) > 1 is false\).*pick rueidis.NewClient \(line \d+\)`
}

func rueidisByCount(addrs []string) (rueidis.Client, error) {
	return rueidis.NewClient(rueidis.ClientOption{InitAddress: addrs, ForceSingleClient: len(addrs) == 1}) // want `rueidis.NewClient builds a single-node client \(ForceSingleClient: len\(addrs\) == 1 is true\) and every key of another node answers MOVED: set ForceSingleClient from an explicit setting, not from the address count: rueidis finds the cluster from one address`
}

func valkeyByCount(addrs []string) (valkey.Client, error) {
	return valkey.NewClient(valkey.ClientOption{InitAddress: addrs, ForceSingleClient: len(addrs) < 2}) // want `valkey.NewClient builds a single-node client \(ForceSingleClient: len\(addrs\) < 2 is true\).*valkey-go finds the cluster from one address`
}

// Not reported: rueidis with one address finds the cluster by itself, and
// a mode that the configuration sets.
func rueidisAuto(addrs []string) (rueidis.Client, error) {
	return rueidis.NewClient(rueidis.ClientOption{InitAddress: addrs})
}

func rueidisMode(single bool, addrs []string) (rueidis.Client, error) {
	return rueidis.NewClient(rueidis.ClientOption{InitAddress: addrs, ForceSingleClient: single})
}

// GLIDE: a standalone or a cluster client, from host:port pairs.
func node(addr string) *config.NodeAddress {
	host, port, _ := net.SplitHostPort(addr)
	p, _ := strconv.Atoi(port)
	return &config.NodeAddress{Host: host, Port: p}
}

func glideClient(addrs []string) (any, error) {
	if len(addrs) > 1 {
		cfg := config.NewClusterClientConfiguration()
		for _, a := range addrs {
			cfg.WithAddress(node(a))
		}
		return glide.NewClusterClient(cfg)
	}
	return glide.NewClient(config.NewClientConfiguration().WithAddress(node(addrs[0]))) // want `glide.NewClient builds a single-node client \(len\(addrs\) > 1 is false\).*pick glide.NewClusterClient`
}

func glideMode(cluster bool, addrs []string) (any, error) {
	if cluster {
		cfg := config.NewClusterClientConfiguration()
		for _, a := range addrs {
			cfg.WithAddress(node(a))
		}
		return glide.NewClusterClient(cfg)
	}
	return glide.NewClient(config.NewClientConfiguration().WithAddress(node(addrs[0])))
}
