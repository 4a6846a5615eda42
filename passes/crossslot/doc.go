// Package crossslot defines an Analyzer that reports Redis commands whose
// keys hash to different cluster slots.
//
// # Analyzer crossslot
//
// crossslot: report multi-key commands, scripts, transactions and WATCH blocks whose keys are in different cluster slots
//
// Redis Cluster serves a command that names several keys only when all of
// them hash to the same slot; otherwise it answers
// "CROSSSLOT Keys in request don't hash to the same slot". The same holds
// for the keys of a Lua script (EVAL, EVALSHA, FCALL), for every command of a
// MULTI/EXEC transaction, and go-redis refuses a cluster WATCH whose keys
// are in different slots. Development usually runs against one Redis, where
// all of this works, so the failure first shows in production, and only for
// some keys.
//
// The analyzer reports such calls on go-redis cluster clients
// (*redis.ClusterClient, its pipelines, transactions and Tx), on interfaces
// that may hold one (redis.UniversalClient, redis.Cmdable, …; the message
// says so, unless every value the package stores into the interface comes
// from one kind of constructor), and on *redis.Ring, which shards keys by
// hash tag too:
//
//	rdb := redis.NewClusterClient(&redis.ClusterOptions{Addrs: seeds})
//	rdb.MGet(ctx, "user:101:profile", "user:101:settings") // slots 14791 and 6457
//
// gives
//
//	MGET keys "user:101:profile" (slot 14791) and "user:101:settings" (slot 6457) hash to different slots: CROSSSLOT on a cluster
//
// The other client libraries are read the same way: raw commands
// (go-redis Do, redigo and redisc Do/Send with redis.Args, radix Cmd run by
// a *radix.Cluster), whose keys come from redis-server's key specs; rueidis
// command builders, which panic on a cluster client when keys are in
// different slots, and rueidiscompat; and the script types of redigo,
// rueidis and radix. The message says what the library does: the server
// answers CROSSSLOT, rueidis panics, or radix refuses the action.
//
// Lua scripts with constant source that touch a key they write themselves
// (redis.call('GET', 'user:' .. ARGV[1]), or a literal key) instead of
// receiving it in KEYS are reported: on a cluster a script runs on the node
// of its KEYS and fails when that key is in another slot. Keys built from
// ARGV or KEYS values are left alone: the caller may pass a prefix that
// carries the hash tag.
//
// A hash tag makes keys share a slot: only the part between the first '{'
// and the next '}' is hashed. The suggested fix wraps the longest beginning
// the keys share, up to a separator (one of ":._-/|#"), in a tag:
//
//	rdb.MGet(ctx, "{user:101}:profile", "{user:101}:settings")
//
// The fix is offered only when the tagged keys are checked to share a slot.
// When a key comes from a named constant of the package, the fix edits the
// constant's declaration so that every use moves with it. Renaming keys
// renames data: what is stored under the old names must be migrated.
//
// Keys need not be constants. The analyzer evaluates string concatenation,
// fmt.Sprintf and fmt.Sprint with constant formats, strings.Join,
// strconv.Itoa and FormatInt, local variables assigned once, and slice and
// map literals spread into the call. Values it cannot see become opaque
// parts that remember which variable they are. Keys whose slots are known
// are compared exactly; keys with opaque parts are reported only when the
// parts Redis hashes provably differ (different hash tags, or no tag and
// different constant text), worded as what it is: they hash to different
// slots for almost every value. Keys that share a hash tag around the same
// value, like "{user:" + id + "}:profile" and "{user:" + id + "}:settings",
// are in one slot whatever id is, and are not reported.
//
// In a package that installs go-redis' routing policies
// (SetCommandInfoResolver, go-redis v9.18+), commands whose COMMAND INFO
// tips say request_policy:multi_shard (DEL, EXISTS, MGET, MSET, MSETNX,
// TOUCH, UNLINK) are not reported on go-redis clients: the client splits them by
// slot.
//
// go-redis NewFailoverClusterClient (Sentinel) builds a *redis.ClusterClient
// whose every slot maps to the one master the Sentinels name. Measured with
// go-redis v9.23.0 against redis-server 7.0.15 and redis-server --sentinel
// on loopback: cross-slot MSET, MGET, DEL and EVAL succeed and KEYS sees
// every key; but the ClusterClient's own checks run before anything is
// sent: Watch with keys of two slots fails with "redis: Watch requires all
// keys to be in the same slot", and TxPipelined with keys of two slots
// fails with CROSSSLOT (go-redis v9.11+). So on such a client only WATCH
// blocks and transactions are reported, with their own wording. A client
// behind a type guard (if _, ok := c.rdb.(*redis.ClusterClient); ok { one
// GET per key } else { c.rdb.MGet(ctx, keys...) }) is not a cluster client
// where the multi-key command is sent, and a wrapper built so is not a
// cross-slot wrapper: its callers are silent. Client kinds come from the
// client-flow layer (internal/clientflow).
//
// Not reported: standalone clients (*redis.Client, *redis.Conn; see
// standaloneclient for those aimed at a cluster; -standalone for proxies), keys the analyzer cannot
// see, a single key, equal keys, and keys of different commands outside a
// transaction (a plain pipeline sends each command on its own).
//
// # Cluster proxies
//
// Some teams reach a cluster through one endpoint that is a proxy: cloud
// "cluster edition" proxies, Envoy's Redis proxy, Redis Software without
// the OSS Cluster API. There a single-node client (*redis.Client) is right,
// and a multi-key command whose keys are in different slots still fails
// with CROSSSLOT unless the proxy splits it. With -standalone, the keys of
// single-node clients are checked too, worded as the condition:
//
//	RENAME keys "foo" (slot 12182) and "bar" (slot 5061) hash to different slots: CROSSSLOT if this endpoint is a cluster proxy
//
// Commands that the proxies below split by slot are not reported: DEL,
// EXISTS, MGET, MSET, MSETNX, TOUCH and UNLINK (the commands whose COMMAND
// INFO tips say request_policy:multi_shard). Transactions and every other
// multi-key command (RENAME, SUNIONSTORE, EVAL with keys, …) are. What the
// proxies' public documentation says (read 2026-12-01):
//
//   - Redis Software (Enterprise) without the OSS Cluster API: its proxy
//     runs MSET, MGET "and other variadic commands" across shards, not
//     atomically; a MULTI/EXEC with keys of different slots answers
//     CROSSSLOT (redis.io FAQ "What needs to be checked before resharding a
//     Redis Enterprise database?"). redis.io's "Multi-key operations" page
//     has the per-command table; only its outline could be read here.
//   - Tencent Cloud Redis Cluster Edition: the proxy runs DEL, UNLINK,
//     EXISTS, MSET and MGET across slots and nodes, and ZUNIONSTORE; KEYS
//     is run on every master and merged ("Differences Between the Proxy
//     Architecture and Direct Connection Mode").
//   - Alibaba Cloud Tair (Redis OSS-compatible) cluster in proxy mode:
//     multi-key commands across slots are supported (its table of
//     commands); transactions and scripts are split by slot and sent to
//     each node, without cross-slot consistency.
//   - China Telecom eSurfing Cloud proxy mode: MSET, MSETNX, SINTER,
//     SUNION, SDIFF (and their STORE forms), SMOVE, ZUNIONSTORE and others
//     across slots.
//   - Volcengine Redis Enterprise with two or more shards: BITOP, COPY,
//     RENAME, RENAMENX, GEO*STORE, PFCOUNT, PFMERGE, the moving and
//     blocking list commands, EVAL/FCALL, SDIFF/SINTER/SUNION and the sorted
//     set algebra need all keys in one slot.
//   - redis-cluster-proxy (RedisLabs, archived): DEL and EXISTS sum, MGET
//     and KEYS merge the nodes' replies, MSET is split.
//
// Not verified: which commands Envoy's Redis proxy splits (its docs speak of
// "fragmented commands"; the command table could not be read), twemproxy
// (MGET and DEL split, MSET not, from an old copy of its notes), AWS
// ElastiCache Serverless and Google Memorystore (which expose the cluster
// protocol rather than a proxy, as far as their docs say). None of these
// was measured here: no proxy is installed on this machine.
//
// Flags:
//
//	-crossslot.interfaces=true  report calls on interfaces that may hold a cluster client
//	-crossslot.ring=true        report calls on *redis.Ring
//	-crossslot.templates=true   report keys built at run time whose hashed parts differ
//	-crossslot.standalone=false also check single-node clients, for endpoints that are cluster proxies
package crossslot
