package model

// This file is the library table: every client library redislint knows
// (Lib), what it knows about each as a whole (LibInfo: names, import paths,
// traits such as how cluster mode is chosen or what a cluster client does
// with a cross-slot command), how a fork shares the original's entries
// (forks, applied by init), and the helpers that match a function or type
// against a library (funcKey, typeKey). The tables of this package were
// read from the sources of go-redis v9.23.0, v8.11.5, v7.4.1 and v6.15.9,
// redigo v1.9.3, redisc v1.4.0, rueidis v1.0.79 (and
// github.com/rueian/rueidis v0.0.100, its old path), valkey-go v1.0.79 (a
// fork of rueidis), radix v3.8.0 and v4.1.4; clients_drift_test.go checks
// the tables against those modules.

import (
	"github.com/redislint/redislint/internal/typesutil"
	"go/types"
	"slices"
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
	// split it); SSUBSCRIBE and SUNSUBSCRIBE of shard channels of two slots
	// (SSubscribe, SUnsubscribe, CustomCommand, or a
	// config.ShardedClusterChannelMode subscription configuration) succeed,
	// each channel subscribed on its own shard; KEYS, DBSIZE, FLUSHDB, FLUSHALL and RANDOMKEY (sent with
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
		Splits:     []string{"DEL", "EXISTS", "MGET", "MSET", "TOUCH", "UNLINK", "WATCH", "SSUBSCRIBE", "SUNSUBSCRIBE"},
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
			if path == p {
				return Lib(l)
			}
			if _, ok := cutPathPrefix(path, p); ok {
				return Lib(l)
			}
		}
	}
	return LibNone
}

// cutPathPrefix returns the rest of path below the package path p
// (path is p + "/" + rest), without building p + "/": the tables are
// asked about every call of every package.
func cutPathPrefix(path, p string) (string, bool) {
	if len(path) > len(p) && path[len(p)] == '/' && path[:len(p)] == p {
		return path[len(p)+1:], true
	}
	return "", false
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
	obj := typesutil.NamedObj(t)
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
	if obj := typesutil.NamedObj(sig.Recv().Type()); obj != nil {
		return obj.Name()
	}
	return ""
}

func fnPkgPath(fn *types.Func) string {
	if fn.Pkg() == nil {
		return ""
	}
	return fn.Pkg().Path()
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
