// Package nodelocal defines an Analyzer that reports Redis commands that a
// cluster client runs on one node only.
//
// # Analyzer nodelocal
//
// nodelocal: report KEYS, SCAN, FLUSHALL and other single-node commands sent through a cluster client
//
// A cluster client sends a command without keys to one node: the node that
// owns the slot of its first argument, or one picked at random, and returns
// that node's answer as if it were the cluster's. KEYS and SCAN see one
// node's keys; FLUSHDB and FLUSHALL empty one node; RANDOMKEY answers nil
// when the chosen node has none; DBSIZE counts one node's keys. SELECT,
// SWAPDB and MOVE fail: a cluster has only database 0. Against one Redis in
// development all of this works.
//
// Bad:
//
//	rdb := redis.NewClusterClient(&redis.ClusterOptions{Addrs: seeds})
//
//	keys, err := rdb.Keys(ctx, "session:*").Result()
//	rdb.FlushDB(ctx)
//	rdb.Do(ctx, "DBSIZE")
//
// gives, for the first call,
//
//	KEYS on a cluster client lists the keys of one node only: use ForEachMaster and Scan on each master
//
// Good:
//
//	var mu sync.Mutex
//	err := rdb.ForEachMaster(ctx, func(ctx context.Context, master *redis.Client) error {
//		iter := master.Scan(ctx, 0, "session:*", 1000).Iterator()
//		for iter.Next(ctx) {
//			mu.Lock()
//			keys = append(keys, iter.Val())
//			mu.Unlock()
//		}
//		return iter.Err()
//	})
//	n, err := rdb.DBSize(ctx).Result() // go-redis sums this one over the masters
//
// # What it reports
//
// On cluster clients only (*redis.ClusterClient, its pipelines and Tx, a
// UniversalClient or Pipeliner that the package shows to come from
// NewClusterClient or from NewUniversalClient with two or more addresses or
// IsClusterMode, a redisc connection, a *radix.Cluster, a rueidis client built
// with two or more InitAddress):
//
//   - go-redis Keys, Scan, ScanType, RandomKey, FlushDB, FlushDBAsync,
//     FlushAll, FlushAllAsync, Move, and Select and SwapDB in a cluster
//     pipeline or transaction; DBSize queued in a cluster pipeline;
//   - the raw forms: go-redis Do(ctx, "KEYS", …) (Do(ctx, "DBSIZE") too: only
//     the typed method is summed), redigo Do and Send on a connection from a
//     redisc.Cluster (Get, Dial, RetryConn), radix Cmd and FlatCmd run by a
//     *radix.Cluster's Do, rueidis and valkey-go B().Keys(), B().Flushall(), …,
//     also through the package's own helpers that forward a command name and
//     its words to such a send, on a client they are given or their receiver
//     holds (c.doWrite(ctx, "CONFIG", "SET", …) with func (c *client)
//     doWrite(ctx, args ...interface{}) error { return c.c.Do(ctx, args...).Err() }),
//     and through such helpers of another package of the program, called
//     directly or through a method of the program's own interface that they
//     implement (s.client.DoRead(ctx, "KEYS", "*"), where DoRead is a method
//     of the component's RedisClient interface and its implementation sends
//     on a client that a constructor makes a cluster client in cluster
//     mode: "KEYS lists the keys of one node only if the
//     redis.UniversalClient that (redis.RedisClient).DoRead sends on is a
//     cluster client");
//   - radix v3 radix.NewScanner(cluster, …), which its own documentation says
//     does not work on a *Cluster (use Cluster.NewScanner);
//   - a database other than 0 in options that reach a cluster (-db): go-redis
//     UniversalOptions.DB of a cluster client (silently ignored: writes go to
//     database 0), rueidis and valkey-go SelectDB (NewClient fails), redigo DialDatabase in
//     a redisc.Cluster's DialOptions (every connection fails);
//   - CONFIG SET and CONFIG GET (go-redis ConfigSet, ConfigGet, Do(ctx,
//     "CONFIG", …); rueidis B().ConfigSet(), B().ConfigGet());
//   - go-redis PubSubNumSub, PubSubChannels and PubSubNumPat, and
//     Do(ctx, "PUBSUB", "NUMSUB", …) (PUBSUB NUMSUB, CHANNELS, NUMPAT; a
//     raw command's subcommand is read from the word after its name when
//     that is a constant): a plain channel's subscribers connect to
//     any node, and each node counts its own (a server count built on
//     NUMSUB, as socket.io's Redis adapter keeps, is then one node's);
//     the shard variants count the channel's shard and are not reported;
//   - subscriptions to keyspace and keyevent notifications (go-redis
//     PSubscribe(ctx, "__keyspace@0__:*"), Subscribe(ctx,
//     "__keyevent@0__:expired"), or a channel the program builds with such
//     a head: "__keyspace@0__:" + key in a field, fmt.Sprintf(
//     "__keyevent@%d__:*", db)): each node publishes the events of its own
//     keys only;
//   - the same commands through the program's own interface (a store's
//     RedisClusterClientInterface) when the program shows that a cluster
//     client is stored into it.
//
// With -interfaces (the default), the same commands are also reported,
// hedged, on clients that may be cluster clients: a go-redis
// UniversalClient, Cmdable or Pipeliner parameter or field whose client the
// package does not show, a rueidis client of unknown address count (rueidis
// NewClient with one address becomes a cluster client when that node is a
// cluster node), and a client from a constructor that picks the kind at run
// time (NewUniversalClient with an address list read at run time, a mode
// switch, a function of another package that returns either; a path that
// returns nil first, return nil, err, returns no client). The message
// says the condition:
//
//	KEYS lists the keys of one node only if this redis.UniversalClient is a cluster client: use ForEachMaster and Scan on each master
//	SCAN iterates the keys of one node only if the client redis.NewUniversalClient builds is a cluster client: use ForEachMaster and Scan on each master
//
// No suggested fix: the cluster-wide form is a different shape of code.
//
// # Measured
//
// With go-redis v9.23.0 against three masters of redis-server 7.0.15
// holding 30 keys: Keys(ctx, "*") returned 8 or 14 keys (one node's, picked
// per call), a full Scan loop 8 or 14, FlushDB and FlushAll (and their Async
// forms, and Do(ctx, "FLUSHALL")) left 16 or 22 keys, Do(ctx, "DBSIZE")
// answered 8 or 14; Move, Do(ctx, "SELECT", 1) and Select and SwapDB in a
// pipeline failed with "ERR … is not allowed in cluster mode", and
// NewUniversalClient with two addresses and DB: 2 wrote to database 0.
// (*ClusterClient).DBSize answered 30 (go-redis runs it on every master,
// osscluster_commands.go), but the same DBSize in a cluster pipeline
// answered 8. rueidis v1.0.79 (KEYS, DBSIZE: 8), redisc v1.4.0 (8) and
// radix v4.1.4 (8) behave the same.
//
// CONFIG SET through a ClusterClient changed one node of three, and CONFIG
// GET answered the value of a random node. With 30 keys set through a
// ClusterClient, PSubscribe(ctx, "__keyspace@0__:*") heard the events of 13
// and Subscribe to __keyevent@0__:set of 7: each node publishes its own.
// With two channels subscribed on the first master and a pattern on the
// second, twelve ClusterClients in a row answered PubSubNumSub with the
// first master's counts and PubSubChannels and PubSubNumPat with another
// node's (none).
//
// In a package that installs go-redis' routing policies
// (client.SetCommandInfoResolver(client.NewDynamicResolver()), go-redis
// v9.18+), FLUSHDB, FLUSHALL and DBSIZE are not reported on go-redis
// clients: measured with go-redis v9.23.0, the client then runs them on every
// master (30 keys counted, all flushed). KEYS and RANDOMKEY still are: with
// the resolver they answered nothing at all (0 keys, empty), and SCAN still
// read one node (8 keys).
//
// # Not reported
//
// Single-node clients, including the *redis.Client that ForEachMaster and
// ForEachShard hand their function and the connection redisc's EachNode
// hands its function (that is the cluster-wide way); with -interfaces=false,
// clients that may be cluster clients; a command after a type assertion or
// type switch on the same variable or field that takes the
// *redis.ClusterClient branch elsewhere (if _, ok := c.rdb.(*redis.ClusterClient);
// ok { …ForEachMaster… } else { c.rdb.Keys(…) }, also through a comma-ok
// variable assigned before the if): the library branches on the kind
// itself; a command in a helper of the package whose every caller gives it
// such a client (scanNode(ctx, node) in the ForEachMaster callback and
// scanNode(ctx, s.rdb) on the other side of the assertion); a command on the branch of a mode recorded beside the client
// that only the single-node construction sets (if s.kind == kindCluster
// { …ForEachMaster… } else { s.rdb.Scan(…) }, an early return, if
// s.prefix == "" { FLUSHDB }, when every composite literal of the struct
// shows which constructions come with which value); KEYS, SCAN and
// KEYS on a go-redis v9.3.1 to v9.19.x cluster client (or one that may be)
// whose pattern begins with a hash tag (rdb.Keys(ctx, "jobs:{" + queue +
// "}:t:*"), or Do(ctx, "KEYS", pattern)): those versions send KEYS to the
// master of the pattern's slot,
// which holds every key the pattern can match (measured on three masters,
// five runs each: Keys(ctx, "jobs:{q1}:t:*") found its 10 keys in every
// run with v9.3.1, v9.14.1 and v9.19.0, in one of five with v9.0.5,
// v9.3.0, v9.20.0 and v9.23.0; "other:*" found 7 or 13 of 30 with each);
// earlier versions and v9.20.0+ send it to a random master once they have
// COMMAND INFO, and
// a go-redis whose version its module path does not say (vendored,
// replaced) is taken for those; SCAN is routed by its cursor, not its
// pattern, and is reported; KEYS, SCAN and
// ScanType in a go-redis WATCH transaction whose MATCH pattern carries the
// watched keys' hash tag before its first wildcard (rdb.Watch(ctx,
// func(tx *redis.Tx) error { tx.Keys(ctx, "{user:1}:*") … },
// "{user:1}:lock")): the cluster client's Watch runs its function on the
// master of the watched keys' slot, which holds every key the pattern can
// match (measured: 30 keys of 30), also queued in a pipeline of that Tx
// (tx.TxPipelined, tx.Pipelined: the Tx's one connection), through the
// program's own wrapper that passes its keys to Watch (m.txn(ctx, fn,
// m.inodeKey(ino))), in a function of the package given by name
// (rdb.Watch(ctx, s.scanChunks, keys...)) when every reference to it is
// such a transaction's (a pattern must then carry the tag of each), in a
// literal or function held in a local variable stored once whose one use
// is the Watch (txf := func(tx *redis.Tx) error { … }; rdb.Watch(ctx, txf,
// "{user:1}:lock")), and with
// a prefix that is a hash tag on the cluster path only (prefix =
// fmt.Sprintf("{%d}", db) beside NewClusterClient, "" beside NewClient):
// every value of the pattern that can meet a cluster client must carry the
// watched keys' tag (KEYS item:* in the same transaction saw one node's
// keys, and is reported); the per-node clients of rueidis Client.Nodes()
// and radix v4 Cluster.Clients(); a go-redis NewFailoverClusterClient (Sentinel), whose
// *ClusterClient maps every slot to the one master, so KEYS and FLUSHDB see
// every key (go-redis v9.23.0 sentinel.go); redigo and radix handles of
// unknown origin (most often single-node pools); receivers of
// type-parameter type; (*ClusterClient).DBSize,
// ScriptLoad, ScriptFlush and ScriptExists, which go-redis runs on every
// master; commands whose name is not a constant; and the commands -skip
// names.
//
// The packages of the client libraries themselves (redisc, radix, rueidis, …)
// are not checked: a library that implements cluster support dials single
// nodes and follows MOVED on purpose.
//
// Valkey 9 allows numbered databases in cluster mode (the cluster-databases
// setting, SELECT included): on such clusters a database other than 0 is
// legitimate, and -db=false is the setting to use (the messages
// about databases say so). Redis Cluster, and Valkey clusters without
// cluster-databases, have only database 0; the SELECT, SWAPDB and MOVE
// commands stay reported either way, since most clusters refuse them.
package nodelocal
