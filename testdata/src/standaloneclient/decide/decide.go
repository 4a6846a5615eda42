// Package decide: programs that pick the client kind themselves.
package decide

import (
	"context"
	"os"

	"github.com/redis/go-redis/v9"
)

var ctx = context.Background()

type Config struct {
	Addr      string // want Addr:`cluster address`
	IsCluster bool
}

// A mode switch split across functions: node() and cluster() build from
// the same setting, and New picks one with if cfg.IsCluster.
func node(cfg Config) redis.UniversalClient {
	return redis.NewClient(&redis.Options{Addr: cfg.Addr})
}

func cluster(cfg Config) redis.UniversalClient {
	return redis.NewClusterClient(&redis.ClusterOptions{Addrs: []string{cfg.Addr}})
}

func New(cfg Config) redis.UniversalClient {
	if cfg.IsCluster {
		return cluster(cfg)
	}
	return node(cfg)
}

func NewSwitch(cfg Config) redis.UniversalClient {
	switch {
	case cfg.IsCluster:
		return cluster(cfg)
	default:
		return node(cfg)
	}
}

// The twin: both are built, one after the other.
type Other struct {
	Addr string // want Addr:`cluster address`
}

func single(o Other) *redis.Client {
	return redis.NewClient(&redis.Options{Addr: o.Addr}) // want `the same field Addr is given to the cluster client redis.NewClusterClient`
}

func clustered(o Other) *redis.ClusterClient {
	return redis.NewClusterClient(&redis.ClusterOptions{Addrs: []string{o.Addr}})
}

func Both(o Other) (*redis.Client, *redis.ClusterClient) {
	a := single(o)
	b := clustered(o)
	return a, b
}

// Probe-then-decide: CLUSTER INFO on a single-node client, which is kept
// only when the server is not a cluster.
func Connect(addr string) redis.UniversalClient {
	probe := redis.NewClient(&redis.Options{Addr: addr})
	if err := probe.ClusterInfo(ctx).Err(); err == nil {
		probe.Close()
		return redis.NewClusterClient(&redis.ClusterOptions{Addrs: []string{addr}})
	}
	return probe
}

func use() {
	c := Connect(os.Getenv("REDIS_ADDR"))
	c.Get(ctx, "k")
}

// The twin: CLUSTER INFO on a client that is kept whatever it says.
func Admin(addr string) *redis.Client {
	rdb := redis.NewClient(&redis.Options{Addr: addr}) // want `it is sent CLUSTER commands \(ClusterInfo\)`
	rdb.ClusterInfo(ctx)
	rdb.Get(ctx, "k")
	return rdb
}

// Evidence is the same object, never the same spelling: two locals named
// uri in two functions are not one address.
func cache() *redis.Client {
	uri := os.Getenv("REDIS_URL")
	return redis.NewClient(&redis.Options{Addr: uri})
}

func sessions() *redis.ClusterClient {
	uri := os.Getenv("SESSIONS_SEEDS")
	return redis.NewClusterClient(&redis.ClusterOptions{Addrs: []string{uri, "b:1"}})
}

// The twin: one local given to both.
func both() {
	uri := os.Getenv("BOTH_URL")
	redis.NewClient(&redis.Options{Addr: uri}) // want `the same variable uri is given to the cluster client`
	redis.NewClusterClient(&redis.ClusterOptions{Addrs: []string{uri, "b:1"}})
}
