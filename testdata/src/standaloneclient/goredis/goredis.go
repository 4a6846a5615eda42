package goredis

import (
	"context"
	"errors"
	"flag"
	"os"
	"strings"

	"github.com/redis/go-redis/v9"
)

var ctx = context.Background()

const ordersEndpoint = "clustercfg.orders.abc123.use1.cache.amazonaws.com:6379"

func configurationEndpoint() *redis.Client {
	return redis.NewClient(&redis.Options{Addr: ordersEndpoint}) // want `^redis.NewClient builds a single-node client, but host "clustercfg.orders.abc123.use1.cache.amazonaws.com" is an ElastiCache cluster configuration endpoint: use NewClusterClient with the seeds, or NewUniversalClient with IsClusterMode \(go-redis v9.8.0\+\)$`
}

func hostLabel() *redis.Client {
	return redis.NewClient(&redis.Options{Addr: "redis-cluster.internal:6379"}) // want `host "redis-cluster.internal" names a cluster`
}

func tutorialPort() *redis.Client {
	return redis.NewClient(&redis.Options{Addr: "127.0.0.1:7000"}) // want `port 7000 is one that redis create-cluster and the cluster tutorial use, so this is probably a cluster node`
}

func environment() *redis.Client {
	return redis.NewClient(&redis.Options{
		Addr: os.Getenv("REDIS_CLUSTER_ADDR"), // want `the address comes from environment variable "REDIS_CLUSTER_ADDR", whose name says cluster`
	})
}

var clusterAddrFlag = flag.String("redis-cluster-addr", "localhost:6379", "")

func fromFlag() *redis.Client {
	return redis.NewClient(&redis.Options{Addr: *clusterAddrFlag}) // want `flag "redis-cluster-addr", whose name says cluster`
}

func fromFlagVar() *redis.Client {
	var addr string
	flag.StringVar(&addr, "cache-cluster", "", "")
	flag.Parse()
	return redis.NewClient(&redis.Options{Addr: addr}) // want `flag "cache-cluster"`
}

type Config struct {
	ClusterAddr string
	SessionAddr string `env:"SESSIONS_CLUSTER_ENDPOINT"`
	CacheAddr   string
}

func fromConfig(cfg Config) *redis.Client {
	return redis.NewClient(&redis.Options{Addr: cfg.ClusterAddr}) // want `the address comes from field "ClusterAddr", whose name says cluster`
}

type Settings struct {
	Cache   struct{ Addr string }
	Cluster struct {
		Addr string
	}
}

func throughField(s Settings) *redis.Client {
	redis.NewClient(&redis.Options{Addr: s.Cache.Addr})
	return redis.NewClient(&redis.Options{Addr: s.Cluster.Addr}) // want `the address comes from field "Cluster", whose name says cluster`
}

func fromTag(cfg *Config) *redis.Client {
	return redis.NewClient(&redis.Options{Addr: cfg.SessionAddr}) // want `struct tag "env:\\"SESSIONS_CLUSTER_ENDPOINT\\""`
}

func getenv(name, def string) string {
	if v := os.Getenv(name); v != "" {
		return v
	}
	return def
}

func fromHelper() *redis.Client {
	return redis.NewClient(&redis.Options{Addr: getenv("CACHE_CLUSTER_HOST", "localhost:6379")}) // want `config key "CACHE_CLUSTER_HOST"`
}

func fromURL() *redis.Client {
	opt, err := redis.ParseURL(os.Getenv("REDIS_CLUSTER_URL"))
	if err != nil {
		panic(err)
	}
	return redis.NewClient(opt) // want `^redis.NewClient builds a single-node client, but the address comes from environment variable "REDIS_CLUSTER_URL"`
}

// The same variable goes to a cluster client elsewhere.

var cacheAddr = os.Getenv("CACHE_ADDR") // want cacheAddr:`cluster address \(redis.NewClusterClient at goredis.go:\d+\)`

func cacheCluster() *redis.ClusterClient {
	return redis.NewClusterClient(&redis.ClusterOptions{Addrs: []string{cacheAddr, "10.0.0.2:6379"}})
}

func cacheSingle() *redis.Client {
	return redis.NewClient(&redis.Options{Addr: cacheAddr}) // want `the same variable cacheAddr is given to the cluster client redis.NewClusterClient at line \d+`
}

// CLUSTER commands through the client.

func slots() {
	rdb := redis.NewClient(&redis.Options{Addr: os.Getenv("REDIS_ADDR")}) // want `it is sent CLUSTER commands \(ClusterSlots\)`
	rdb.ClusterSlots(ctx)
	rdb.Get(ctx, "user:101")
}

// A node's admin connection: CLUSTER commands only, nothing with keys, so
// nothing that could get MOVED.
func adminOnly() {
	node := redis.NewClient(&redis.Options{Addr: os.Getenv("REDIS_ADDR")})
	node.ClusterSlots(ctx)
	node.Do(ctx, "cluster", "setslot", 1, "node", "abc")
	node.Ping(ctx)
}

type store struct{ rdb *redis.Client }

func newStore() *store {
	return &store{rdb: redis.NewClient(&redis.Options{Addr: "10.1.2.3:6379"})} // want `it is sent CLUSTER commands`
}

func (s *store) nodes() {
	s.rdb.Do(ctx, "cluster", "nodes")
}

func (s *store) get() {
	s.rdb.Do(ctx, "GET", "user:101")
}

// A field a mode switch fills with either client: its CLUSTER commands are
// the cluster mode's.
type modal struct{ c redis.UniversalClient }

func newModal(clustered bool, addr string) *modal {
	m := &modal{}
	switch clustered {
	case false:
		m.c = redis.NewClient(&redis.Options{Addr: addr})
	case true:
		m.c = redis.NewClusterClient(&redis.ClusterOptions{Addrs: strings.Split(addr, ",")})
	}
	return m
}

func (m *modal) slots() { m.c.Do(ctx, "cluster", "slots") }
func (m *modal) get()   { m.c.Get(ctx, "user:101") }

// The same field with only the single-node client: its CLUSTER commands
// are its own.
func newModalSingle(addr string) *modal {
	return &modal{c: redis.NewClient(&redis.Options{Addr: addr})} // want `it is sent CLUSTER commands`
}

// MOVED parsing by hand.

func movedByHand(key string) string {
	rdb := redis.NewClient(&redis.Options{Addr: "10.0.0.9:6379"}) // want `the code around it parses MOVED/ASK redirections by hand`
	v, err := rdb.Get(ctx, key).Result()
	if err != nil && strings.HasPrefix(err.Error(), "MOVED ") {
		return ""
	}
	return v
}

// NewUniversalClient with one address is a *redis.Client.

func universal() redis.UniversalClient {
	return redis.NewUniversalClient(&redis.UniversalOptions{Addrs: []string{ordersEndpoint}}) // want `^redis.NewUniversalClient with one address builds a single-node client, but host "clustercfg.orders.abc123.use1.cache.amazonaws.com" is an ElastiCache cluster configuration endpoint: set IsClusterMode, or list the seeds$`
}

// Not reported.

func local() *redis.Client {
	return redis.NewClient(&redis.Options{Addr: "localhost:6379"})
}

func plainEnv() *redis.Client {
	return redis.NewClient(&redis.Options{Addr: os.Getenv("REDIS_ADDR")})
}

func plainField(cfg Config) *redis.Client {
	return redis.NewClient(&redis.Options{Addr: cfg.CacheAddr})
}

func universalForced() redis.UniversalClient {
	return redis.NewUniversalClient(&redis.UniversalOptions{Addrs: []string{"clustercfg.billing.abc123.use1.cache.amazonaws.com:6379"}, IsClusterMode: true})
}

func universalThree() redis.UniversalClient {
	return redis.NewUniversalClient(&redis.UniversalOptions{Addrs: []string{"redis-cluster-0:6379", "redis-cluster-1:6379", "redis-cluster-2:6379"}})
}

func failover() *redis.Client {
	return redis.NewFailoverClient(&redis.FailoverOptions{MasterName: "mymaster", SentinelAddrs: []string{"sentinel-cluster:26379"}})
}

// A mode switch: one client or the other.
func modeSwitch(clustered bool) redis.UniversalClient {
	addr := os.Getenv("MODE_ADDR")
	if clustered {
		return redis.NewClusterClient(&redis.ClusterOptions{Addrs: []string{addr}})
	}
	return redis.NewClient(&redis.Options{Addr: addr})
}

func modeSwitch2(mode string) redis.UniversalClient {
	addr := os.Getenv("CACHE_ADDR2")
	switch mode {
	case "cluster":
		return redis.NewClusterClient(&redis.ClusterOptions{Addrs: []string{addr}})
	default:
		return redis.NewClient(&redis.Options{Addr: addr})
	}
}

// A client per node, on purpose.
func perNode(clusterNodes []string) {
	for _, addr := range clusterNodes {
		c := redis.NewClient(&redis.Options{Addr: addr})
		c.ClusterInfo(ctx)
	}
}

// Bad input never crashes.
func broken(opts *redis.Options) *redis.Client {
	_ = errors.New
	return redis.NewClient(opts)
}

func generic[T ~string](addr T) *redis.Client {
	return redis.NewClient(&redis.Options{Addr: string(addr)})
}

func genericCluster[T any](x T) *redis.Client {
	_ = x
	return redis.NewClient(&redis.Options{Addr: "cache-cluster-001:6379"}) // want `names a cluster`
}
