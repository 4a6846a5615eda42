// Package nodelocal defines an Analyzer that reports Redis commands that a
// cluster client runs on one node only.
//
// # Analyzer nodelocal
//
// nodelocal: report KEYS, SCAN, FLUSHALL and other single-node commands sent through a cluster client
//
// A cluster client sends a command without keys to one node: the node that
// owns the slot of its first argument, or one picked at random. For KEYS
// and SCAN that node's keys come back as if they were the cluster's; FLUSHDB
// and FLUSHALL empty one node; RANDOMKEY answers nil when the chosen node
// has none; DBSIZE counts one node's keys. SELECT, SWAPDB and MOVE fail:
// a cluster has only database 0. Against one Redis in development all of
// this works.
//
// Measured with go-redis v9.23.0 against three masters of redis-server
// 7.0.15 holding 30 keys: ClusterClient.Keys(ctx, "*") returned 8 or 14
// keys depending on the node, a full Scan loop 8 or 14, FlushDB and FlushAll
// left 16 or 22 keys, Do(ctx, "DBSIZE") answered 8 or 14, Select and SwapDB
// in a pipeline and Move failed with "ERR … is not allowed in cluster mode".
// (*ClusterClient).DBSize is different: go-redis runs it on every master and
// sums (30), so it is not reported; the same DBSize queued in a cluster
// pipeline answered 8 and is. rueidis, redisc and radix v4 behave the same.
//
// The analyzer reports, on cluster clients only:
//
//   - go-redis Keys, Scan, ScanType, RandomKey, FlushDB(Async),
//     FlushAll(Async), Select, SwapDB and Move on a *ClusterClient, its
//     pipelines and Tx, and on a UniversalClient or Pipeliner that the
//     package shows to hold a cluster client (NewClusterClient,
//     NewUniversalClient with two or more addresses or IsClusterMode);
//     DBSize in a cluster pipeline;
//   - the raw forms: Do(ctx, "KEYS", …) and the like on go-redis; Do and Send
//     on a redisc connection (cluster.Get(), cluster.Dial(), RetryConn);
//     radix Cmd and FlatCmd run by a *radix.Cluster's Do;
//   - rueidis and valkey-go builder commands (B().Keys(), B().Flushall(), …) on a client
//     built with two or more InitAddress;
//   - radix v3 NewScanner given a *radix.Cluster (use Cluster.NewScanner);
//   - a database other than 0 in options that reach a cluster: go-redis
//     UniversalOptions.DB of a cluster client (silently ignored: writes go
//     to database 0), rueidis and valkey-go SelectDB (NewClient fails), redigo
//     DialDatabase in a redisc.Cluster's DialOptions (every connection fails).
//
// For example
//
//	rdb := redis.NewClusterClient(&redis.ClusterOptions{Addrs: seeds})
//	keys, err := rdb.Keys(ctx, "session:*").Result()
//
// gives
//
//	KEYS on a cluster client lists the keys of one node only: use ForEachMaster and Scan on each master
//
// In a package that installs go-redis' routing policies
// (client.SetCommandInfoResolver(client.NewDynamicResolver()), go-redis
// v9.18+), FLUSHDB, FLUSHALL and DBSIZE are not reported on go-redis
// clients: measured on redis-server 7.0.15 with go-redis v9.23.0, the client
// then runs them on every master and combines the answers. KEYS and
// RANDOMKEY still are: with the resolver they answer nothing at all.
//
// The packages of the client libraries themselves (redisc, radix,
// rueidis, …) are not checked: a library that implements cluster support
// dials single nodes and follows MOVED on purpose.
//
// Not reported: the same commands on single-node clients, including the
// *redis.Client that ForEachMaster and ForEachShard hand their function
// (that is the cluster-wide way), and on interfaces whose client the
// package does not show (a parameter of type UniversalClient); and
// (*ClusterClient).DBSize, ScriptLoad, ScriptFlush and ScriptExists, which
// go-redis runs on every master.
//
// Flags:
//
//	-nodelocal.skip=''   comma-separated Redis commands not to report, e.g. RANDOMKEY,DBSIZE
//	-nodelocal.db=true   report a database other than 0 in the options of a cluster client
//
// Valkey 9 allows numbered databases in cluster mode (the cluster-databases
// setting, SELECT included): on such clusters a database other than 0 is
// legitimate, and -nodelocal.db=false is the setting to use (the messages
// about databases say so). Redis Cluster, and Valkey clusters without
// cluster-databases, have only database 0; the SELECT, SWAPDB and MOVE
// commands stay reported either way, since most clusters refuse them.
package nodelocal
