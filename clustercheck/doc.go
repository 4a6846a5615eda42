// Package clustercheck makes a program that talks to a single Redis fail
// the way it would fail on a Redis Cluster, in tests and development.
//
// Most CROSSSLOT bugs are multi-key commands whose keys are computed at run
// time (rdb.MGet(ctx, keys...) over a list built from a request, a
// TxPipelined over a batch). Static analysis (redislint's crossslot
// analyzer) cannot decide them, and a single Redis accepts them. A
// Checker sees each command as the client sends it and, before it is sent,
// finds its keys with the same key-spec table the analyzers use (read from
// redis-server 7.0.15's COMMAND INFO) and their slots with the same slot
// engine, and fails it with an error that reads like the cluster's:
//
//	CROSSSLOT Keys in request don't hash to the same slot (keys "a" slot 15495, "b" slot 3300)
//
// The rules (see Rule): keys of one command in more than one slot
// (CrossSlot); keys of a MULTI … EXEC transaction in more than one slot
// (Transaction); node-local commands, KEYS, SCAN, RANDOMKEY, FLUSHDB,
// FLUSHALL, DBSIZE, SELECT of a database other than 0, SWAPDB, MOVE
// (NodeLocal: reported by default, since a program written for one node
// may use them on purpose); a Lua script that names or builds a key itself
// instead of receiving it in KEYS (ScriptKey). Options sets what each rule
// does (Fail, Report or Off); Allow exempts the calls made with a context;
// Options.Disabled makes the library packages return the client unchanged.
//
// One package per client library installs it:
//
//	rdb.AddHook(goredischeck.New(rdb, clustercheck.Options{}))     // go-redis v9
//	client = rueidischeck.Wrap(client, clustercheck.Options{})      // rueidis
//	client = valkeycheck.Wrap(client, clustercheck.Options{})       // valkey-go
//	conn = redigocheck.Wrap(conn, clustercheck.Options{})           // redigo
//	pool.Dial = redigocheck.Dial(pool.Dial, clustercheck.Options{}) // a redigo Pool
//
// Client-side splitting is respected: a go-redis ClusterClient with routing
// policies (SetCommandInfoResolver) splits MGET, MSET and DEL by slot and
// runs FLUSHDB and DBSIZE on every master, and the rueidis helpers (MGet,
// MSet, MDel, …) split by slot on a wrapped client: those are not reported.
//
// What it cannot see: keys that a proxy routes (the guard sees the
// client's commands, not the proxy's), what a script does on the server
// beyond its source (keys read from other keys, FCALL functions, EVALSHA
// of a source it never saw), and commands redis-server 7.0.15 does not
// know (modules). Undecidable commands pass silently.
package clustercheck
