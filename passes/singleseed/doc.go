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
//   - rueidis (and valkey-go) NewClient's InitAddress when Sentinel.MasterSet is set, or when
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
//	-singleseed.exempt='(?i)(^|\.)clustercfg\.|^$|^localhost$|^127\.|^::1$'  regexp of hosts that resolve to every node or are local; empty: none
package singleseed
