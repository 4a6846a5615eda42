package basic

import (
	"context"
	"os"
	"strings"
	"time"

	radix3 "github.com/mediocregopher/radix/v3"
	radix4 "github.com/mediocregopher/radix/v4"
	"github.com/mna/redisc"
	"github.com/redis/go-redis/v9"
	"github.com/redis/rueidis"
)

var ctx = context.Background()

func oneSeed() *redis.ClusterClient {
	return redis.NewClusterClient(&redis.ClusterOptions{Addrs: []string{"10.0.0.1:6379"}}) // want `^cluster client redis.NewClusterClient has a single seed: if it is down when the client starts, the client never learns the slot map; list more seeds \(every master is best\)$`
}

var seeds = []string{"redis-0.redis:6379"}

func throughVariable() *redis.ClusterClient {
	return redis.NewClusterClient(&redis.ClusterOptions{Addrs: seeds}) // want `has a single seed`
}

func fromEnv() *redis.ClusterClient {
	return redis.NewClusterClient(&redis.ClusterOptions{Addrs: []string{os.Getenv("REDIS_SEED")}}) // want `has a single seed \(unless os.Getenv\("REDIS_SEED"\) resolves to every node\)`
}

func universalForced() redis.UniversalClient {
	return redis.NewUniversalClient(&redis.UniversalOptions{Addrs: []string{"10.0.0.1:6379"}, IsClusterMode: true}) // want `cluster client redis.NewUniversalClient has a single seed`
}

func sentinel() *redis.Client {
	return redis.NewFailoverClient(&redis.FailoverOptions{MasterName: "mymaster", SentinelAddrs: []string{"sentinel-0:26379"}}) // want `^failover client redis.NewFailoverClient knows a single Sentinel: if it is down when the client starts, the client cannot find the master; list more Sentinels$`
}

func sentinelCluster() *redis.ClusterClient {
	return redis.NewFailoverClusterClient(&redis.FailoverOptions{MasterName: "mymaster", SentinelAddrs: []string{"sentinel-0:26379"}}) // want `failover client redis.NewFailoverClusterClient knows a single Sentinel`
}

func universalSentinel() redis.UniversalClient {
	return redis.NewUniversalClient(&redis.UniversalOptions{MasterName: "mymaster", Addrs: []string{"sentinel-0:26379"}}) // want `failover client redis.NewUniversalClient knows a single Sentinel`
}

func redisCluster() *redisc.Cluster {
	return &redisc.Cluster{StartupNodes: []string{"10.0.0.1:6379"}, PoolWaitTime: time.Second} // want `cluster client redisc.Cluster has a single seed`
}

func rueidisSentinel() (rueidis.Client, error) {
	return rueidis.NewClient(rueidis.ClientOption{
		InitAddress: []string{"sentinel-0:26379"}, // want `failover client rueidis.NewClient knows a single Sentinel`
		Sentinel:    rueidis.SentinelOption{MasterSet: "mymaster"},
	})
}

func rueidisClusterExpected() (rueidis.Client, error) {
	return rueidis.NewClient(rueidis.ClientOption{
		InitAddress:   []string{"10.0.0.1:6379"}, // want `cluster client rueidis.NewClient has a single seed`
		ClusterOption: rueidis.ClusterOption{ShardsRefreshInterval: time.Minute},
	})
}

func radix() {
	radix3.NewCluster([]string{"10.0.0.1:6379"})                             // want `cluster client radix.NewCluster has a single seed`
	radix3.NewSentinel("mymaster", []string{"10.0.0.1:26379"})               // want `failover client radix.NewSentinel knows a single Sentinel`
	radix4.ClusterConfig{}.New(ctx, []string{"10.0.0.1:6379"})               // want `cluster client radix.ClusterConfig.New has a single seed`
	radix4.SentinelConfig{}.New(ctx, "mymaster", []string{"10.0.0.1:26379"}) // want `failover client radix.SentinelConfig.New knows a single Sentinel`
}

// Not reported.

func threeSeeds() *redis.ClusterClient {
	return redis.NewClusterClient(&redis.ClusterOptions{Addrs: []string{"10.0.0.1:6379", "10.0.0.2:6379", "10.0.0.3:6379"}})
}

func configurationEndpoint() *redis.ClusterClient {
	return redis.NewClusterClient(&redis.ClusterOptions{Addrs: []string{"clustercfg.orders.abc123.use1.cache.amazonaws.com:6379"}})
}

func localDevelopment() *redis.ClusterClient {
	return redis.NewClusterClient(&redis.ClusterOptions{Addrs: []string{"localhost:7000"}})
}

// An empty host is the local machine too (go-redis' own examples use ":26379").
func localSentinel() *redis.Client {
	return redis.NewFailoverClient(&redis.FailoverOptions{MasterName: "master", SentinelAddrs: []string{":26379"}})
}

func runTime() *redis.ClusterClient {
	return redis.NewClusterClient(&redis.ClusterOptions{Addrs: strings.Split(os.Getenv("REDIS_SEEDS"), ",")})
}

func appended(extra string) *redis.ClusterClient {
	list := []string{"10.0.0.1:6379"}
	list = append(list, extra)
	return redis.NewClusterClient(&redis.ClusterOptions{Addrs: list})
}

func universalStandalone() redis.UniversalClient {
	return redis.NewUniversalClient(&redis.UniversalOptions{Addrs: []string{"10.0.0.1:6379"}})
}

func rueidisAuto() (rueidis.Client, error) {
	return rueidis.NewClient(rueidis.ClientOption{InitAddress: []string{"10.0.0.1:6379"}})
}

func rueidisSingle() (rueidis.Client, error) {
	return rueidis.NewClient(rueidis.ClientOption{InitAddress: []string{"10.0.0.1:6379"}, ForceSingleClient: true, ShuffleInit: true})
}

func standalone() *redis.Client {
	return redis.NewClient(&redis.Options{Addr: "10.0.0.1:6379"})
}

func noAddrs() *redis.ClusterClient {
	return redis.NewClusterClient(&redis.ClusterOptions{})
}

func options(o *redis.ClusterOptions) *redis.ClusterClient {
	return redis.NewClusterClient(o)
}

func generic[T any](x T, addrs []string) *redis.ClusterClient {
	_ = x
	return redis.NewClusterClient(&redis.ClusterOptions{Addrs: addrs})
}

func ignored() *redis.ClusterClient {
	//redislint:ignore singleseed the seed is a proxy that knows every node
	return redis.NewClusterClient(&redis.ClusterOptions{Addrs: []string{"10.9.9.9:6379"}})
}

// The options built in a variable first.
func optsVar() *redis.ClusterClient {
	opts := &redis.ClusterOptions{
		Addrs:    []string{"10.0.0.1:6379"}, // want `has a single seed`
		ReadOnly: true,
	}
	return redis.NewClusterClient(opts)
}

type shardConf struct {
	Cluster []string
	Address string
}

// The address list assigned in the arms of an if: which one reaches the
// construction depends on the branch, not reported.
func assignedInBranches(c shardConf) *redis.ClusterClient {
	opts := &redis.ClusterOptions{ReadOnly: true}
	if len(c.Cluster) > 0 {
		opts.Addrs = c.Cluster
	} else {
		opts.Addrs = []string{c.Address}
	}
	return redis.NewClusterClient(opts)
}
