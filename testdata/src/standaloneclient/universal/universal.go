// Package universal: NewUniversalClient of an address list read at run
// time, whose name says cluster.
package universal

import (
	"os"
	"strings"

	v8 "github.com/go-redis/redis/v8"
	"github.com/redis/go-redis/v9"
)

type Config struct {
	ClusterAddresses []string // want ClusterAddresses:`cluster address`
	Addresses        []string
}

func FromConfig(conf Config) redis.UniversalClient {
	return redis.NewUniversalClient(&redis.UniversalOptions{Addrs: conf.ClusterAddresses}) // want `^redis.NewUniversalClient builds a single-node client when the address list holds one address \(as a configuration endpoint does\), but the list comes from field "ClusterAddresses", whose name says cluster: set IsClusterMode: true$`
}

func FromEnv() redis.UniversalClient {
	return redis.NewUniversalClient(&redis.UniversalOptions{
		Addrs:    strings.Split(os.Getenv("REDIS_CLUSTER_ADDRS"), ","), // want `the list comes from environment variable "REDIS_CLUSTER_ADDRS", whose name says cluster: set IsClusterMode: true`
		Password: os.Getenv("REDIS_PASSWORD"),
	})
}

// go-redis v8 has no IsClusterMode: no fix, and the message says so.
func Old() v8.UniversalClient {
	return v8.NewUniversalClient(&v8.UniversalOptions{Addrs: strings.Split(os.Getenv("REDIS_CLUSTER_ADDRS"), ",")}) // want `: use NewClusterClient \(IsClusterMode needs go-redis v9.8.0\+\)$`
}

// Correct twins: not reported.

func Forced(conf Config) redis.UniversalClient {
	return redis.NewUniversalClient(&redis.UniversalOptions{Addrs: conf.ClusterAddresses, IsClusterMode: true})
}

func NoName(conf Config) redis.UniversalClient {
	return redis.NewUniversalClient(&redis.UniversalOptions{Addrs: conf.Addresses}) // want `^redis.NewUniversalClient builds a single-node client when the address list holds one address, as a cluster's configuration endpoint gives, and every key of another node then answers MOVED: if this endpoint may be a cluster, set IsClusterMode from the program's cluster setting$`
}

func Literal() redis.UniversalClient {
	return redis.NewUniversalClient(&redis.UniversalOptions{Addrs: []string{"10.0.0.1:6379", "10.0.0.2:6379"}})
}

func Sentinel(conf Config) redis.UniversalClient {
	return redis.NewUniversalClient(&redis.UniversalOptions{Addrs: conf.ClusterAddresses, MasterName: "mymaster"})
}

type app struct{ rdb redis.UniversalClient }

type appConfig struct {
	Addrs []string
}

// Options handed to a helper of the package by its one caller: read there.
func (a *app) configure(cfg *appConfig) {
	opts := redis.UniversalOptions{Addrs: cfg.Addrs} // want `^redis.NewUniversalClient builds a single-node client when the address list holds one address`
	a.rdb = a.createPool(opts)
}

func (a *app) createPool(o redis.UniversalOptions) redis.UniversalClient {
	return redis.NewUniversalClient(&o)
}

// Options an exported function is given: its callers' choice.
func NewPool(o redis.UniversalOptions) redis.UniversalClient {
	return redis.NewUniversalClient(&o)
}
