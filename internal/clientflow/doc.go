// Package clientflow is redislint's client-flow layer: for each client
// expression of a package, the set of ways it can be built — cluster,
// single node, Sentinel failover, failover cluster (go-redis
// NewFailoverClusterClient), ring, unknown — with the evidence (the
// construction and its options, the function of another package that
// returns it, the type guard it sits behind).
//
// It is an analysis.Analyzer whose Result every redislint analyzer that
// needs a client's kind requires (callsite, and through it crossslot;
// nodelocal, standaloneclient, singleseed): it is the only place that
// decides a client's kind.
//
// What it follows (Flow, a flow-insensitive index of one package):
// variables and struct fields through all their stores (a field read
// through an object the package shows, through the store just before the
// use or the literals that built the object: objfields.go); functions of the
// package to what they return; parameters of unexported functions of the
// package, used only by calling them, to what every call passes; method calls on a client that return a
// handle of the same client (Pipeline(), redigo Pool.Get(), redisc
// Cluster.Get()); wrappers (redisc.RetryConn); delegating literals (a
// redigo Pool's Dial); parameters of same-client callbacks (Pipelined,
// TxPipelined, Watch) to the client. ForEachMaster and ForEachShard are not
// same-client callbacks: the *redis.Client they hand their function is one
// node, on purpose. A function of another package whose result is a client
// carries a ReturnsFact with the kinds it returns (func NewStore(cfg)
// redis.UniversalClient returning NewUniversalClient of a run-time list:
// cluster|single).
//
// Rules, each measured or read in the client's source:
//   - go-redis NewUniversalClient with an address list built at run time,
//     and rueidis NewClient of unknown address count, pick the kind at run
//     time: cluster|single (go-redis v9.23.0 returns a *redis.Client for one
//     address, a *redis.ClusterClient for two or more).
//   - NewFailoverClusterClient (and NewUniversalClient with MasterName and
//     IsClusterMode) is a failover cluster: a *ClusterClient whose every slot
//     maps to the Sentinel's master (go-redis v9.23.0 sentinel.go).
//   - A client sits behind a type guard when the program has just checked,
//     on the same variable or field (by object, never by spelling), that it
//     is not a *redis.ClusterClient: the else arm of
//     if _, ok := x.(*redis.ClusterClient); ok, the statements after such an
//     if whose body returns, and the clauses of a type switch on x after a
//     cluster clause (or its default clause).
//   - Two constructions are exclusive (a mode switch) when they sit in the
//     two arms of an if, two clauses of a switch, or after an if whose body
//     returns and in that body; or in functions of the package only called
//     from such places (node() and cluster() picked by if cfg.IsCluster).
//
// Branch conditions (conds.go): Conds and Paths give the conditions on
// the way to a node (enclosing if and switch statements, early returns,
// over its call chains); Eval reads them for a configuration (Env: an
// address count and the values of the mode tests), deciding the
// address-count tests len(L) of an address list L; CountSwitch decides
// whether one address — a managed cluster's configuration endpoint —
// reaches a single-node construction while no configuration reaches its
// cluster alternative with one address.
//
// Whether an address shared with a cluster client built in a _test.go file
// is evidence is the business of standaloneclient, which reads it.
package clientflow
