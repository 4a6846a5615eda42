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
// and valkey-go (its fork) command builders, which panic on a cluster client
// when keys are in different slots, their DoMulti transactions, Dedicated
// and hooked (WithHook) clients, and rueidiscompat/valkeycompat; and the
// script types of redigo, rueidis, valkey-go and radix. The message says
// what the library does: the server answers CROSSSLOT, rueidis or valkey-go
// panics, or radix refuses the action.
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
// tips say request_policy:multi_shard (DEL, EXISTS, MGET, MSET, TOUCH,
// UNLINK) are not reported on go-redis clients: the client splits them by
// slot. valkey-glide's cluster client splits MSET, MGET, DEL, EXISTS,
// UNLINK, TOUCH and WATCH itself (measured with v2.5.3): not reported
// either. A split all-or-nothing command is reported with its own wording,
// since the program's logic depends on its atomicity:
//
//	MSETNX keys "foo" (slot 12182) and "bar" (slot 5061) hash to different slots: go-redis' routing policies split it by slot on a cluster client: each slot's MSETNX succeeds or fails alone, so the command is no longer all-or-nothing
//
// (measured: with "bar" existing, MSETNX answered false and set "foo").
// rueidis' and valkey-go's MSetNX helpers send one SET NX per key to a
// cluster client, so they are reported whatever the keys' slots:
//
//	rueidis.MSetNX sends one SET NX per key on a cluster client: the MSETNX of "foo" and "bar" is not all-or-nothing (a key is set although another exists); use B().Msetnx() with keys of one slot
//
// valkey-glide's typed commands take []string keys (SUnionStore(ctx, dst,
// keys), SInter, Rename, FCallWithKeysAndArgs, …) and its CustomCommand a
// []string of words; an atomic batch (pipeline.NewClusterBatch(true)) is a
// transaction, which GLIDE refuses when its keys are in several slots
// ("Received crossed slots in pipeline", nothing sent); a non-atomic batch
// sends each command on its own.
//
// Not reported: standalone clients (*redis.Client, *redis.Conn; see
// standaloneclient for those aimed at a cluster), keys the analyzer cannot
// see, a single key, equal keys, and keys of different commands outside a
// transaction (a plain pipeline sends each command on its own).
//
// Flags:
//
//	-crossslot.interfaces=true  report calls on interfaces that may hold a cluster client
//	-crossslot.ring=true        report calls on *redis.Ring
//	-crossslot.templates=true   report keys built at run time whose hashed parts differ
package crossslot
