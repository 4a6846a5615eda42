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
// healthy. A failover client with one Sentinel cannot find the master when
// that Sentinel is down.
//
// The analyzer reports address lists written as literals (directly or
// through a variable assigned once) with fewer addresses than -min:
//
//   - go-redis NewClusterClient(&ClusterOptions{Addrs: …}), NewUniversalClient
//     with IsClusterMode: true, and the Sentinel lists of NewFailoverClient,
//     NewFailoverClusterClient and NewUniversalClient with MasterName;
//   - redisc.Cluster{StartupNodes: …};
//   - rueidis NewClient's InitAddress when Sentinel.MasterSet is set, or when
//     the options show that a cluster is expected (ClusterOption or
//     ShuffleInit is set);
//   - radix v3 NewCluster and NewSentinel, radix v4 ClusterConfig.New and
//     SentinelConfig.New.
//
// For example
//
//	rdb := redis.NewClusterClient(&redis.ClusterOptions{Addrs: []string{"10.0.0.1:6379"}})
//
// gives
//
//	cluster client redis.NewClusterClient has a single seed: if it is down when the client starts, the client never learns the slot map; list more seeds (every master is best)
//
// When an address is not a constant, the message says that the list is fine
// if that address resolves to every node.
//
// The packages of the client libraries themselves (redisc, radix,
// rueidis, …) are not checked: a library that implements cluster support
// dials single nodes and follows MOVED on purpose.
//
// A seed read from a setting, variable or field whose name says
// configuration endpoint (-endpoints: REDIS_CONFIGURATION_ENDPOINT,
// cfg.ConfigEndpoint, clustercfg) is fine: such an endpoint resolves to
// every node, as the constant hosts -exempt matches do.
//
// A per-node tool is not reported either. An exporter or admin tool that
// talks to exactly the node it was given builds its cluster client from
// that one node on purpose (redis_exporter and redis-cli style tools dial
// the node alone too, for INFO or CLUSTER commands). Decision: when the
// seed is the same variable or field (by object) that the package also
// gives to a single-node client, the program needs that very node anyway,
// so a second seed would not keep it working while that node is down; the
// finding would be noise. The same shape without that single-node
// connection (a library's New(addr) building a cluster client from one
// address) is still reported, hedged with "unless addr resolves to every
// node".
//
// Not reported: lists built at run time (strings.Split(os.Getenv(…), ","),
// append), lists naming a host that -exempt matches (by default AWS
// configuration endpoints, clustercfg.…, which resolve to every node, and
// loopback hosts of local development), go-redis NewUniversalClient with one
// address and no IsClusterMode (a single-node client: see
// standaloneclient), and rueidis clients with one address and no sign of a
// cluster (rueidis decides at run time).
//
// Flags:
//
//	-singleseed.min=2                                               report lists with fewer addresses than this
//	-singleseed.endpoints='(?i)(config(uration)?|cfg|discovery)[-_. ]?endpoint|clustercfg'  regexp of names that name a configuration endpoint; empty: none
//	-singleseed.exempt='(?i)(^|\.)clustercfg\.|^$|^localhost$|^127\.|^::1$'  regexp of hosts that resolve to every node or are local; empty: none
package singleseed
