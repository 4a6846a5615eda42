// Package singleseed defines an Analyzer that reports Redis Cluster and
// Sentinel clients that know a single node.
//
// # Analyzer singleseed
//
// singleseed: report cluster clients with a single seed and failover clients with a single Sentinel
//
// A cluster client learns the slot map from its seeds when it starts. With
// one seed, that node being down at start-up (a restart, a failover, a
// network blip) leaves the client without a slot map: every command fails
// until that very node is back, although the rest of the cluster is
// healthy. Measured with go-redis v9.23.0 and three masters of redis-server
// 7.0.15: with the one seed stopped, SET bar (owned by a healthy master)
// failed with "dial tcp 127.0.0.1:7142: connect: connection refused"; with
// that seed and one more, it worked. A failover client that knows one
// Sentinel cannot find the master when that Sentinel is down.
//
// Bad:
//
//	rdb := redis.NewClusterClient(&redis.ClusterOptions{Addrs: []string{"10.0.0.1:6379"}})
//
//	cluster := &redisc.Cluster{StartupNodes: []string{"redis-0.redis:6379"}}
//
//	rdb := redis.NewFailoverClient(&redis.FailoverOptions{MasterName: "mymaster", SentinelAddrs: []string{"sentinel-0:26379"}})
//
// gives, for the first call,
//
//	cluster client redis.NewClusterClient has a single seed: if it is down when the client starts, the client never learns the slot map; list more seeds (every master is best)
//
// Good:
//
//	rdb := redis.NewClusterClient(&redis.ClusterOptions{Addrs: []string{"10.0.0.1:6379", "10.0.0.2:6379", "10.0.0.3:6379"}})
//
//	// an endpoint that resolves to every node
//	rdb := redis.NewClusterClient(&redis.ClusterOptions{Addrs: []string{"clustercfg.orders.abc123.use1.cache.amazonaws.com:6379"}})
//
// # What it reports
//
// Address lists written as literals (directly or through a variable assigned
// once, and options built in a variable: opts := redis.ClusterOptions{…};
// NewClusterClient(&opts)) with fewer addresses than -min:
//
//   - go-redis NewClusterClient(&ClusterOptions{Addrs: …}), NewUniversalClient
//     with IsClusterMode: true, and the Sentinel lists of NewFailoverClient,
//     NewFailoverClusterClient and NewUniversalClient with MasterName;
//   - redisc.Cluster{StartupNodes: …};
//   - rueidis (and valkey-go) NewClient's InitAddress when Sentinel.MasterSet is set, or when
//     the options show that a cluster is expected (ClusterOption or
//     ShuffleInit is set);
//   - radix v3 NewCluster and NewSentinel, radix v4 ClusterConfig.New and
//     SentinelConfig.New.
//
// When an address is not a constant, the message adds that the list is fine
// if that address resolves to every node
// ("unless os.Getenv("REDIS_SEED") resolves to every node"). No suggested
// fix: the analyzer cannot know the other seeds.
//
// A per-node tool is not reported. An exporter or admin tool that talks to
// exactly the node it was given builds its cluster client from that one node
// on purpose (redis_exporter and redis-cli style tools dial the node alone
// too, for INFO or CLUSTER commands). Decision: when the seed is the same
// variable or field (by object) that the package also gives to a
// single-node client, or is read from the same setting (uri := e.addr in
// both functions, also through a concatenation such as "redis://" + uri),
// the program needs that very node anyway (unless the single-node client
// is the other arm of a mode switch: if cluster { … } else { NewClient(addr) }
// is no per-node tool), so a second
// seed would not keep it working while that node is down; the finding would
// be noise. The same shape without that single-node connection (a library's
// New(addr) building a cluster client from one address) is still reported,
// hedged with "unless addr resolves to every node".
//
// # Not reported
//
// Lists built at run time (strings.Split(os.Getenv("REDIS_SEEDS"), ","),
// append); lists naming a host that -exempt matches (by default AWS
// configuration endpoints, clustercfg.…, which resolve to every node, and
// loopback hosts of local development); a seed read from a setting,
// variable or field whose name says configuration endpoint (-endpoints:
// REDIS_CONFIGURATION_ENDPOINT, cfg.ConfigEndpoint, clustercfg), which
// resolves to every node as the hosts -exempt matches do; go-redis NewUniversalClient with one
// address and no IsClusterMode (a single-node client: see standaloneclient);
// and rueidis clients with one address and no sign of a cluster (rueidis
// decides at run time, and falls back to a single node).
//
// The packages of the client libraries themselves (redisc, radix, rueidis, …)
// are not checked: a library that implements cluster support dials single
// nodes and follows MOVED on purpose.
package singleseed
