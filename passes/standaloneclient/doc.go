// Package standaloneclient defines an Analyzer that reports single-node
// Redis clients aimed at a Redis Cluster.
//
// # Analyzer standaloneclient
//
// standaloneclient: report single-node Redis clients whose endpoint the program shows to be a cluster
//
// A single-node client (go-redis NewClient, NewUniversalClient with one
// address, redigo Dial, DialURL, DialContext and the Dial of a Pool, rueidis
// and valkey-go NewClient with ForceSingleClient, radix pools and connections) talks to
// one node. Pointed at a cluster, it works for the keys that node owns and
// fails with "MOVED 13437 10.0.0.7:6379" for all the others; SELECT of a DB
// other than 0 fails outright. Nothing shows in development against one
// Redis.
//
// The analyzer reports such a client only when the program itself shows
// that the endpoint is a cluster:
//
//   - the address is a constant whose host names a cluster: an ElastiCache
//     configuration endpoint (clustercfg.…) or a host label containing
//     "cluster" (-hosts), or whose port is one that redis create-cluster and
//     the cluster tutorial use, 7000-7005 and 30001-30006 (-ports; the
//     message says "probably");
//   - the address is read from an environment variable, flag, config key or
//     struct field whose name says cluster (-names):
//     os.Getenv("REDIS_CLUSTER_ADDR"), flag.String("redis-cluster-addr", …);
//   - the same constant, variable, field or setting is also given to a
//     cluster client elsewhere in the program (in another package too, when
//     the constant or variable is declared in the package that builds the
//     cluster client), and not in the other arm of the same if or switch;
//   - the client is sent CLUSTER commands (ClusterSlots, Do("CLUSTER", …)),
//     or the function around it parses MOVED/ASK replies by hand.
//
// For example
//
//	rdb := redis.NewClient(&redis.Options{Addr: os.Getenv("REDIS_CLUSTER_ADDR")})
//
// gives
//
//	redis.NewClient builds a single-node client, but the address comes from environment variable "REDIS_CLUSTER_ADDR", whose name says cluster: use NewClusterClient with the seeds, or NewUniversalClient with IsClusterMode (go-redis v9.8.0+)
//
// Related information points at the evidence. For go-redis the suggested
// fix turns NewClient(&Options{Addr: a, …}) into
// NewClusterClient(&ClusterOptions{Addrs: []string{a}, …}), offered only
// when the options are a literal whose other fields all exist in
// ClusterOptions, DB is 0, and the result goes where a *ClusterClient fits
// (an interface such as UniversalClient); and it sets IsClusterMode on a
// NewUniversalClient with one address when the go-redis version has it.
// An address read at run time becomes strings.Split(a, ","), so that the
// setting can name every seed (and singleseed has nothing to say).
// No fix is offered on the evidence of a port or of a config key read by a
// helper.
//
// The packages of the client libraries themselves (redisc, radix,
// rueidis, …) are not checked: a library that implements cluster support
// dials single nodes and follows MOVED on purpose.
//
// Not reported: clients with no such evidence (localhost:6379, an address
// from REDIS_ADDR), clients made in a loop over a list of nodes (a client
// per node, on purpose), a single-node client and a cluster client built
// from the same address in the two arms of an if or a switch (a mode
// switch), Sentinel-backed failover clients, rueidis clients without
// ForceSingleClient (rueidis discovers a cluster by itself), and an address
// shared only with cluster clients built in _test.go files (tests build
// every kind of client against one fixture on purpose), and a node's admin
// connection: a client sent CLUSTER commands but nothing with keys cannot
// get MOVED.
//
// Flags:
//
//	-standaloneclient.hosts='(?i)(^|\.)[a-z0-9-]*cluster[a-z0-9-]*(\.|$)'  regexp of hosts that name a cluster; empty: none
//	-standaloneclient.ports=7000-7005,30001-30006                        ports and ranges of cluster tutorials; empty: none
//	-standaloneclient.names='(?i)cluster'                                regexp of setting and field names that say cluster; empty: none
package standaloneclient
