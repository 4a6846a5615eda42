package model

// This file models how clients are BUILT, for every client library redislint
// knows: which function (or literal) builds which kind of client, where its
// addresses are, which options change the kind, which commands run on one
// node of a cluster, and which calls send a raw command. It was read from the
// sources of go-redis v9.23.0, v8.11.5, v7.4.1 and v6.15.9, redigo v1.9.3,
// redisc v1.4.0, rueidis v1.0.79 (and github.com/rueian/rueidis v0.0.100, its
// old path), valkey-go v1.0.79 (a fork of rueidis), radix v3.8.0 and v4.1.4;
// clients_drift_test.go checks the tables
// against those modules.
//
// The second half reads a call against the tables: Construction (one call
// that builds a client, with its options). Where a client handle comes from
// is followed by internal/clientflow.

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"net"
	"net/url"
	"slices"
	"strings"

	"golang.org/x/tools/go/types/typeutil"
)

// Lib is a client library.
type Lib uint8

const (
	LibNone Lib = iota
	LibGoRedis
	LibRedigo
	LibRedisc
	LibRueidis
	LibRadix3
	LibRadix4
	LibValkey
	LibGlide
)

// LibInfo is what the analyzers know about a library as a whole: its
// names, its import paths, and the traits that decide how its calls are
// read. A fork of a library (valkey-go of rueidis) is one entry whose
// Family is the original: every entry of the other tables that names the
// original also names the fork (see forks), with the fork's own subpackages
// (Builders, Compat, Hook) standing for the original's.
type LibInfo struct {
	// Name is the library's name as diagnostics show it.
	Name string
	// Paths are the import paths of the package that declares the API
	// (several when the library moved).
	Paths []string
	// Family is the library this one is a fork of, whose table entries
	// it shares; LibNone for an original.
	Family Lib
	// ClusterFix says how to build a cluster client instead of a
	// single-node one.
	ClusterFix string
	// EachMaster says how to run a command on every master of a cluster.
	EachMaster string
	// ScanAll says how to scan the keys of a whole cluster.
	ScanAll string

	// Builders is the package (below Paths) of the library's command
	// builders, whose chains from a client's B() are commands, and
	// BuilderType the type whose methods start one (rueidis internal/cmds
	// and Builder). Tables name the package PkgBuilders.
	Builders    string
	BuilderType string
	// Compat is the package (below Paths) of the library's go-redis
	// adapter, whose methods mirror go-redis' (rueidiscompat). Tables name
	// it PkgCompat.
	Compat string
	// Hook is the package (below Paths) whose WithHook wraps a client in
	// hooks (rueidishook). Tables name it PkgHook.
	Hook string
	// Choice is how a client's cluster mode is chosen, which decides what
	// a handle of unknown origin is.
	Choice ModeChoice
	// CrossSlot is what a cluster client does with the typed commands of
	// the library (builders, adapter, DoMulti transactions) whose keys are
	// in several slots; zero: the server answers CROSSSLOT.
	CrossSlot CrossSlot
	// OneConn: a handle of the library is one connection, so MULTI and EXEC
	// sent as raw commands on it frame a transaction (redigo, redisc).
	OneConn bool
	// Commands is the library's table of typed command methods with keys
	// (beside go-redis' and the go-redis adapters', which mirror it).
	Commands []Command
	// Splits are the multi-key commands that the library's cluster client
	// splits by slot itself, sending one command per slot: no CROSSSLOT,
	// but an all-or-nothing command (MSETNX) is then no longer atomic.
	Splits []string
	// AllNodes are the node-local commands that the library's cluster
	// client sends to every master and whose answers it combines.
	AllNodes []string
}

// SplitsBySlot reports whether the library's cluster client splits
// command name by slot.
func (info LibInfo) SplitsBySlot(name string) bool { return slices.Contains(info.Splits, name) }

// RunsOnAllNodes reports whether the library's cluster client runs the
// node-local command name on every master.
func (info LibInfo) RunsOnAllNodes(name string) bool { return slices.Contains(info.AllNodes, name) }

// ModeChoice is how a library's client ends up a cluster client or not.
type ModeChoice uint8

const (
	// ChoiceByType: the client's type says (go-redis ClusterClient, radix
	// Cluster); an interface of unknown origin may be either.
	ChoiceByType ModeChoice = iota + 1
	// ChoiceByOrigin: a handle (redigo Conn) has the mode of what made it;
	// one of unknown origin is most often a single node: stay silent.
	ChoiceByOrigin
	// ChoiceAtRunTime: the constructor picks a cluster client unless its
	// options say otherwise or its one seed is not in cluster mode
	// (rueidis NewClient): a client of unknown origin may well be one.
	ChoiceAtRunTime
)

// Names of a library's subpackages in the tables' LibFunc.Pkg and
// KeyClient.Pkg: each library's LibInfo says which package they are.
const (
	PkgBuilders = "<builders>"
	PkgCompat   = "<compat>"
	PkgHook     = "<hook>"
)

// rueidisFamily is what rueidis and its forks share but their paths.
func rueidisFamily(info LibInfo) LibInfo {
	info.Builders, info.BuilderType = "internal/cmds", "Builder"
	info.Choice = ChoiceAtRunTime
	info.CrossSlot = CrossSlotPanic
	info.ClusterFix = "drop ForceSingleClient: " + info.Name + " then discovers the cluster"
	info.EachMaster = "Client.Nodes()"
	info.ScanAll = "Client.Nodes() and SCAN on each node"
	return info
}

var libs = [...]LibInfo{
	LibGoRedis: {
		Name:       "go-redis",
		Paths:      GoRedisPaths,
		ClusterFix: "use NewClusterClient with the seeds, or NewUniversalClient with IsClusterMode (go-redis v9.8.0+)",
		EachMaster: "ForEachMaster",
		ScanAll:    "ForEachMaster and Scan on each master",
		Choice:     ChoiceByType,
	},
	LibRedigo: {
		Name:       "redigo",
		Paths:      []string{"github.com/gomodule/redigo/redis", "github.com/garyburd/redigo/redis"},
		ClusterFix: "use a redisc.Cluster with StartupNodes",
		EachMaster: "a redisc.Cluster's EachNode",
		ScanAll:    "a redisc.Cluster's EachNode and SCAN on each node",
		Choice:     ChoiceByOrigin,
		OneConn:    true,
	},
	LibRedisc: {
		Name:       "redisc",
		Paths:      []string{"github.com/mna/redisc"},
		EachMaster: "Cluster.EachNode",
		ScanAll:    "Cluster.EachNode and SCAN on each node",
		Choice:     ChoiceByType,
		OneConn:    true,
	},
	LibRueidis: rueidisFamily(LibInfo{
		Name:   "rueidis",
		Paths:  []string{"github.com/redis/rueidis", "github.com/rueian/rueidis"},
		Compat: "rueidiscompat",
		Hook:   "rueidishook",
	}),
	LibRadix3: {
		Name:       "radix v3",
		Paths:      []string{"github.com/mediocregopher/radix/v3"},
		ClusterFix: "use radix.NewCluster with the seeds",
		EachMaster: "Cluster.Topo().Primaries() and Cluster.Client",
		ScanAll:    "Cluster.NewScanner",
		Choice:     ChoiceByOrigin,
	},
	LibRadix4: {
		Name:       "radix v4",
		Paths:      []string{"github.com/mediocregopher/radix/v4"},
		ClusterFix: "use radix.ClusterConfig.New with the seeds",
		EachMaster: "Cluster.Clients()",
		ScanAll:    "ScannerConfig.NewMulti",
		Choice:     ChoiceByOrigin,
	},
	// valkey-go is rueidis under another name: the same API, builders and
	// cluster client (read in v1.0.79).
	LibValkey: rueidisFamily(LibInfo{
		Name:   "valkey-go",
		Paths:  []string{"github.com/valkey-io/valkey-go"},
		Family: LibRueidis,
		Compat: "valkeycompat",
		Hook:   "valkeyhook",
	}),
	// valkey-glide's Go client (v2.5.3): a Rust core behind a Go API whose
	// commands take []string keys. Measured on three masters of
	// redis-server 7.0.15: MSET, MGET, DEL, EXISTS, UNLINK, TOUCH and WATCH
	// with keys of two slots succeed (split by slot), MSETNX, SUNIONSTORE,
	// RENAME, SINTER, ZUNIONSTORE and scripts fail with CrossSlot (its
	// documentation lists MSETNX among the split commands; v2.5.3 does not
	// split it); KEYS, DBSIZE, FLUSHDB, FLUSHALL and RANDOMKEY (sent with
	// CustomCommand) answer for the whole cluster, SCAN for one random
	// node, SELECT fails.
	LibGlide: {
		Name:       "valkey-glide",
		Paths:      []string{"github.com/valkey-io/valkey-glide/go/v2"},
		ClusterFix: "use glide.NewClusterClient with a config.ClusterClientConfiguration",
		EachMaster: "a config.AllPrimaries route",
		ScanAll:    "ClusterClient.Scan with a models.ClusterScanCursor",
		Choice:     ChoiceByType,
		CrossSlot:  CrossSlotServer,
		Commands:   glideCommands,
		Splits:     []string{"DEL", "EXISTS", "MGET", "MSET", "TOUCH", "UNLINK", "WATCH"},
		AllNodes:   []string{"DBSIZE", "FLUSHALL", "FLUSHDB", "KEYS", "RANDOMKEY"},
	},
}

// Info returns what is known about l.
func (l Lib) Info() LibInfo {
	if int(l) < len(libs) {
		return libs[l]
	}
	return LibInfo{}
}

func (l Lib) String() string { return l.Info().Name }

// Family returns the library whose API l has: l, or the original of a fork.
func (l Lib) Family() Lib {
	if f := l.Info().Family; f != LibNone {
		return f
	}
	return l
}

// SubPath returns the import path below the library's of a package the
// tables name pkg (PkgCompat, …), or pkg itself.
func (info LibInfo) SubPath(pkg string) string {
	switch pkg {
	case PkgBuilders:
		return info.Builders
	case PkgCompat:
		return info.Compat
	case PkgHook:
		return info.Hook
	}
	return pkg
}

// pkgName returns the name the tables give the package sub below the
// library's path.
func (info *LibInfo) pkgName(sub string) string {
	switch {
	case sub == "":
	case sub == info.Builders:
		return PkgBuilders
	case sub == info.Compat:
		return PkgCompat
	case sub == info.Hook:
		return PkgHook
	}
	return sub
}

// forks returns table with, for every entry of a library that has forks, a
// copy for each fork (lib returns an entry's library field).
func forks[T any](table []T, lib func(*T) *Lib) []T {
	out := slices.Clip(table)
	for l := range libs {
		fam := libs[l].Family
		if fam == LibNone {
			continue
		}
		for i := range table {
			if *lib(&table[i]) == fam {
				e := table[i]
				*lib(&e) = Lib(l)
				out = append(out, e)
			}
		}
	}
	return out
}

func init() {
	constructors = forks(constructors, func(c *Constructor) *Lib { return &c.Lib })
	delegates = forks(delegates, func(d *Delegate) *Lib { return &d.Lib })
	wrappers = forks(wrappers, func(w *Wrapper) *Lib { return &w.Lib })
	for _, t := range []*[]MethodRef{&sameClientCallbacks, &handleMethods, &clusterTypes, &redirectParsers, &dbOptions, &perNodeMethods, &keyspaceSubscribers} {
		*t = forks(*t, func(m *MethodRef) *Lib { return &m.Lib })
	}
	nodeMethods = forks(nodeMethods, func(m *NodeMethod) *Lib { return &m.Lib })
	scanners = forks(scanners, func(s *Scanner) *Lib { return &s.Lib })
	urlParsers = forks(urlParsers, func(u *URLParser) *Lib { return &u.Lib })
}

// LibOf returns the library whose API package has import path path, or
// LibNone. Subpackages (rueidis' internal/cmds) count as their library; a
// fork is its own library (whose Family is the original).
func LibOf(path string) Lib {
	for l := range libs {
		for _, p := range libs[l].Paths {
			if path == p || strings.HasPrefix(path, p+"/") {
				return Lib(l)
			}
		}
	}
	return LibNone
}

// Topology is the kind of client a constructor builds.
type Topology uint8

const (
	TopoUnknown Topology = iota
	// TopoStandalone: one node.
	TopoStandalone
	// TopoCluster: a cluster client, which learns the slot map from its seeds.
	TopoCluster
	// TopoUniversal: go-redis NewUniversalClient. A cluster client with two
	// or more addresses or ForceCluster; a failover client when Sentinel is
	// set; otherwise a single-node client (it returns a plain *redis.Client).
	TopoUniversal
	// TopoAuto: rueidis NewClient. A cluster client unless ForceSingle is
	// set; with one address it falls back to a single-node client when the
	// node is not in cluster mode.
	TopoAuto
	// TopoSentinel: a failover client; the addresses are Sentinels and
	// commands go to the one master they name.
	TopoSentinel
	// TopoSentinelCluster: go-redis NewFailoverClusterClient; the addresses
	// are Sentinels.
	TopoSentinelCluster
)

func (t Topology) String() string {
	switch t {
	case TopoStandalone:
		return "standalone"
	case TopoCluster:
		return "cluster"
	case TopoUniversal:
		return "universal"
	case TopoAuto:
		return "auto"
	case TopoSentinel:
		return "sentinel"
	case TopoSentinelCluster:
		return "sentinel-cluster"
	}
	return "unknown"
}

// AddrForm is how a constructor takes its addresses.
type AddrForm uint8

const (
	// AddrHostPort: one string "host:port".
	AddrHostPort AddrForm = iota + 1
	// AddrList: a []string of "host:port".
	AddrList
	// AddrURL: one string URL, redis://[user:pass@]host:port[/db].
	AddrURL
	// AddrChain: a configuration built by a chain of method calls, each
	// call of the constructor's AddrMethod adding one address (GLIDE
	// config.NewClusterClientConfiguration().WithAddress(…)).
	AddrChain
)

// Constructor describes one function, method or composite literal that
// builds a client.
type Constructor struct {
	Lib Lib
	// Recv is the receiver type name of a method (radix v4's
	// ClusterConfig.New), "" for a function.
	Recv string
	// Name is the function or method name, or the type name of a Literal.
	Name string
	// Literal: a composite literal of type Name is the client (redisc.Cluster).
	Literal bool
	Topo    Topology
	// Opts is the index, counted after a leading context.Context, of the
	// options parameter (a struct or a pointer to one), or -1 when the
	// constructor takes plain arguments. Unused for a Literal: the literal
	// is the options.
	Opts int
	// Addr is the index (after ctx) of the address parameter when Opts is -1.
	Addr int
	// AddrField is the field of the options that holds the addresses.
	AddrField string
	Form      AddrForm
	// ForceCluster is a bool field: true makes a TopoUniversal client a
	// cluster client (IsClusterMode, go-redis v9.8.0+: absent before).
	ForceCluster string
	// ForceSingle is a bool field: true makes a TopoAuto client a
	// single-node client (rueidis ForceSingleClient; absent from the old path).
	ForceSingle string
	// Sentinel is a string field: non-empty turns the addresses into
	// Sentinels (MasterName, Sentinel.MasterSet). Dotted for nested structs.
	Sentinel string
	// DB is the int field that selects a logical database.
	DB string
	// DialOptions is a field holding option values, among which a
	// DBOption selects a logical database (redisc's redigo DialOptions).
	DialOptions string
	// ClusterHints are fields whose being set shows that the program expects
	// a cluster (for TopoAuto, which decides at run time).
	ClusterHints []string
	// AddrMethod is the method of an AddrChain configuration that adds an
	// address.
	AddrMethod string
}

// FullName is the constructor as diagnostics show it, e.g. "NewClient" or
// "ClusterConfig.New".
func (c *Constructor) FullName() string {
	if c.Recv != "" {
		return c.Recv + "." + c.Name
	}
	return c.Name
}

var constructors = []Constructor{
	// go-redis, every major version (v6 has no ctx, which Opts does not see).
	{Lib: LibGoRedis, Name: "NewClient", Topo: TopoStandalone, Opts: 0, AddrField: "Addr", Form: AddrHostPort, DB: "DB"},
	{Lib: LibGoRedis, Name: "NewClusterClient", Topo: TopoCluster, Opts: 0, AddrField: "Addrs", Form: AddrList},
	{Lib: LibGoRedis, Name: "NewUniversalClient", Topo: TopoUniversal, Opts: 0, AddrField: "Addrs", Form: AddrList,
		ForceCluster: "IsClusterMode", Sentinel: "MasterName", DB: "DB"},
	{Lib: LibGoRedis, Name: "NewFailoverClient", Topo: TopoSentinel, Opts: 0, AddrField: "SentinelAddrs", Form: AddrList, DB: "DB"},
	{Lib: LibGoRedis, Name: "NewFailoverClusterClient", Topo: TopoSentinelCluster, Opts: 0, AddrField: "SentinelAddrs", Form: AddrList},

	// redigo: connections to one node; a Pool's Dial function makes them.
	{Lib: LibRedigo, Name: "Dial", Topo: TopoStandalone, Opts: -1, Addr: 1, Form: AddrHostPort},
	{Lib: LibRedigo, Name: "DialContext", Topo: TopoStandalone, Opts: -1, Addr: 1, Form: AddrHostPort},
	{Lib: LibRedigo, Name: "DialTimeout", Topo: TopoStandalone, Opts: -1, Addr: 1, Form: AddrHostPort},
	{Lib: LibRedigo, Name: "DialURL", Topo: TopoStandalone, Opts: -1, Addr: 0, Form: AddrURL},
	{Lib: LibRedigo, Name: "DialURLContext", Topo: TopoStandalone, Opts: -1, Addr: 0, Form: AddrURL},

	// redisc: the cluster is a struct literal.
	{Lib: LibRedisc, Name: "Cluster", Literal: true, Topo: TopoCluster, AddrField: "StartupNodes", Form: AddrList, DialOptions: "DialOptions"},

	// rueidis: one constructor, whose options decide.
	{Lib: LibRueidis, Name: "NewClient", Topo: TopoAuto, Opts: 0, AddrField: "InitAddress", Form: AddrList,
		ForceSingle: "ForceSingleClient", Sentinel: "Sentinel.MasterSet", DB: "SelectDB",
		ClusterHints: []string{"ClusterOption", "ShuffleInit"}},

	// radix v3.
	{Lib: LibRadix3, Name: "NewPool", Topo: TopoStandalone, Opts: -1, Addr: 1, Form: AddrHostPort},
	{Lib: LibRadix3, Name: "Dial", Topo: TopoStandalone, Opts: -1, Addr: 1, Form: AddrHostPort},
	{Lib: LibRadix3, Name: "NewCluster", Topo: TopoCluster, Opts: -1, Addr: 0, Form: AddrList},
	{Lib: LibRadix3, Name: "NewSentinel", Topo: TopoSentinel, Opts: -1, Addr: 1, Form: AddrList},

	// radix v4: constructors are methods of config values.
	{Lib: LibRadix4, Recv: "PoolConfig", Name: "New", Topo: TopoStandalone, Opts: -1, Addr: 1, Form: AddrHostPort},
	{Lib: LibRadix4, Recv: "Dialer", Name: "Dial", Topo: TopoStandalone, Opts: -1, Addr: 1, Form: AddrHostPort},
	{Lib: LibRadix4, Name: "Dial", Topo: TopoStandalone, Opts: -1, Addr: 1, Form: AddrHostPort},
	{Lib: LibRadix4, Recv: "ClusterConfig", Name: "New", Topo: TopoCluster, Opts: -1, Addr: 0, Form: AddrList},
	{Lib: LibRadix4, Recv: "SentinelConfig", Name: "New", Topo: TopoSentinel, Opts: -1, Addr: 1, Form: AddrList},

	// valkey-glide: the configuration is a builder chain.
	{Lib: LibGlide, Name: "NewClusterClient", Topo: TopoCluster, Opts: -1, Addr: 0, Form: AddrChain, AddrMethod: "WithAddress"},
	{Lib: LibGlide, Name: "NewClient", Topo: TopoStandalone, Opts: -1, Addr: 0, Form: AddrChain, AddrMethod: "WithAddress"},
}

// Constructors returns the table of constructors.
func Constructors() []Constructor { return constructors }

// Delegate is a composite literal whose client is whatever a function in
// one of its fields returns (a redigo Pool dials with its Dial function).
type Delegate struct {
	Lib    Lib
	Type   string
	Fields []string
}

var delegates = []Delegate{
	{Lib: LibRedigo, Type: "Pool", Fields: []string{"Dial", "DialContext"}},
}

// Delegates returns the table of delegating literals.
func Delegates() []Delegate { return delegates }

// Wrapper is a function that returns a client handle made from one of its
// arguments (redisc.RetryConn wraps the connection it is given).
type Wrapper struct {
	Lib Lib
	// Pkg is the package below the library's ("" its API package,
	// PkgHook, …).
	Pkg  string
	Name string
	// Arg is the index (after ctx) of the wrapped handle.
	Arg int
}

var wrappers = []Wrapper{
	{Lib: LibRedisc, Name: "RetryConn", Arg: 0},
	{Lib: LibRedigo, Name: "NewLoggingConn", Arg: 0},
	{Lib: LibRedigo, Name: "NewLoggingConnFilter", Arg: 0},
	// rueidishook.WithHook(client, hook) returns a Client that runs every
	// command on client, through the hook.
	{Lib: LibRueidis, Pkg: PkgHook, Name: "WithHook", Arg: 0},
}

// Wrappers returns the table of wrappers.
func Wrappers() []Wrapper { return wrappers }

// MethodRef names a method of a library's type ("" Recv: any receiver
// type of the library, the way go-redis declares commands on cmdable and
// also on clients).
type MethodRef struct {
	Lib  Lib
	Recv string
	Name string
}

// sameClientCallbacks are methods that call a function literal with a
// handle on the same client (a pipeline, a Tx): the handle's kind is the
// receiver's. Per-node iterations (ForEachMaster, EachNode, Nodes) are not
// here: their handles are single-node clients.
var sameClientCallbacks = []MethodRef{
	{Lib: LibGoRedis, Name: "Pipelined"},
	{Lib: LibGoRedis, Name: "TxPipelined"},
	{Lib: LibGoRedis, Name: "Watch"},
	// rueidis Client.Dedicated(fn): fn's DedicatedClient is a connection
	// of the same client (on a cluster, pinned to the first key's slot).
	{Lib: LibRueidis, Recv: "Client", Name: "Dedicated"},
}

// handleMethods are methods that return a handle on the receiver's own
// client: a pipeline, a connection from its pool, a command builder bound
// to it. Methods that return a handle on one node of a cluster
// (MasterForKey, radix Cluster.Client, rueidis Nodes) are not here.
var handleMethods = []MethodRef{
	{Lib: LibGoRedis, Name: "Pipeline"},
	{Lib: LibGoRedis, Name: "TxPipeline"},
	{Lib: LibGoRedis, Name: "WithContext"},
	{Lib: LibGoRedis, Name: "WithTimeout"},
	{Lib: LibGoRedis, Name: "Conn"},
	{Lib: LibRedigo, Recv: "Pool", Name: "Get"},
	{Lib: LibRedigo, Recv: "Pool", Name: "GetContext"},
	{Lib: LibRedisc, Recv: "Cluster", Name: "Get"},
	{Lib: LibRedisc, Recv: "Cluster", Name: "Dial"},
	{Lib: LibRueidis, Name: "B"},
}

// HandleMethods returns the table of handle methods.
func HandleMethods() []MethodRef { return handleMethods }

// IsHandleMethod reports whether fn is a method that returns a handle on
// its receiver's own client.
func IsHandleMethod(fn *types.Func) bool {
	return matchRef(fn, handleMethods, true)
}

// matchRef reports whether fn is one of refs: a method (of any receiver
// type of the library when the ref's Recv is "") when method is true, a
// function otherwise.
func matchRef(fn *types.Func, refs []MethodRef, method bool) bool {
	lib, recv := funcKey(fn)
	return find(refs, func(r *MethodRef) bool {
		return lib != LibNone && (recv != "") == method && r.Lib == lib && r.Name == fn.Name() && (r.Recv == "" || r.Recv == recv)
	}) != nil
}

// SameClientCallbacks returns the table of same-client callbacks.
func SameClientCallbacks() []MethodRef { return sameClientCallbacks }

// Effect is what a node-local command does on a cluster.
type Effect uint8

const (
	// OneNode: the client runs it on one node (chosen by slot of its first
	// argument, or at random) and returns that node's answer as if it were
	// the cluster's.
	OneNode Effect = iota + 1
	// Refused: Redis Cluster refuses it ("ERR SELECT is not allowed in
	// cluster mode"): a cluster has only database 0.
	Refused
)

// NodeCommand is a Redis command that a cluster client runs on one node.
type NodeCommand struct {
	Name   string
	Effect Effect
	// What says what goes wrong, for diagnostics.
	What string
	// Scan: the cluster-wide way is to scan every master.
	Scan bool
}

// nodeCommands was measured with go-redis v9.23.0, rueidis v1.0.79, redisc
// v1.4.0 and radix v4.1.4 against three masters of redis-server 7.0.15 with
// 30 keys: KEYS, SCAN, DBSIZE answered 8 or 14 (one node's keys), FLUSHDB and
// FLUSHALL left 16 or 22 keys, SELECT, SWAPDB and MOVE failed with "not
// allowed in cluster mode".
var nodeCommands = map[string]NodeCommand{
	"KEYS":      {Name: "KEYS", Effect: OneNode, What: "lists the keys of one node only", Scan: true},
	"SCAN":      {Name: "SCAN", Effect: OneNode, What: "iterates the keys of one node only", Scan: true},
	"RANDOMKEY": {Name: "RANDOMKEY", Effect: OneNode, What: "asks one node, and answers nil when that node has no keys"},
	"FLUSHDB":   {Name: "FLUSHDB", Effect: OneNode, What: "empties one node only"},
	"FLUSHALL":  {Name: "FLUSHALL", Effect: OneNode, What: "empties one node only"},
	"DBSIZE":    {Name: "DBSIZE", Effect: OneNode, What: "counts the keys of one node only"},
	"SELECT":    {Name: "SELECT", Effect: Refused},
	"SWAPDB":    {Name: "SWAPDB", Effect: Refused},
	"MOVE":      {Name: "MOVE", Effect: Refused},
	// Measured with go-redis v9.23.0 on three masters: ConfigSet changed
	// one node of three, ConfigGet answered the value of a random node.
	"CONFIG SET": {Name: "CONFIG SET", Effect: OneNode, What: "changes the configuration of one node only"},
	"CONFIG GET": {Name: "CONFIG GET", Effect: OneNode, What: "reads the configuration of one node only"},
	"CONFIG":     {Name: "CONFIG", Effect: OneNode, What: "configures or reads one node only"},
}

// NodeCommandOf returns the node-local command named name (any case).
func NodeCommandOf(name string) (NodeCommand, bool) {
	c, ok := nodeCommands[strings.ToUpper(name)]
	return c, ok
}

// NodeMethod is a typed method that sends a node-local command.
type NodeMethod struct {
	Lib  Lib
	Name string
	// Command is the Redis command it sends.
	Command string
	// ClusterAggregates: the cluster client's own method runs it on every
	// master and sums (go-redis (*ClusterClient).DBSize); the same method on
	// a pipeline of that client does not.
	ClusterAggregates bool
}

var nodeMethods = []NodeMethod{
	// go-redis: declared on cmdable (Select and SwapDB on statefulCmdable,
	// reachable from a cluster's pipelines and Tx).
	{Lib: LibGoRedis, Name: "Keys", Command: "KEYS"},
	{Lib: LibGoRedis, Name: "Scan", Command: "SCAN"},
	{Lib: LibGoRedis, Name: "ScanType", Command: "SCAN"},
	{Lib: LibGoRedis, Name: "RandomKey", Command: "RANDOMKEY"},
	{Lib: LibGoRedis, Name: "FlushDB", Command: "FLUSHDB"},
	{Lib: LibGoRedis, Name: "FlushDBAsync", Command: "FLUSHDB"},
	{Lib: LibGoRedis, Name: "FlushAll", Command: "FLUSHALL"},
	{Lib: LibGoRedis, Name: "FlushAllAsync", Command: "FLUSHALL"},
	{Lib: LibGoRedis, Name: "DBSize", Command: "DBSIZE", ClusterAggregates: true},
	{Lib: LibGoRedis, Name: "Select", Command: "SELECT"},
	{Lib: LibGoRedis, Name: "SwapDB", Command: "SWAPDB"},
	{Lib: LibGoRedis, Name: "Move", Command: "MOVE"},
	{Lib: LibGoRedis, Name: "ConfigSet", Command: "CONFIG SET"},
	{Lib: LibGoRedis, Name: "ConfigGet", Command: "CONFIG GET"},
	// rueidis: methods of the command builder (internal/cmds.Builder).
	{Lib: LibRueidis, Name: "Keys", Command: "KEYS"},
	{Lib: LibRueidis, Name: "Scan", Command: "SCAN"},
	{Lib: LibRueidis, Name: "Randomkey", Command: "RANDOMKEY"},
	{Lib: LibRueidis, Name: "Flushdb", Command: "FLUSHDB"},
	{Lib: LibRueidis, Name: "Flushall", Command: "FLUSHALL"},
	{Lib: LibRueidis, Name: "Dbsize", Command: "DBSIZE"},
	{Lib: LibRueidis, Name: "Select", Command: "SELECT"},
	{Lib: LibRueidis, Name: "Swapdb", Command: "SWAPDB"},
	{Lib: LibRueidis, Name: "Move", Command: "MOVE"},
	{Lib: LibRueidis, Name: "ConfigSet", Command: "CONFIG SET"},
	{Lib: LibRueidis, Name: "ConfigGet", Command: "CONFIG GET"},
	// valkey-glide: ClusterClient.Select (measured: SELECT is not allowed
	// in cluster mode); its Scan, FlushAll, FlushDB run cluster-wide.
	{Lib: LibGlide, Name: "Select", Command: "SELECT"},
}

// NodeMethods returns the table of node-local methods.
func NodeMethods() []NodeMethod { return nodeMethods }

// RueidisBuilder is the type whose methods start a rueidis command
// (rueidis.Builder is an alias of it).
const RueidisBuilder = "Builder"

// NodeMethodOf returns the node-local method fn is, if any: a method of
// the library's builder type when it has command builders.
func NodeMethodOf(fn *types.Func) (NodeMethod, bool) {
	lib, recv := funcKey(fn)
	if lib == LibNone || recv == "" {
		return NodeMethod{}, false
	}
	if bt := lib.Info().BuilderType; bt != "" && recv != bt {
		return NodeMethod{}, false
	}
	if m := find(nodeMethods, func(m *NodeMethod) bool { return m.Lib == lib && m.Name == fn.Name() }); m != nil {
		return *m, true
	}
	return NodeMethod{}, false
}

// Scanner is a library function that scans with SCAN through the client
// it is given: on a cluster client, one node's keys.
type Scanner struct {
	Lib  Lib
	Name string
	// Client is the index of the client parameter.
	Client int
}

var scanners = []Scanner{
	// radix v3 NewScanner's doc: "if Client is a *Cluster this will not work
	// correctly, use the NewScanner method on Cluster instead".
	{Lib: LibRadix3, Name: "NewScanner", Client: 0},
}

// Scanners returns the table of scanners.
func Scanners() []Scanner { return scanners }

// RawCall is a call that sends (or builds) a command given by name.
type RawCall struct {
	Lib  Lib
	Recv string // "": any receiver type of the library, or a function when Func
	Name string
	Func bool // a package-level function (radix Cmd), not a method
	// Cmd is the index (after a leading ctx) of the command-name parameter.
	Cmd int
	// Variadic: the command name is the first element of a variadic
	// ...interface{} parameter at Cmd (go-redis Do(ctx, args...)).
	Variadic bool
	// Words: the command name is the first element of a []string
	// parameter at Cmd (GLIDE CustomCommand(ctx, []string{…})).
	Words bool
	// Builds: the call builds an action that a client's Do runs (radix):
	// the client is the receiver of that Do, not of this call.
	Builds bool
}

// RawCallOf returns the raw-command entry that fn is, if any. It is the
// RawSend table of libs.go (the one table of raw command calls) seen from
// the analyzers that only need where the command name is.
func RawCallOf(fn *types.Func) (RawCall, bool) {
	r, ok := RawSendOf(fn)
	if !ok {
		return RawCall{}, false
	}
	rc := RawCall{Lib: r.Lib, Recv: r.Recv, Name: r.Name, Func: r.Func, Cmd: r.Cmd, Builds: r.Builds}
	if r.Cmd < 0 {
		rc.Cmd, rc.Variadic, rc.Words = r.Args, !r.Words, r.Words
	}
	return rc, true
}

// ClusterTypes are the library types whose values are cluster clients, by
// library and type name.
var clusterTypes = []MethodRef{
	{Lib: LibGoRedis, Name: "ClusterClient"},
	{Lib: LibRedisc, Name: "Cluster"},
	{Lib: LibRedisc, Name: "Conn"},
	{Lib: LibRadix3, Name: "Cluster"},
	{Lib: LibRadix4, Name: "Cluster"},
	{Lib: LibGlide, Name: "ClusterClient"},
	{Lib: LibGlide, Name: "ClusterBatch"}, // pipeline.ClusterBatch: commands for a cluster client
}

// ClusterTypes returns the table of cluster client types (Recv unused).
func ClusterTypes() []MethodRef { return clusterTypes }

// IsClusterType reports whether t (or what it points to) is a cluster
// client type of a known library.
func IsClusterType(t types.Type) bool {
	lib, name := typeKey(t)
	return find(clusterTypes, func(c *MethodRef) bool { return lib != LibNone && c.Lib == lib && c.Name == name }) != nil
}

// IsClusterCommandMethod reports whether fn is a go-redis method that sends
// a CLUSTER subcommand (ClusterSlots, ClusterNodes, ClusterInfo, …) or a
// rueidis builder method that starts one (Cluster*).
func IsClusterCommandMethod(fn *types.Func) bool {
	if fn == nil || fn.Pkg() == nil || !strings.HasPrefix(fn.Name(), "Cluster") {
		return false
	}
	lib := LibOf(fn.Pkg().Path())
	switch {
	case lib == LibGoRedis:
		sig, _ := fn.Type().(*types.Signature)
		return sig != nil && sig.Recv() != nil
	case lib.Info().BuilderType != "":
		return recvName(fn) == lib.Info().BuilderType
	}
	return false
}

// RedirectParsers are library functions that parse MOVED/ASK replies.
var redirectParsers = []MethodRef{
	{Lib: LibRedisc, Name: "ParseRedir"},
}

// IsRedirectParser reports whether fn parses MOVED/ASK replies.
func IsRedirectParser(fn *types.Func) bool {
	return matchRef(fn, redirectParsers, false)
}

// dbOptions are option functions whose argument (after ctx) 0 selects a
// logical database.
var dbOptions = []MethodRef{
	{Lib: LibRedigo, Name: "DialDatabase"},
}

// IsDBOption reports whether fn is an option function that selects a
// logical database with its first argument.
func IsDBOption(fn *types.Func) bool {
	return matchRef(fn, dbOptions, false)
}

// URLParser is a function that parses a URL into a constructor's options.
type URLParser struct {
	Lib  Lib
	Name string
}

var urlParsers = []URLParser{
	{Lib: LibGoRedis, Name: "ParseURL"},
	{Lib: LibRueidis, Name: "ParseURL"},
	{Lib: LibRueidis, Name: "MustParseURL"},
}

// URLParsers returns the table of URL parsers.
func URLParsers() []URLParser { return urlParsers }

// IsURLParser reports whether fn parses a URL (its first argument) into
// options.
func IsURLParser(fn *types.Func) bool {
	lib, recv := funcKey(fn)
	return find(urlParsers, func(u *URLParser) bool { return lib != LibNone && recv == "" && u.Lib == lib && u.Name == fn.Name() }) != nil
}

// ---------------------------------------------------------------------------
// Lookups.

// ConstructorOf returns the constructor fn is, if any.
func ConstructorOf(fn *types.Func) *Constructor {
	lib, recv := funcKey(fn)
	if lib == LibNone {
		return nil
	}
	return find(constructors, func(c *Constructor) bool {
		return !c.Literal && c.Lib == lib && c.Name == fn.Name() && c.Recv == recv
	})
}

// LiteralConstructorOf returns the constructor that a composite literal of
// type t is, if any.
func LiteralConstructorOf(t types.Type) *Constructor {
	lib, name := typeKey(t)
	return find(constructors, func(c *Constructor) bool { return c.Literal && c.Lib == lib && c.Name == name })
}

func delegateOf(t types.Type) *Delegate {
	lib, name := typeKey(t)
	return find(delegates, func(d *Delegate) bool { return d.Lib == lib && d.Type == name })
}

func wrapperOf(fn *types.Func) *Wrapper {
	if fn == nil || fn.Pkg() == nil || recvName(fn) != "" {
		return nil
	}
	lib, sub := libPkgOf(fn.Pkg().Path())
	return find(wrappers, func(w *Wrapper) bool { return lib != LibNone && w.Lib == lib && w.Pkg == sub && w.Name == fn.Name() })
}

// IsSameClientCallback reports whether fn is a method that runs a function
// literal on a handle of the same client.
func IsSameClientCallback(fn *types.Func) bool {
	return matchRef(fn, sameClientCallbacks, true)
}

// ScannerOf returns the scanner entry fn is, if any.
func ScannerOf(fn *types.Func) (Scanner, bool) {
	lib, recv := funcKey(fn)
	if s := find(scanners, func(s *Scanner) bool { return lib != LibNone && recv == "" && s.Lib == lib && s.Name == fn.Name() }); s != nil {
		return *s, true
	}
	return Scanner{}, false
}

// find returns the first entry of list that match accepts, or nil.
func find[T any](list []T, match func(*T) bool) *T {
	for i := range list {
		if match(&list[i]) {
			return &list[i]
		}
	}
	return nil
}

// funcKey returns the library of fn (LibNone for others) and the name of
// its receiver type ("" for a function).
func funcKey(fn *types.Func) (Lib, string) {
	if fn == nil || fn.Pkg() == nil {
		return LibNone, ""
	}
	return LibOf(fn.Pkg().Path()), recvName(fn)
}

// typeKey returns the library and name of the named type t or *t.
func typeKey(t types.Type) (Lib, string) {
	obj := namedObj(t)
	if obj == nil {
		return LibNone, ""
	}
	return LibOf(obj.Pkg().Path()), obj.Name()
}

// recvName returns the name of fn's receiver type (without pointer), or ""
// for a function.
func recvName(fn *types.Func) string {
	sig, _ := fn.Type().(*types.Signature)
	if sig == nil || sig.Recv() == nil {
		return ""
	}
	if obj := namedObj(sig.Recv().Type()); obj != nil {
		return obj.Name()
	}
	return ""
}

// namedObj returns the type name of t or *t, when it is a named type of a
// package.
func namedObj(t types.Type) *types.TypeName {
	if t == nil {
		return nil
	}
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() == nil {
		return nil
	}
	return n.Obj()
}

// ---------------------------------------------------------------------------
// Reading a package against the tables.

// StringConst returns the constant string value of e.
func StringConst(info *types.Info, e ast.Expr) (string, bool) {
	if tv, ok := info.Types[e]; ok && tv.Value != nil && tv.Value.Kind() == constant.String {
		return constant.StringVal(tv.Value), true
	}
	return "", false
}

// CommandArg returns the command-name argument of call, a call of fn that
// r describes, and its constant value. ok is false when the name is not a
// constant (or is spread from a slice).
func (r RawCall) CommandArg(info *types.Info, fn *types.Func, call *ast.CallExpr) (arg ast.Expr, name string, ok bool) {
	sig, isSig := fn.Type().(*types.Signature)
	if !isSig {
		return nil, "", false
	}
	i := r.Cmd + CtxOffset(sig)
	if i >= len(call.Args) || (r.Variadic && call.Ellipsis.IsValid()) {
		return nil, "", false
	}
	if r.Words {
		lit, ok := ast.Unparen(call.Args[i]).(*ast.CompositeLit)
		if !ok || len(lit.Elts) == 0 {
			return nil, "", false
		}
		name, ok = StringConst(info, lit.Elts[0])
		return lit.Elts[0], name, ok
	}
	name, ok = StringConst(info, call.Args[i])
	return call.Args[i], name, ok
}

// Construction is one call or composite literal that builds a client.
type Construction struct {
	C    *Constructor
	Node ast.Expr // the *ast.CallExpr or *ast.CompositeLit
	Fn   *types.Func
	// Pkg is the library package (types) the constructor belongs to.
	Pkg *types.Package
	// OptsExpr is the options argument as written (nil without options).
	OptsExpr ast.Expr
	// Opts is the options literal, when the options are one (through & and
	// parentheses; for a Literal constructor, the literal itself).
	Opts *ast.CompositeLit
	// Addr is the address argument, or the value of the address field of an
	// options literal. Nil when the field is not set or the options are not
	// a literal (AddrKnown then says whether that is certain).
	Addr      ast.Expr
	AddrKnown bool
	fields    map[string]*ast.KeyValueExpr
}

// Name is the constructor as diagnostics show it: "redis.NewClient",
// "radix.ClusterConfig.New".
func (k *Construction) Name() string {
	if k.Pkg != nil {
		return k.Pkg.Name() + "." + k.C.FullName()
	}
	return k.C.FullName()
}

// ConstructionOf reads n as a construction, or returns nil.
func ConstructionOf(info *types.Info, n ast.Expr) *Construction {
	switch n := ast.Unparen(n).(type) {
	case *ast.CallExpr:
		fn, _ := typeutil.Callee(info, n).(*types.Func)
		c := ConstructorOf(fn)
		if c == nil {
			return nil
		}
		sig, _ := fn.Type().(*types.Signature)
		if sig == nil {
			return nil
		}
		off := CtxOffset(sig)
		k := &Construction{C: c, Node: n, Fn: fn, Pkg: fn.Pkg()}
		if c.Opts >= 0 {
			if c.Opts+off >= len(n.Args) {
				return nil
			}
			k.OptsExpr = n.Args[c.Opts+off]
			k.Opts = compositeOf(k.OptsExpr)
			k.readFields(info)
		} else {
			if c.Addr+off >= len(n.Args) {
				return nil
			}
			k.Addr, k.AddrKnown = n.Args[c.Addr+off], true
		}
		return k
	case *ast.CompositeLit:
		t := info.TypeOf(n)
		c := LiteralConstructorOf(t)
		if c == nil {
			return nil
		}
		k := &Construction{C: c, Node: n, OptsExpr: n, Opts: n, Pkg: namedObj(t).Pkg()}
		k.readFields(info)
		return k
	}
	return nil
}

func compositeOf(e ast.Expr) *ast.CompositeLit {
	e = ast.Unparen(e)
	if u, ok := e.(*ast.UnaryExpr); ok && u.Op == token.AND {
		e = ast.Unparen(u.X)
	}
	lit, _ := e.(*ast.CompositeLit)
	return lit
}

func (k *Construction) readFields(info *types.Info) {
	if k.Opts == nil {
		return
	}
	k.fields = map[string]*ast.KeyValueExpr{}
	var walk func(prefix string, lit *ast.CompositeLit)
	walk = func(prefix string, lit *ast.CompositeLit) {
		for _, elt := range lit.Elts {
			kv, ok := elt.(*ast.KeyValueExpr)
			if !ok {
				continue // positional fields: not read
			}
			id, ok := kv.Key.(*ast.Ident)
			if !ok {
				continue
			}
			name := prefix + id.Name
			k.fields[name] = kv
			if inner := compositeOf(kv.Value); inner != nil {
				if _, isStruct := typeUnder(info.TypeOf(inner)).(*types.Struct); isStruct {
					walk(name+".", inner)
				}
			}
		}
	}
	walk("", k.Opts)
	if k.C.AddrField != "" {
		if kv := k.fields[k.C.AddrField]; kv != nil {
			k.Addr = kv.Value
		}
		k.AddrKnown = true
	}
}

func typeUnder(t types.Type) types.Type {
	if t == nil {
		return nil
	}
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	return t.Underlying()
}

// Field returns the key-value of field name (dotted for nested literals) in
// the options literal, if set there.
func (k *Construction) Field(name string) *ast.KeyValueExpr {
	if name == "" || k.fields == nil {
		return nil
	}
	return k.fields[name]
}

// BoolField returns the value of a bool field of the options literal: set
// says whether the literal sets it, known whether its value is a constant.
func (k *Construction) BoolField(info *types.Info, name string) (val, set, known bool) {
	kv := k.Field(name)
	if kv == nil {
		return false, false, k.Opts != nil
	}
	tv, ok := info.Types[kv.Value]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.Bool {
		return false, true, false
	}
	return constant.BoolVal(tv.Value), true, true
}

// StringField is BoolField for a string field.
func (k *Construction) StringField(info *types.Info, name string) (val string, set, known bool) {
	kv := k.Field(name)
	if kv == nil {
		return "", false, k.Opts != nil
	}
	tv, ok := info.Types[kv.Value]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.String {
		return "", true, false
	}
	return constant.StringVal(tv.Value), true, true
}

// HasField reports whether the options type of k (in the library version the
// program uses) has field name. For go-redis' IsClusterMode (v9.8.0+), ask
// GoRedisHas(FeatureIsClusterMode), the one way to ask which go-redis it is.
func (k *Construction) HasField(info *types.Info, name string) bool {
	if name == "" || k.OptsExpr == nil {
		return false
	}
	t := info.TypeOf(k.OptsExpr)
	for _, part := range strings.Split(name, ".") {
		ft, ok := FieldType(t, part)
		if !ok {
			return false
		}
		t = ft
	}
	return true
}

// Topology resolves what k builds, from its options literal. It returns
// TopoUnknown when that depends on values the analyzer cannot see. seeds
// is the number of addresses (-1 when unknown).
func (k *Construction) Topology(info *types.Info, seeds int) Topology {
	c := k.C
	switch c.Topo {
	case TopoUniversal:
		if k.Opts == nil {
			return TopoUnknown
		}
		master, set, known := k.StringField(info, c.Sentinel)
		force, fset, fknown := k.BoolField(info, c.ForceCluster)
		if (set && !known) || (fset && !fknown) {
			return TopoUnknown
		}
		if master != "" {
			// go-redis v9 makes a failover cluster client when cluster mode
			// is forced; RouteByLatency/RouteRandomly do too, but either
			// way the addresses are Sentinels.
			if force {
				return TopoSentinelCluster
			}
			return TopoSentinel
		}
		switch {
		case force || seeds > 1:
			return TopoCluster
		case seeds == 1:
			return TopoStandalone
		}
		return TopoUnknown
	case TopoAuto:
		if k.Opts == nil {
			return TopoUnknown
		}
		master, set, known := k.StringField(info, c.Sentinel)
		single, fset, fknown := k.BoolField(info, c.ForceSingle)
		if (set && !known) || (fset && !fknown) {
			return TopoUnknown
		}
		switch {
		case master != "":
			return TopoSentinel
		case single:
			return TopoStandalone
		case seeds > 1:
			return TopoCluster
		}
		return TopoAuto
	}
	return c.Topo
}

// ChainAddrs returns the arguments of the AddrMethod calls that built the
// AddrChain configuration of k (GLIDE's WithAddress(&config.NodeAddress{…})),
// following variables with single, which returns the one value a variable
// holds (Flow.SingleValue). ok is false when the chain does not lead back to
// a function that makes the configuration (a parameter, a loop that adds
// addresses).
func (k *Construction) ChainAddrs(info *types.Info, single func(ast.Expr) ast.Expr) (addrs []ast.Expr, ok bool) {
	if k.C.Form != AddrChain || k.Addr == nil {
		return nil, false
	}
	e := k.Addr
	for range 64 {
		e = ast.Unparen(single(ast.Unparen(e)))
		call, isCall := e.(*ast.CallExpr)
		if !isCall {
			return nil, false
		}
		fn, _ := typeutil.Callee(info, call).(*types.Func)
		if fn == nil || LibOf(fnPkgPath(fn)) != k.C.Lib {
			return nil, false
		}
		sel, isSel := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if recvName(fn) == "" {
			// The function that makes the configuration: the chain's start.
			slices.Reverse(addrs)
			return addrs, true
		}
		if !isSel {
			return nil, false
		}
		if fn.Name() == k.C.AddrMethod && len(call.Args) == 1 {
			addrs = append(addrs, call.Args[0])
		}
		e = sel.X
	}
	return nil, false
}

func fnPkgPath(fn *types.Func) string {
	if fn.Pkg() == nil {
		return ""
	}
	return fn.Pkg().Path()
}

// ClusterHinted reports whether the options literal sets one of the
// constructor's cluster hints, and returns the first it sets.
func (k *Construction) ClusterHinted() *ast.KeyValueExpr {
	for _, h := range k.C.ClusterHints {
		if kv := k.Field(h); kv != nil {
			return kv
		}
	}
	return nil
}

// LastIdent returns the identifier that names e, an identifier or a
// selector (the Sel of pkg.Name or x.Field), or nil.
func LastIdent(e ast.Expr) *ast.Ident {
	switch x := ast.Unparen(e).(type) {
	case *ast.Ident:
		return x
	case *ast.SelectorExpr:
		return x.Sel
	}
	return nil
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// HostPort splits a constant address of the given form into host and port
// (port "" when it has none). ok is false when it is not an address.
func HostPort(addr string, form AddrForm) (host, port string, ok bool) {
	addr = strings.TrimSpace(addr)
	if addr == "" || strings.ContainsAny(addr, " %\t") {
		return "", "", false
	}
	if form == AddrURL || strings.Contains(addr, "://") {
		u, err := url.Parse(addr)
		if err != nil || u.Host == "" {
			return "", "", false
		}
		return u.Hostname(), u.Port(), true
	}
	if h, p, err := net.SplitHostPort(addr); err == nil {
		return h, p, h != ""
	}
	if strings.ContainsAny(addr, ":/") {
		return "", "", false
	}
	return addr, "", true
}
