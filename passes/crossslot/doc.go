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
// are in different slots (before its block runs: when the watched keys are
// in two slots, that is what is reported, whatever the block sends).
// Development usually runs against one Redis, where
// all of this works, so the failure first shows in production, and only for
// some keys.
//
// Bad:
//
//	rdb := redis.NewClusterClient(&redis.ClusterOptions{Addrs: seeds})
//
//	rdb.MSet(ctx, "user:101:profile", p, "user:101:settings", s) // slots 14791 and 6457
//	rdb.MGet(ctx, fmt.Sprintf("user:%d:profile", id), fmt.Sprintf("user:%d:settings", id))
//	rdb.TxPipelined(ctx, func(pipe redis.Pipeliner) error {
//		pipe.Set(ctx, "order:7:status", "paid", 0) // slot 9182
//		pipe.Set(ctx, "order:7:total", "42", 0)    // slot 6433
//		return nil
//	})
//
// gives, for the first call,
//
//	MSET keys "user:101:profile" (slot 14791) and "user:101:settings" (slot 6457) hash to different slots: CROSSSLOT on a cluster
//
// Good: a hash tag makes keys share a slot, because Redis hashes only the
// part between the first '{' and the next '}':
//
//	rdb.MSet(ctx, "{user:101}:profile", p, "{user:101}:settings", s)
//	rdb.MGet(ctx, fmt.Sprintf("{user:%d}:profile", id), fmt.Sprintf("{user:%d}:settings", id))
//
// # What it reports
//
//   - go-redis command methods with several keys: MGet, MSet and MSetNX
//     (pairs, a []string, a map), Del, Exists, Unlink, Touch, Rename,
//     RenameNX, Copy, LMove, RPopLPush, SMove, BLPop and friends, SInter,
//     SUnion, SDiff and their Store forms, ZUnionStore and ZInterStore,
//     LMPop, ZMPop, BitOp, PFCount, PFMerge, XRead and XReadGroup streams,
//     LCS, the key lists of Eval, EvalSha, EvalRO and FCall, and about a
//     hundred more (checked against the real go-redis v6, v7, v8 and v9
//     modules by a test);
//   - transactions: the keys of every command queued in a TxPipelined
//     function, or between TxPipeline() and Exec, are one set;
//   - Watch(ctx, fn, keys...): its keys, and the keys of everything the
//     function runs on its Tx, also through the program's own wrapper that
//     passes its keys to Watch (func (m *meta) txn(ctx, fn, keys ...string)
//     error { return m.rdb.Watch(ctx, fn, keys...) }, in its package or
//     another);
//   - redis.NewScript(src).Run(ctx, client, keys, …) and the other Script
//     methods;
//   - your own wrappers: a function or method whose parameters are passed on
//     as the keys of such a command (func (s *Store) GetMany(ctx, keys
//     ...string)) is checked at every call, in its package and in every
//     package that imports it;
//   - raw commands: go-redis Do(ctx, "MGET", …), redigo and redisc Do and
//     Send (also with redis.Args{}.Add(…)), radix Cmd(nil, "MGET", …) run by a
//     *radix.Cluster, also through a function of the package that forwards a
//     command name and its words (func doCmd(c redis.Conn, cmd string, args
//     ...interface{}) { c.Do(cmd, args...) }). Which words are keys comes from redis-server's own key
//     specs (COMMAND INFO of redis-server 7.0.15, compared with a live
//     server's COMMAND GETKEYS by a test), so EVAL … numkeys,
//     XREAD … STREAMS, ZUNIONSTORE … numkeys and SORT … STORE are read as
//     Redis reads them;
//   - rueidis and valkey-go (its fork) command builders
//     (client.B().Mget().Key(k1, k2).Build(), which panic on a cluster client
//     when the keys are in different slots), their DoMulti transactions,
//     Dedicated and hooked (WithHook) clients, and rueidiscompat/valkeycompat;
//     the script types of redigo (NewScript(n, src).Do), rueidis
//     (Lua.Exec) and radix (EvalScript);
//   - Lua scripts with constant source that touch a key they build themselves
//     (redis.call('GET', 'user:' .. ARGV[1]), or a literal key) instead of
//     receiving it in KEYS: on a cluster a script runs on the node of its KEYS
//     and fails when that key is on another node (a #!lua script: in
//     another slot; see "Scripts and their shebang" below). Keys built from
//     ARGV or KEYS values alone are left alone: the caller may pass a prefix
//     that carries the hash tag.
//
// A script that calls Redis on keys it read from a reply,
//
//	for _, k in ipairs(redis.call('ZRANGE', KEYS[1], 0, -1)) do redis.call('HGETALL', k) end
//
// (also through a local assigned once), touches keys it never declared:
// on the live cluster it fails with "Script attempted to access a non
// local key in a cluster node" when a key of the reply is on another node
// (and a #!lua script when it is in another slot), as the message says. It
// is reported unless every key the call
// passes in KEYS carries a hash tag (a tagged index usually lists keys of
// its tag). A key the script builds as KEYS[i] .. suffix is in the slot of
// KEYS[i] only when KEYS[i] carries a hash tag: it is reported at the call
// when the key passed as KEYS[i] provably has none ("jobs" for
// KEYS[1] .. ':lock', with both slots when the suffix is a literal), and
// left alone when it is tagged or cannot be seen (asynq passes tagged
// prefixes on purpose). A KEYS[i] that is the key the package's caller
// names (a string parameter of an exported function of a package other
// modules import, directly or through a field every write of which is
// one: lock.key set by New(rdb, key)) is reported with that condition,
// under the keylists flag:
//
//	KEYS[1] = l.key comes from the caller (parameter key of exported New), and the Lua script calls INCR on lock_key .. ':count:' .. ARGV[1]: unless the caller's key holds a hash tag, the built key is in another slot for almost every such key, and the script fails when that slot is served by another node
//
// The suffix may be appended in a local assigned
// once (local lock = KEYS[1] .. ':lock', also through a local of a local:
// local lk = KEYS[1]; local ck = lk .. ':count'), with string.format('%s:lock',
// KEYS[1]), or by a helper function of the script (local function
// lockOf(k) return k .. ':lock' end), also in a script assembled with
// fmt.Sprintf from constant Go fragments. A key that makes KEYS[i] its own
// hash tag ('{' .. KEYS[1] .. '}' .. ':count') is in the slot of KEYS[i]
// and is not reported. A key built from ARGV[i] and a literal (p ..
// '_u' with local p = ARGV[1]) is reported when the call passes as ARGV[i]
// a constant with no hash tag, an empty {} included (Redis then hashes the
// whole key), and the built key's slot is not that of the call's KEYS:
//
//	ARGV[1] = "{}" has no hash tag (an empty {} is none: the whole key is hashed), but the Lua script calls ZADD on p .. '_u', a key it builds itself: the script runs on the node of its KEYS and fails unless slot 5061 is served by the node of its KEYS
//
// The prefix may be passed straight, in a slice built by append, or by a
// builder type of the package: a struct whose methods append to a slice
// field and return the receiver, started by a constructor that appends
// the prefix first (newArgs().Add(x).List with func newArgs() *args {
// return (&args{}).Add(cfg.Prefix) }). A key with more than a literal after
// the prefix (p .. '_g_' .. id) may be the very key the call passes in
// KEYS and is left alone, unless ARGV[i] is provably the value the call
// passes as a KEYS element (the same constant, the same variable, or two
// reads of one configuration field): the key is then built from that
// KEYS element, and in another slot for almost every id. A prefix with a
// real tag, and one known only at run time, are left alone; so are ARGV
// values a call does not pass as its arguments after the key list
// (go-redis Eval and Script.Run, rueidis Lua.Exec, …), such as raw EVAL
// commands.
//
// A prefix that is a configuration field is known only at run time, but
// a loader may give it the default its struct tag names when the
// configuration leaves it out: default:"…" (creasty/defaults,
// mcuadros/go-defaults, kelseyhightower/envconfig, jessevdk/go-flags, and
// loaders of their own that read the tag), envDefault:"…" (caarlos0/env),
// env-default:"…" (ilyakaznacheev/cleanenv) and go-zero's
// json:",default=…". Such a field in ARGV[i] or KEYS[i] is judged with its
// default, and the message starts with that condition:
//
//	with the default RedisPrefix "{}" (default:"{}"), ARGV[1] = config.Store.RedisPrefix has no hash tag (an empty {} is none: the whole key is hashed), but the Lua script calls GET on ARGV[1] .. '_g_' .. gs.gid, a key it builds itself from ARGV[1], the same value as KEYS[1]: the built key is in another slot than KEYS[1] for almost every value appended to it, and the script fails when that slot is served by another node
//
// A default with a real tag (default:"{a}") and a field with no default
// are left alone. Defaults are used only there: the keys of other
// commands are not judged with them.
//
// A script whose source a function of the package takes as a parameter
// (func callLua(args []interface{}, lua string) { rdb.Eval(ctx, lua,
// []string{cfg.Prefix}, args...) }) is checked at each call of that
// function in the package, with the source, the arguments (when the
// function passes its parameter on as the script's arguments) and the
// keys (when it takes them too) that the call gives; a key it reports is
// shown in the script given there. Only the package's own functions are
// followed, one level deep.
//
// # Scripts and their shebang
//
// What a cluster node lets a script touch depends on its first line
// (measured on redis-server 7.0.15 with three masters, and read in its
// src/script.c, scriptVerifyClusterState).
//
// A script without a shebang runs in compatibility mode: it may touch keys
// of any slot its node serves. With KEYS[1] = "sc:a" (slot 3403), GET
// 'other:key' (slot 3586, on the same master) succeeds, and GET 'x:0'
// (slot 11684, on another master) fails with "Script attempted to access a
// non local key in a cluster node". Whether it fails depends on how the
// deployment maps slots to nodes, so the message says so:
//
//	Lua script names key 'other:key' in its source for GET instead of receiving it in KEYS: on a cluster the script runs on the node of its KEYS and fails unless slot 3586 and the slot of its KEYS (3403) are served by the same node
//
// A script that starts with #!lua (with or without flags such as
// no-writes) may touch keys of one slot only, the slot of its KEYS, or of
// the first key it touches when it has none: GET 'other:key' then fails
// with "Script attempted to access keys that do not hash to the same
// slot", on the same node too. The message says it fails, with no
// condition:
//
//	Lua script names key 'other:key' in its source for GET instead of receiving it in KEYS: on a cluster the script runs on the node of its KEYS and fails: the key is in slot 3586, its KEYS are not
//
// #!lua flags=allow-cross-slot-keys lifts the one-slot rule: like a script
// without a shebang, it fails only on another node, and is reported with
// the condition. #!lua flags=no-cluster, or a shebang Redis refuses
// (another engine, an unknown flag or option), never runs on a cluster at
// all: these rules stay silent. A key touched through redis.pcall fails
// the script only if the script returns or raises the error pcall hands it
// (measured: a script that ignores it succeeds), and the message adds
// "with redis.pcall, only if the script returns or raises the error".
//
// KEYS[i] .. suffix follows the same modes: "the script fails unless
// slots 9631 ("jobs") and 13068 ("jobs:lock") are served by the same node"
// without a shebang, "the script fails: "jobs" is in slot 9631,
// "jobs:lock" in slot 13068" with #!lua. A script called with no KEYS
// (rdb.Eval(ctx, src, nil)) is sent to a node the client picks (go-redis
// v9.23.0 sends keyless commands to its shard picker's node), and the
// message says it fails unless that node serves the key. Functions (FUNCTION LOAD, FCALL) follow the #!lua
// rule unless registered with flags = {'allow-cross-slot-keys'} (measured);
// their source is not read.
//
// The message says what the library does: the server answers CROSSSLOT
// (go-redis, redigo and redisc, radix for most commands), rueidis panics, or
// radix refuses the action itself for the commands whose keys it compares
// (MSET, BITOP, XREAD, scripts).
//
// Which client a call runs on comes from the receiver's type, or for the other
// libraries from where the connection was made (a redigo Conn from
// redisc.Cluster.Get, a rueidis client from NewClient with several addresses,
// a *radix.Cluster). *redis.ClusterClient, its pipelines, transactions and Tx
// are a cluster; redis.UniversalClient, redis.Cmdable and the other command
// interfaces may hold one, and the message says so ("CROSSSLOT if this
// redis.UniversalClient is a cluster client"), unless every value the package
// stores into the interface comes from one kind of constructor. *redis.Ring
// shards by hash tag too and gets its own wording: it sends a multi-key
// command to the shard of its first key, so the keys of other shards are
// silently missed (measured with go-redis v9.23.0 and two shards: MGet of six
// keys answered nil for the two on the other shard, with no error; Del of four
// keys deleted three).
//
// A redigo Conn or *redis.Pool and a radix Client whose origin the package
// does not show (a parameter of an exported function: library code that
// runs on what its callers hand it) is most often a single node's, and is
// left alone by default. With the conns flag, its cross-slot commands are
// reported, hedged: "CROSSSLOT if this redis.Conn is a cluster connection"
// (a redisc.Conn or a *radix.Cluster, which a caller may hand it). Unlike
// redis.UniversalClient, whose type says "single node or cluster", a
// redis.Conn or *redis.Pool says nothing: a redigo service that keeps its
// pool in a repository built in main would have every multi-key command
// reported. On the real-code corpus (tools/corpus) the flag adds no
// diagnostic and finds no historical bug.
//
// An exported function that sends its caller's key list as one multi-key
// command (func (c *Cache) Del(ctx context.Context, keys ...string) {
// c.rdb.Del(ctx, keys...) }) on a client that may be a cluster client fails
// whenever a caller passes keys of two slots, which a caller in another
// module cannot see. It is reported, with that condition, in packages other
// modules can import (not main, not below an internal directory, whose callers are all
// in the module and have their keys compared where they write them):
//
//	DEL of the caller's key list keys (Del is exported): CROSSSLOT if this redis.UniversalClient is a cluster client unless the caller's keys share a slot: group them by slot, or send them one by one
//
// A client wrapper that keeps its mode in a field and picks the client from
// it on every call (switch r.Type { case ClusterType: return
// getCluster(r); case NodeType: return getClient(r) }, or if r.Type ==
// ClusterType { return getCluster(r) }; return getClient(r)) is read through
// that field: a caller that tests it (if len(keys) > 1 && rds.Type ==
// redis.ClusterType { key by key } else { rds.Del(keys...) }) is not
// reported where the test rules out a cluster client or a second key, in
// this package or another, and is no wrapper of the command either: its
// own callers, which hand it a list of keys, are silent too. A wrapper's
// command may sit in a function literal that it gives to a helper of its
// own (a circuit breaker's Do(func() error { … })): that is its command.
//
// Not reported either: a function named for its command (Del or DelCtx for
// DEL, Mget for MGET, BitOpAnd for BITOP AND, Sunionstore, EvalSha; the
// name compared without case and without a Ctx, Context or WithContext
// suffix, and followed or not by the name of its first result's type:
// dapr's EvalInt returns EVAL's reply as an *int) in the package that
// holds the client, which sends the command
// there: the command under a client wrapper's name, as go-redis' own Del
// is. Its callers call DEL and know that its keys must share a slot, and
// their keys are compared where they write them (the wrapper's fact). A
// function named for what it does with the keys (GetMulti, Invalidate,
// DelCache) hides the command from its callers, and is reported, also when
// it goes through such a function (Forget calling Del); so is a Del of a
// layer above the client, which goes through another package's wrapper (a
// cache node's Del over the Redis wrapper's Del).
// A function that goes through an exported function of the package that is
// reported itself (Del calling Invalidate) is not reported again: the
// finding is where the list is sent.
//
// On the real-code corpus this finds historical bugs at bucketeer's
// GetMulti and go-zero's cache Del through its Redis wrapper, and cortex's
// chunk cache MGET one layer up, at the Fetch that goes through its MGet
// (bucketeer's PFMerge and PFCount, and cortex's MGet itself, are the
// command under its own name), and adds no diagnostic to the 25 projects
// written for clusters or the 55 sweep modules; their fixes (key by key, or
// grouped by slot, on a cluster client) are silent, and so is go-zero
// v1.10.3's Redis wrapper (Mget, MgetCtx, Sunionstore, …: each the
// command). The keylists flag turns it off.
//
// # Keys built at run time
//
// Keys need not be constants. Concatenation, fmt.Sprintf and fmt.Sprint
// with constant formats, strings.Join, strconv.Itoa and FormatInt,
// strings.Replace and NewReplacer(…).Replace, local variables assigned
// once, slice and map literals, key builders (functions and methods that
// return a key: profileKey(id), keys.User(id).Feed(), of any package of
// the module or of a dependency, such as a key scheme shared by services
// in a module of its own: commons.OrderKey(org, id)), the fields of a
// struct of keys a function of the package returns (q.Keys(queue).SetKey,
// or keys := q.Keys(queue) then keys.StreamKey, where Keys returns
// KeyInfo{SetKey: fmt.Sprintf(…), StreamKey: fmt.Sprintf(…)}), the results
// of such a function that returns several keys (members, messages :=
// s.keys(room)), string fields and
// package variables written once,
// and exported fields of a keys package written once to a constant are
// evaluated into a template of constant text and run-time values. Then:
//
//   - keys whose slots are known are compared exactly, and the message gives
//     the slots;
//   - keys that put the same value in the same hash tag, like
//     "{user:" + id + "}:profile" and "{user:" + id + "}:settings", are in one
//     slot whatever id is: not reported;
//   - keys whose hashed parts provably differ for almost every value are
//     reported as what they are: different tags, no tag and different
//     constant text around the same values, a constant that begins a longer
//     key ("q" and "q" + id), a run-time hash tag against a constant without
//     one ("asynq:{" + q + "}:pending" and "asynq:queues"), a "{queue}"
//     placeholder replaced away by strings.Replace;
//   - anything else: not reported.
//
// The message shows the templates:
//
//	MGET keys profileKey(id) = "profile:%d" and settingsKey(id) = "settings:%d" carry no hash tag: they hash to different slots for almost every id: CROSSSLOT on a cluster
//
// When a key begins with a value known only at run time, that value could
// carry a hash tag of its own, and the message says so: "… for almost every
// name, unless name carries its own hash tag".
//
// A builder of a dependency module that uses no Redis client is read from
// its source, found through the build (go list, or go vet's build), and
// only when a key calls it: a module that calls none costs nothing more.
// A key scheme is taken to be a leaf: a dependency package that imports
// another module (a configuration library, an ID generator), a builder in
// a generated file, and a package whose source cannot be read as the
// build sees it (cgo, or one that does not type-check on its own) are not
// followed, and their keys are not reported.
//
// An exported field of a keys package (var Default = Keys{Prefix: "app:"})
// is read as the constant written there unless a package assigns it or
// makes its own value of the type, and a field with a struct tag never is
// (it marks a decoded config field). What cannot be seen can make that
// constant wrong: a decoder that fills an untagged field by reflection, or a
// third package that makes a value of the type and hands it over.
//
// Keys collected in a loop (for _, id := range ids { ks = append(ks,
// key(id)) }; rdb.MGet(ctx, ks...)), and a command queued in a loop inside
// a transaction, are one template with many values, reported when it
// carries no hash tag around the loop's values:
//
//	MGET keys collected in a loop as key(id) = "profile:%d" carry no hash tag: they hash to different slots for almost every pair of values of id: CROSSSLOT on a cluster
//
// A slice is read only when every write to it is seen (appended once per
// iteration, or filled as ks[i] = key(id) in a loop over ids, plus known
// slices appended whole, and emptied under a condition in that loop, as a
// batch is flushed: if len(ks) == 100 { rdb.MGet(ctx, ks...); ks = ks[:0] });
// one also written in a function literal is not read. Key-value pairs
// appended each iteration (kv = append(kv, key(id), v)) are read as MSET's
// pairs. A key that is a run-time value and nothing else (a map's key, an
// element of a slice the program does not build) may carry a tag of its
// own and is not compared across iterations, unless it is an element of
// the key list a caller gives an exported function (below). A key appended under an if or a switch is in the slice on the
// paths through that append, and is compared with the keys it meets there
// (two appends in the two arms of an if never meet). The streams of
// XREAD and XREADGROUP collected apart from their IDs and given as
// Streams: append(keys, ids...) are read as those keys when every
// element of ids is a stream ID (">", "$", "0", "0-0", …).
//
// A local written several times has, at each use, the values of the
// writes that reach it (branches, a declaration's zero value, a
// reassignment), and each is compared with the keys it can meet on one
// path: a key left "" when an option is unset, next to a tagged key, is
// reported ("and "" (slot 0) do not share a hash tag"); two keys chosen
// together in each branch of an if are compared branch by branch. Programs
// that support a single node and a cluster often record the mode beside
// the client (rdb = redis.NewClusterClient(…); prefix = "{app}" in one
// branch, NewClient and prefix "" in the other): a value of the
// single-node path is not compared on a cluster client. That holds through
// the key builder methods that read the prefix (func (m *meta) inodeKey(i
// int) string { return m.prefix + "i" + strconv.Itoa(i) }), through
// pipeline helpers that queue such keys, and on a client the package
// cannot trace (a *redis.Tx that a transaction wrapper hands its
// callback): the values then meet a cluster client only on the paths of
// the constructor that builds one. The same holds when the program builds
// its store in one struct literal per mode (&store{rdb:
// redis.NewClusterClient(…), ns: "{jobs}:"} and &store{rdb:
// redis.NewClient(…)}, which leaves ns ""): each literal's write of the
// field is one value, held to the clients built inside that literal or on
// a path through it, when the package writes the field in literals only.
// A value returned
// by a function redislint cannot read (a builder that writes a
// strings.Builder) may carry a tag of its own: two keys that hold the same
// such value are not reported. A Lua script kept in a file of its own and
// embedded (//go:embed lock.lua; var lockSrc string) is read like a
// literal. docs/design.md ("The key evaluator") says exactly which shapes
// are followed.
//
// Two different run-time keys with no constant part at all
// (c.Rename(ctx, oldsid, sid) on a *redis.ClusterClient, a session
// store's regenerate) are in one slot only when both carry the same hash
// tag, which nothing in the program shows. -distinct reports
// them on concrete cluster clients (not interfaces, not transactions),
// worded "are two values known only at run time: they hash to different
// slots unless both carry the same hash tag". It is off by default: see
// "Why -distinct is off" below.
//
// # Wrappers and transaction helpers
//
// Your own functions are checked at their call sites, in any package of
// the program:
//
//   - a wrapper whose parameters become the keys of a command, a script or
//     a raw command (func (s *Store) GetMany(ctx, keys ...string)), also
//     when they are fields of a struct parameter or elements of a slice
//     literal mixed with constants, and wrappers of wrappers;
//   - a helper that queues commands on the pipeline or Tx it is given
//     (addEvent(ctx, p, room) inside TxPipelined), or runs a script on it
//     (enqueueScript.Run(ctx, p, keys, id), as go-workflows' task queue
//     does inside a TxPipeline): its commands join the caller's
//     transaction, through helpers of helpers and methods of generic
//     types;
//   - a function that runs a callback inside a transaction: go-redis
//     TxPipelined, Watch, a TxPipeline it runs and executes (measured with
//     v9.23.0: CROSSSLOT; with v9.10.0 one MULTI/EXEC per slot, not
//     atomic); redigo and redisc MULTI … EXEC on one connection (measured
//     through redisc v1.4.0: CROSSSLOT); rueidis and valkey-go DoMulti with
//     MULTI and EXEC (measured with v1.0.79: panic "Mixing no-slot and cross
//     slot commands in DoMulti is prohibited");
//   - a go-redis transaction callback given by name instead of as a literal
//     (rdb.TxPipelined(ctx, queueEvents), store.Transaction(ctx,
//     db.QueueEvents), rdb.TxPipelined(ctx, s.queue)), or held in a local
//     variable stored once and used only there, as go-redis's documented
//     optimistic lock does (txf := func(tx *redis.Tx) error { … }, then
//     rdb.Watch(ctx, txf, key) in a retry loop);
//   - a function that runs a transaction of its own on keys its caller
//     gives it (Move(ctx, src, dst) queuing SET dst and DEL src in
//     TxPipelined), reported at each call as "transaction (through
//     (*txdb.DB).Move) keys …" with the caller's keys.
//
// Calls through the program's own interfaces (type Queue interface {
// Move(from, to string) error }, or an interface that mirrors go-redis'
// methods, MGet(ctx, keys ...string) *redis.SliceCmd) send what their
// implementations in view send (wrappers, go-redis methods of an embedded
// client), and are reported hedged ("CROSSSLOT if the client is a cluster
// client") unless every implementation runs on one node. A TxPipeline()
// or a Watch declared in such a mirroring interface (type streams
// interface { TxPipeline() redis.Pipeliner; … }, holding a client the
// program type-asserts) opens go-redis's MULTI/EXEC on whatever client it
// holds: the commands queued on it, also by a helper given the pipeline as
// such an interface, are compared as a transaction's, and a Watch's keys
// with its block's.
//
// Not followed (silent): a callback held in a variable stored twice, also
// used elsewhere (called directly, given to two transactions), or in a
// parameter or a slice; commands a rueidis callback sends itself (client.Do) rather than
// returns; redigo and rueidis callbacks given by name.
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
//
// # Fix
//
// One suggested fix per diagnostic: it wraps the longest beginning the keys
// share, cut at a separator (one of ":._-/|#"), in a hash tag
// (user:101:profile becomes {user:101}:profile, "cart:"+id+":items" becomes
// "{cart:"+id+"}:items", "user:%d:profile" becomes "{user:%d}:profile"). The
// fix is offered only after checking that the tagged keys share a slot. A key
// that comes from a named constant of the package is fixed in the constant's
// declaration, so that every use moves with it. Renaming keys renames data:
// what is stored under the old names must be migrated, and the fix's title
// says so. There is no fix when the keys share no such beginning, when a key
// already has braces (the message says they carry different hash tags), or
// when a key comes from another package.
//
// # Not reported
//
// Standalone clients (*redis.Client, *redis.Conn; see standaloneclient for
// those aimed at a cluster; -standalone checks them for cluster proxies), a single key, equal keys, keys the analyzer
// cannot see, and keys of different commands outside a transaction (a plain
// pipeline sends each command on its own).
//
// In the packages of a client library itself (go-redis, rueidis and its
// rueidiscompat adapter, redisc, radix, …) and their tests, only commands on
// a cluster client are reported: the library's API takes whatever client
// and keys its callers give (rueidiscompat's Pipeline.MGet(ctx, keys...)),
// and its tests run against the servers its repository starts, standalone
// or cluster, which its code does not tell apart (rueidiscompat's adapter
// tests dial a standalone server, its cluster tests another variable). The
// tests of a package that re-exports at least ten commands under their own
// names, each sent by an exported function named for it (go-zero's redis
// package: (*Redis).MgetCtx, Sunionstore, BitOpAnd and 270 more), and
// those of its external test package (package redis_test), are such a
// library's tests, whatever the model's table says: they run its API on
// the servers its repository starts (go-zero's on a miniredis, through a
// Redis whose Type is NodeType). The package's own code is checked as any
// other (rmq's queue sends RPOPLPUSH of two untagged keys through its own
// RPopLPush; bucketeer's GetMulti sends its caller's keys in one MGET),
// and so are its callers' keys, where they write them, through those
// functions. A store with a few such methods (Get, Del, Exists) is not
// one. In a
// client mock's packages (go-redis/redismock, whose clients carry a hook
// that answers every command without sending it, and whose Expect methods
// build commands on them; rueidis' and valkey-go's gomock clients, whose Do
// records the call), nothing is reported; nor on a client a mock builds, in
// the program's own code and tests (db, mock := redismock.NewClusterMock(),
// then db, or a store given db, sending MGET; mock.NewClient(ctrl) given to
// a function of rueidis.Client), nor on one a helper of another package
// returns from a mock (testutil.NewRedis() *redis.ClusterClient): a client
// that answers every command without sending it is, for the analyzers, one
// server.
//
// In a package that installs go-redis' routing policies
// (client.SetCommandInfoResolver(client.NewDynamicResolver()), go-redis
// v9.18+), the commands whose COMMAND INFO tips say
// request_policy:multi_shard (in redis-server 7.0.15: DEL, EXISTS, MGET, MSET,
// MSETNX, TOUCH, UNLINK) are not reported on go-redis clients: measured on
// redis-server 7.0.15 with go-redis v9.23.0, the client then splits them by
// slot and they succeed, while SINTER and RENAME still fail with CROSSSLOT.
//
// valkey-glide's cluster client splits MSET, MGET, DEL, EXISTS,
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
// sends each command on its own. Keys that travel in an options value are
// read when the call builds it: the sorted-set aggregations (ZUnionStore,
// ZInterStore and their WithOptions forms with the destination,
// ZUnion, ZInter, ZUnionWithScores, ZInterWithScores) from an
// options.KeyArray{Keys: …} or an options.WeightedKeys{KeyWeightPairs:
// []options.KeyWeightPair{{Key: …}, …}} literal, and scripts
// (InvokeScriptWithOptions) from options.ScriptOptions{Keys: …} or
// options.NewScriptOptions().WithKeys(…), also through a variable that is
// only read as *opts; a value of another type implementing
// options.KeysOrWeightedKeys, or options the program changes elsewhere,
// are left alone. Measured with v2.5.3: each fails with "CrossSlot: Keys in
// request don't hash to the same slot", and the Lua rules above apply to
// the script of options.NewScript(src) (InvokeScript, which sends no keys,
// runs on a random master). Sharded Pub/Sub is not reported for GLIDE:
// measured, SSubscribe, SSubscribeLazy, SUnsubscribe, CustomCommand
// SSUBSCRIBE and a config.ShardedClusterChannelMode subscription
// configuration with channels of two slots (on two masters) succeed and
// receive from both, GLIDE subscribing each channel on its own shard; and
// PubSubShardNumSub answers for each channel. An atomic batch compares the
// channels of its SPublish calls with its keys, like keys, and names them
// channels:
//
//	transaction channels "orders:eu" (SPUBLISH, slot 10555) and "orders:us" (SPUBLISH, slot 2702) hash to different slots: valkey-glide refuses it on a cluster client, sending nothing
//
// ("transaction key "order:7" (SET, slot 6368) and channel "orders:us"
// (SPUBLISH, slot 2702) …" when a key meets a channel).
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
// cross-slot wrapper: its callers are silent.
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
// and so are their Lua scripts, for proxies that send a script to the node
// of its KEYS, which refuses keys it does not serve: "… if this endpoint is
// a cluster proxy, the script runs on the node of its KEYS and fails …".
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
// On the real-code corpus (tools/corpus with the standalone flag on,
// 2026-12-05) the flag finds 7 more historical bug sites, in services whose
// single-node client stood in front of a proxy or was switched to a
// cluster later (delayqueue's four scripts, multica's pending-key
// stores), keeps the 25 projects written for clusters silent, and adds
// one finding to a fixed version (cortex's MSet, whose fix keeps a
// single-node mode) and 5 false diagnostics to the sweep (in valkey-go,
// triaged in tools/corpus/manifests/sweep.yaml): it stays off by default.
//
// Not verified: which commands Envoy's Redis proxy splits (its docs speak of
// "fragmented commands"; the command table could not be read), twemproxy
// (MGET and DEL split, MSET not, from an old copy of its notes), AWS
// ElastiCache Serverless and Google Memorystore (which expose the cluster
// protocol rather than a proxy, as far as their docs say). None of these
// was measured here: no proxy is installed on this machine.
package crossslot
