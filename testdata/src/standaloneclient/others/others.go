package others

import (
	"context"
	"os"

	v8 "github.com/go-redis/redis/v8"
	"github.com/gomodule/redigo/redis"
	radix3 "github.com/mediocregopher/radix/v3"
	radix4 "github.com/mediocregopher/radix/v4"
	"github.com/mna/redisc"
	"github.com/redis/rueidis"
)

var ctx = context.Background()

// redigo

func dial() (redis.Conn, error) {
	return redis.Dial("tcp", "redis-cluster.prod.internal:6379") // want `^redis.Dial builds a single-node client, but host "redis-cluster.prod.internal" names a cluster: use a redisc.Cluster with StartupNodes$`
}

func dialURL() (redis.Conn, error) {
	return redis.DialURL("redis://clustercfg.sessions.xyz.euw1.cache.amazonaws.com:6379/0") // want `redis.DialURL builds a single-node client, but host "clustercfg.sessions.xyz.euw1.cache.amazonaws.com" is an ElastiCache cluster configuration endpoint`
}

func dialContext() (redis.Conn, error) {
	return redis.DialContext(ctx, "tcp", "127.0.0.1:30002") // want `port 30002 is one that`
}

var sessionsAddr = os.Getenv("SESSIONS_ADDR") // want sessionsAddr:`cluster address \(redisc.Cluster at others.go:\d+\)`

var sessionsCluster = &redisc.Cluster{StartupNodes: []string{sessionsAddr}}

func sessionsPool() *redis.Pool {
	return &redis.Pool{
		Dial: func() (redis.Conn, error) {
			return redis.Dial("tcp", sessionsAddr) // want `redis.Dial builds a single-node client, but the same variable sessionsAddr is given to the cluster client redisc.Cluster at line \d+`
		},
	}
}

var topology = &redis.Pool{
	Dial: func() (redis.Conn, error) {
		return redis.Dial("tcp", os.Getenv("REDIS_ADDR")) // want `it is sent CLUSTER commands`
	},
}

func slots() {
	conn := topology.Get()
	defer conn.Close()
	conn.Do("CLUSTER", "SLOTS")
	conn.Do("GET", "user:101")
}

func redirects() {
	c, err := redis.Dial("tcp", "10.0.0.1:6379") // want `the code around it parses MOVED/ASK redirections \(ParseRedir\)`
	if err != nil {
		return
	}
	if _, err := c.Do("GET", "k"); redisc.ParseRedir(err) != nil {
		return
	}
}

// rueidis

func forcedSingle() (rueidis.Client, error) {
	return rueidis.NewClient(rueidis.ClientOption{
		InitAddress:       []string{"redis-cluster:6379"}, // want `^rueidis.NewClient with ForceSingleClient builds a single-node client, but host "redis-cluster" names a cluster: drop ForceSingleClient: rueidis then discovers the cluster$`
		ForceSingleClient: true,
	})
}

// radix

func radixPool() (*radix3.Pool, error) {
	return radix3.NewPool("tcp", os.Getenv("REDIS_CLUSTER_URL"), 10) // want `radix.NewPool builds a single-node client, but the address comes from environment variable "REDIS_CLUSTER_URL", whose name says cluster: use radix.NewCluster with the seeds`
}

func radix4Pool() (radix4.Client, error) {
	return radix4.PoolConfig{}.New(ctx, "tcp", os.Getenv("REDIS_CLUSTER_HOST")+":6379") // want `radix.PoolConfig.New builds a single-node client, but the address comes from environment variable "REDIS_CLUSTER_HOST".*: use radix.ClusterConfig.New with the seeds`
}

// go-redis v8 has no IsClusterMode.

func v8Client() *v8.Client {
	return v8.NewClient(&v8.Options{Addr: "my-redis-cluster.example.com:6379"}) // want `host "my-redis-cluster.example.com" names a cluster: use NewClusterClient`
}

func v8Universal() v8.UniversalClient {
	return v8.NewUniversalClient(&v8.UniversalOptions{Addrs: []string{"my-redis-cluster.example.com:6379"}}) // want `with one address builds a single-node client, but .*: list the seeds \(IsClusterMode needs go-redis v9.8.0\+\)$`
}

// Not reported.

func localDial() (redis.Conn, error) { return redis.Dial("tcp", "localhost:6379") }

func localURL() (redis.Conn, error) { return redis.DialURL("redis://127.0.0.1:6379/1") }

func autoDetect() (rueidis.Client, error) {
	return rueidis.NewClient(rueidis.ClientOption{InitAddress: []string{"redis-cluster:6379"}})
}

func radixLocal() (*radix3.Pool, error) { return radix3.NewPool("tcp", "127.0.0.1:6379", 10) }

func radixCluster() (*radix3.Cluster, error) {
	return radix3.NewCluster([]string{"redis-cluster-0:6379", "redis-cluster-1:6379"})
}
