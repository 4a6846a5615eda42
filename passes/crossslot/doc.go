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
// A script that calls Redis on keys it read from a reply,
//
//	for _, k in ipairs(redis.call('ZRANGE', KEYS[1], 0, -1)) do redis.call('HGETALL', k) end
//
// (also through a local assigned once), touches keys it never declared:
// on the live cluster it fails with "Script attempted to access a non
// local key in a cluster node". It is reported unless every key the call
// passes in KEYS carries a hash tag (a tagged index usually lists keys of
// its tag). A key the script builds as KEYS[i] .. suffix is in the slot of
// KEYS[i] only when KEYS[i] carries a hash tag: it is reported at the call
// when the key passed as KEYS[i] provably has none ("jobs" for
// KEYS[1] .. ':lock', with both slots when the suffix is a literal), and
// left alone when it is tagged or cannot be seen (asynq passes tagged
// prefixes on purpose).
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
// Keys are named through key builders the way services write them: a
// function or method whose result is a key template in terms of its
// parameters, its receiver's fields and the package's constants,
//
//	func profileKey(id int64) string     { return fmt.Sprintf("profile:%d", id) }
//	func (k Keys) Inbox(id int64) string { return k.ns + ":inbox:" + strconv.FormatInt(id, 10) }
//	rdb.MGet(ctx, profileKey(id), settingsKey(id))
//
// is summarised once per package and evaluated at each call with the
// arguments substituted, in the same package or another one (a keys
// package that uses no client: the summaries are facts, like wrappers).
// Generic functions, method values (f := k.Inbox), chains of builders on
// string types (keys.User(id).Feed()) and string conversions are followed;
// several returns count when they agree, or when they share a hash tag
// (then what follows the tag is unknown); returns that disagree make the
// result unknown, and so does recursion. The message shows the template:
//
//	MGET keys profileKey(id) = "profile:%d" and settingsKey(id) = "settings:%d" carry no hash tag: they hash to different slots for almost every id: CROSSSLOT on a cluster
//
// Partly known keys are compared by what Redis hashes of them, for almost
// every value of their run-time parts:
//
//   - a constant that begins a longer key ("egress" and "egress:room:" +
//     room, "q" and "q" + id), or a key with more run-time parts than
//     another (k + strconv.Itoa(rand.Int()) + "_tmp" renamed to k): the
//     keys differ for every non-empty value, in commands, transactions and
//     WATCH alike;
//   - a run-time hash tag against a constant without one ("asynq:{" + q +
//     "}:pending" and "asynq:queues");
//   - strings.Replace, strings.ReplaceAll and strings.NewReplacer(…).Replace
//     on a constant template are evaluated: a "{queue}" placeholder that is
//     replaced away is no hash tag;
//   - unexported string fields written once in the package (in a composite
//     literal or a constructor: s.pendingKey), and never left zero by a
//     literal without them, var x T or new(T), and package-level variables
//     assigned only at their declaration hold that value; a field set from
//     a constructor's parameter is that parameter of that struct value, so
//     s.prefix + ":a" and s.prefix + ":b" compare as one prefix.
//
// When a key begins with a value known only at run time (a prefix or a
// whole name), that value could carry a hash tag of its own, and the
// message says so: "… for almost every name, unless name carries its own
// hash tag".
//
// Keys collected at run time are one template with many values. A slice
// that starts empty and is appended one key in a loop, then spread into one
// command (for _, id := range ids { ks = append(ks, key(id)) };
// rdb.MGet(ctx, ks...)), and a command queued in a loop inside a
// transaction, are reported when the template carries no hash tag around
// values outside the loop:
//
//	MGET keys collected in a loop as key(id) = "profile:%d" carry no hash tag: they hash to different slots for almost every pair of values of id: CROSSSLOT on a cluster
//
// Two different run-time keys with no constant part at all
// (c.Rename(ctx, oldsid, sid) on a *redis.ClusterClient, a session
// store's regenerate) are in one slot only when both carry the same hash
// tag, which nothing in the program shows. -crossslot.distinct reports
// them on concrete cluster clients (not interfaces, not transactions),
// worded "are two values known only at run time: they hash to different
// slots unless both carry the same hash tag". It is off by default: see
// "Why -distinct is off" below.
//
// Wrappers are followed for every library. A function whose parameters
// flow into the keys of a command, a script (Eval, Script.Run, EvalSha,
// redigo Script.Do) or a raw command (redigo and redisc Do/Send, rueidis
// builders, radix Cmd) is checked at its call sites, across packages: its
// key parameters may be keys, slices or variadic parameters, fields of a
// struct parameter, or elements of a slice literal that mixes parameters
// and constants ([]string{src, allQueuesKey}). Wrappers of wrappers are
// found to a fixed point, whatever order they are declared in. A helper
// that takes a Pipeliner or Tx and queues commands on it (addEvent(ctx, p,
// room) inside TxPipelined) adds those commands, with its key templates
// instantiated, to the caller's transaction; a function that runs a
// callback it is given inside TxPipelined or Watch (Transaction(func(p
// redis.Pipeliner) error { … })) makes the callback's commands one
// transaction; and a function that runs a transaction of its own on keys
// its caller gives it (Move(ctx, src, dst) queuing SET dst and DEL src in
// TxPipelined) is that transaction at each call, reported as "transaction
// (through (*txdb.DB).Move) keys …" with the caller's keys. All three are
// facts, so they work across packages.
//
// In a package that installs go-redis' routing policies
// (SetCommandInfoResolver, go-redis v9.18+), commands whose COMMAND INFO
// tips say request_policy:multi_shard (DEL, EXISTS, MGET, MSET, MSETNX,
// TOUCH, UNLINK) are not reported on go-redis clients: the client splits them by
// slot.
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
//	-crossslot.distinct=false   report two different run-time keys with no constant part on a concrete cluster client
//
// # Why -distinct is off
//
// The rule was implemented and run on twelve public modules with their
// tests (asynq v0.26.0, redsync v4.18.1, redis_rate v10.0.1, rueidis
// v1.0.79, redisc v1.4.0, go-redis v9.23.0, and, new, redislock v0.9.4,
// go-redis/cache v9.0.0, ulule/limiter v3.11.2, boj/redistore v1.4.1,
// gofiber/storage/redis v3.4.3, throttled v2.15.0). It reported nothing:
// no true positive to show for it, and no false one either. What it
// matches in real code is a pass-through wrapper (func (s *Store) Move(ctx,
// from, to string) { s.c.Rename(ctx, from, to) }) whose correctness rests
// with its callers, who are checked through the wrapper's fact whenever
// their keys can be seen. With no evidence that it finds bugs the other
// rules miss, and a claim ("different slots unless both carry the same
// tag") the program gives no sign of, it stays off; turn it on to audit a
// session store or a cache that renames whole keys on a *redis.ClusterClient.
package crossslot
