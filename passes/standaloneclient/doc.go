// Package standaloneclient defines an Analyzer that reports single-node
// Redis clients aimed at a Redis Cluster.
//
// # Analyzer standaloneclient
//
// standaloneclient: report single-node Redis clients whose endpoint the program shows to be a cluster
//
// The first thing that breaks when a service moves to Redis Cluster is the
// client. A single-node client pointed at a cluster works for the keys of the
// node it talks to and fails for every other key with
// "MOVED 13437 10.0.0.7:6379"; with a DB other than 0 it fails outright
// ("ERR SELECT is not allowed in cluster mode"). Against one Redis in
// development, nothing shows.
//
// Bad:
//
//	rdb := redis.NewClient(&redis.Options{Addr: os.Getenv("REDIS_CLUSTER_ADDR")})
//
//	conn, err := redigo.Dial("tcp", "clustercfg.orders.abc123.use1.cache.amazonaws.com:6379")
//
//	// one address: NewUniversalClient returns a plain *redis.Client
//	u := redis.NewUniversalClient(&redis.UniversalOptions{Addrs: []string{"redis-cluster:6379"}})
//
// gives, for the first call,
//
//	redis.NewClient builds a single-node client, but the address comes from environment variable "REDIS_CLUSTER_ADDR", whose name says cluster: use NewClusterClient with the seeds, or NewUniversalClient with IsClusterMode (go-redis v9.8.0+)
//
// Good:
//
//	rdb := redis.NewClusterClient(&redis.ClusterOptions{Addrs: strings.Split(os.Getenv("REDIS_CLUSTER_ADDR"), ",")})
//
//	cluster := &redisc.Cluster{StartupNodes: []string{"clustercfg.orders.abc123.use1.cache.amazonaws.com:6379"}}
//
//	u := redis.NewUniversalClient(&redis.UniversalOptions{Addrs: []string{"redis-cluster:6379"}, IsClusterMode: true}) // go-redis v9.8.0+
//
// # What it reports
//
// Single-node constructors: go-redis NewClient, NewUniversalClient with one
// address (it returns a *redis.Client unless IsClusterMode is set), redigo
// Dial, DialContext, DialTimeout, DialURL and DialURLContext (also inside a
// Pool's Dial), rueidis and valkey-go NewClient with ForceSingleClient, radix v3 NewPool and
// Dial, radix v4 PoolConfig.New, Dialer.Dial and Dial; but only when the
// program itself shows that the endpoint is a cluster. The message names the
// evidence, and Related information points at it:
//
//   - the address is a constant whose host names a cluster (-hosts): an
//     ElastiCache configuration endpoint (clustercfg.…) or a host label
//     containing "cluster"; or whose port is one that redis create-cluster and
//     the cluster tutorial use, 7000-7005 and 30001-30006 (-ports; the message
//     says "probably");
//   - the address is read from an environment variable, flag, config key,
//     struct field or struct tag whose name says cluster (-names):
//     os.Getenv("REDIS_CLUSTER_ADDR"), flag.String("redis-cluster-addr", …),
//     viper.GetString("redis.cluster.addr"), cfg.Cluster.Addr, a helper such
//     as getenv("CACHE_CLUSTER_HOST", …);
//   - the same constant, variable, field or setting is also given to a cluster
//     client elsewhere in the program (in another package too, when the
//     constant or variable is declared in the package that builds the cluster
//     client), and not in the other arm of the same if or switch;
//   - the client is sent CLUSTER commands (ClusterSlots,
//     Do(ctx, "cluster", "nodes"), redigo conn.Do("CLUSTER", "SLOTS")) as well
//     as commands with keys, or the function around it parses MOVED and ASK
//     replies by hand (strings.HasPrefix(err.Error(), "MOVED "),
//     redisc.ParseRedir) or reads cluster_enabled from INFO.
//
// # Picked by the address count
//
// A managed cluster (ElastiCache, MemoryDB, Azure, GCP) hands out one
// configuration endpoint: one address. A program that picks its client from
// the number of addresses it is given builds a single-node client from it,
// and every key of another node answers MOVED; a cluster client works from
// one seed, so the fix is an explicit mode, not more addresses. It is
// reported, in every library (go-redis, redigo and redisc, radix v3 and v4,
// rueidis and valkey-go ForceSingleClient, GLIDE), when one address reaches
// a single-node constructor while no configuration the program offers
// reaches its cluster constructor with one address:
//
//	if len(addrs) > 1 { return redis.NewClusterClient(…) }
//	return redis.NewClient(&redis.Options{Addr: addrs[0]})
//
// gives
//
//	with one address, as a cluster's configuration endpoint gives, redis.NewClient builds a single-node client (len(addrs) > 1 is false) and every key of another node answers MOVED: pick redis.NewClusterClient (line 12) by an explicit mode, not by the address count: a cluster client works from one seed
//
// The decision is read from the branch conditions on the way to each
// constructor: the enclosing if and
// switch statements and the early returns before it, also in the callers
// of a helper that builds it; len(L) compared with a constant, where L is
// the list the address is read from (L[0], a split setting, a config field),
// is an address-count test, every other condition a mode test that the
// configuration sets. So len(addrs) == 1, >= 2, !(len(addrs) > 1), a
// switch on len(addrs) and an early return are the same switch, and so is
// cfg.Mode == "cluster" && len(addrs) > 1: cluster mode with one address
// reaches the single-node client. A run-time IsClusterMode: len(addrs) > 1
// or ForceSingleClient: len(addrs) == 1 is the same switch in an option.
// The constructors may be written another way and the switch reads them the
// same: options converted from one UniversalOptions (redis.NewClient(
// opts.Simple()), redis.NewClusterClient(opts.Cluster()), whose count test is
// len(opts.Addrs)); or a function of another package that builds the client
// from its argument, there or later through the fields it stores it in
// (redisbroker.New(cnf, host) keeps host and dials it on first use;
// redisbroker.NewGR(cnf, addrs) builds a NewUniversalClient): such a builder
// is summarised where it is declared, and its call is a construction where
// it is called. A builder that picks the kind itself (by a mode of its own,
// or by IsClusterMode) is the caller's choice and is not a side of a switch.
// A count test counts the address list itself: len(parts) != 2 of a URL
// split at its scheme, before the list is split out of parts[1], is not one.
// The message names the conditions; no fix is suggested (which mode to pick
// is the program's). Not reported: a pure mode switch (if cfg.Cluster
// { cluster } else { single }), cfg.Cluster || len(addrs) > 1 (cluster mode
// reaches the cluster client with one address), a count test on another
// list, a count switch whose other arm is no cluster client (a Ring), and
// a single-node client reached only outside cluster mode.
//
// go-redis NewUniversalClient with an address list built at run time and
// neither IsClusterMode nor MasterName decides the kind at run time the
// same way: one address gives a single-node *redis.Client, two or more a
// *redis.ClusterClient (measured with v9.23.0: a one-address list on a
// cluster node gets MOVED). A managed cluster hands out one configuration
// endpoint, so this is the shape most of the single-node bugs that public
// services later fixed had (tools/corpus: machinery, refinery, open-saves,
// gofiber storage, bytebase, livekit). When the program shows the list is a
// cluster's — its name (or a constant host in it) says cluster (Addrs:
// conf.ClusterAddresses, strings.Split(os.Getenv("REDIS_CLUSTER_ADDRS"),
// ",")), the same list or setting is given to a cluster client elsewhere,
// the client is sent CLUSTER commands or asked for cluster_enabled —, the
// message says so and a fix sets IsClusterMode:
//
//	redis.NewUniversalClient builds a single-node client when the address list holds one address (as a configuration endpoint does), but the list comes from environment variable "REDIS_CLUSTER_ADDRS", whose name says cluster: set IsClusterMode: true
//
// Without such evidence it is reported all the same, with the condition
// (the flag universal, on by default; off, only the cases with evidence
// are):
//
//	redis.NewUniversalClient builds a single-node client when the address list holds one address, as a cluster's configuration endpoint gives, and every key of another node then answers MOVED: if this endpoint may be a cluster, set IsClusterMode from the program's cluster setting
//
// Options given by the caller (NewUniversalClient(opts)) and options that
// set IsClusterMode from anything (IsClusterMode: cfg.Cluster) are the
// caller's choice and are not reported; but a helper of the package that
// its one caller hands the options (a.createPool(opts) with func (a *App)
// createPool(o redis.UniversalOptions) … NewUniversalClient(&o)) is read
// with the options that call passes.
//
// # Keys through the node's connection in the cluster mode
//
// A program that scrapes or administers the node it is given keeps a
// connection to that node on every path (INFO, SLOWLOG, CLUSTER INFO belong
// there) and, in its cluster mode, builds a cluster client from the same
// address for its keys. A key command that still reaches the node's
// connection in that mode gets MOVED for every key another master owns.
// It is reported where the program hands the node's connection to the key
// command, following the parameters of the package's functions down to it
// (and raw-command helpers such as doCmd(c, "GET", k)):
//
//	c, _ := e.connect()                 // redis.Dial(e.addr): the node
//	e.writeKeys(c, keys)                // swaps in the redisc cluster when e.isCluster
//	e.readKeys(c, keys)                 // GET k through c in every mode
//
// gives
//
//	readKeys sends GET k through c, the connection redis.Dial builds to one node, also when e.isCluster: a cluster node answers MOVED for every key another master owns; send key commands through the cluster client (redisc.Cluster, line 27) in that mode
//
// The mode is the condition the program builds the cluster client under. Not
// reported: a key command under its negation (if !e.isCluster), and a handle
// that the program swaps for the cluster client in the mode (c := node; if
// e.isCluster { c = cluster }, or a helper that returns the cluster client in
// the mode and the node's connection otherwise).
//
// # Auditing for a managed cluster
//
// A service that supports one Redis and nothing else (no cluster mode, no
// setting that says cluster) breaks the same way when it is pointed at a
// managed cluster's configuration endpoint, but nothing in it says so: a
// single-node client on a configured address is right for a single Redis.
// The flag endpoints (off by default) reports every single-node client built
// on an address read at run time (a field, a setting, a parameter, options
// made by a helper), outside tests and Unix sockets, when nothing else
// decides, for a team planning such a move:
//
//	redis.NewClient builds a single-node client on field Host: if its address is a cluster's configuration endpoint (ElastiCache, MemoryDB, Memorystore), every key of another node answers MOVED: use NewClusterClient with the seeds, or NewUniversalClient with IsClusterMode (go-redis v9.8.0+)
//
// On the real-code corpus (tools/corpus -flags) it finds 4 more historical
// bug sites, in the services that later added a cluster mode after users hit
// MOVED (athens' singleflight lock, mosquitto-go-auth's backend, bytebase's
// driver, and asynq's CLI, whose cluster flag ignored its config file),
// which nothing else can tell from a service written for one Redis;
// it also reports 16 clients of the 25 projects written correctly for
// clusters and 37 of the 55 sweep modules (their single-node modes) and 7 of
// the fixed versions (which keep a single-node mode): right for one Redis,
// so it stays an audit.
//
// # Fix
//
// For go-redis, one suggested fix: NewClient(&Options{Addr: a, …}) becomes
// NewClusterClient(&ClusterOptions{Addrs: []string{a}, …}), offered only when
// the options are a literal whose other fields all exist in ClusterOptions
// with the same types, DB is 0, and the result goes where a *ClusterClient
// fits (a UniversalClient field, variable, parameter or result). On
// NewUniversalClient with one address the fix sets IsClusterMode: true when
// the go-redis version has it (v9.8.0+, read from the module cache path of
// the go-redis package the program is built against, which is the version
// go.mod selects; without one, as in a vendored copy, from the presence of
// the field in the type-checked UniversalOptions); the same fix is offered
// on NewUniversalClient with a run-time list named cluster. Older versions
// are told to use NewClusterClient. When the address is read at run time (an
// environment variable, a flag), the fix writes the seeds as
// strings.Split(a, ",") (importing strings if needed), so that the setting
// can name every seed and the fixed program does not trade one finding for
// another (singleseed). No fix is offered on the evidence of a port or of a
// config key read by a helper.
//
// # Not reported
//
// Clients without such evidence (localhost:6379, an address from REDIS_ADDR;
// with the flag universal off, NewUniversalClient of a run-time list
// nothing says is a cluster's);
// a client made per node in a loop over a list of addresses (on purpose);
// CLUSTER commands sent through a variable or field that a mode switch
// fills with this client in one arm and a cluster client in the other
// (switch kind { case single: s.c = redis.NewClient(…); case clustered:
// s.c = redis.NewClusterClient(…) }; s.c.ClusterSlots(ctx)): they are the
// cluster mode's, and say nothing of this client's endpoint; a
// single-node and a cluster client built from the same address in the two
// arms of an if or a switch on a mode (a mode switch, also when the two are
// built in functions that the caller picks with an if or a switch: node()
// and cluster() from the same setting, and two constructors that each test
// one setting against constants that cannot both hold, however the program
// picks between them: s.RedisType == ClusterType on the way to one's
// cluster client, != ClusterType on the way to the other's single-node
// client; an address-count test in the
// condition makes it a count switch, above); a client kept only when
// CLUSTER INFO or INFO's cluster_enabled says the server is not a cluster
// (probe-then-decide); Sentinel-backed failover clients;
// rueidis clients without ForceSingleClient (rueidis discovers a cluster by
// itself); an address shared only with cluster clients built in _test.go
// files (tests build every kind of client against one fixture on purpose:
// go-redis' own suite points a ClusterClient at its single-node server to
// test the error); and a node's admin connection: a client that is sent
// CLUSTER commands but nothing with keys cannot get MOVED (the per-node
// clients that set up slot migrations), or a connection to the node itself
// that the program keeps on every path while it builds a cluster client
// from the same address in its cluster mode (an exporter that reads a
// node's INFO and SLOWLOG through one and keys through the other; its key
// commands are checked as above, even when it reads cluster_enabled from
// INFO or sends CLUSTER INFO on purpose). A probe
// may sit in a helper that the deciding function calls (clusterEnabled, err
// := d.getClusterEnabled(ctx); if clusterEnabled { NewClusterClient(…) }).
//
// The packages of the client libraries themselves (redisc, radix, rueidis, …)
// are not checked: a library that implements cluster support dials single
// nodes and follows MOVED on purpose.
package standaloneclient
