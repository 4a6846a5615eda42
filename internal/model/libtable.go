package model

// This file names the client libraries (Lib) and what is known about each
// as a whole (LibInfo: names, import paths, traits such as how cluster mode
// is chosen or what a cluster client does with a cross-slot command), how a
// fork shares the original's rows (forks), and the helpers that match a
// function or type against a library (funcKey, typeKey). Each library's
// LibInfo and rows are in its own file, lib_NAME.go, listed in registry
// (library.go); the drift tests check them against the real modules.

import (
	"go/types"
	"slices"

	"github.com/redislint/redislint/internal/typesutil"
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

	numLibs // the number of Lib values, LibNone included
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
	// BuilderStart is the client method that starts a chain of builder
	// calls (rueidis' B()), and BuilderBuild the builder method that ends
	// one: the chain is one command.
	BuilderStart string
	BuilderBuild string
	// ClusterMethods: the library's methods whose names start with
	// Cluster send CLUSTER subcommands (go-redis' ClusterSlots, …).
	ClusterMethods bool
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
	// NodeFixes are the fixes of node-local commands that the library's
	// cluster client runs right through another call, by command (go-redis'
	// ClusterClient.DBSize sums over the masters).
	NodeFixes map[string]string
	// RoutingPolicies: the library's cluster client routes commands by
	// their COMMAND INFO tips once the program installs them (go-redis
	// v9.18+, InstallsRoutingPolicies).
	RoutingPolicies bool
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

// IsBuilderStart reports whether fn is the client method that starts a
// chain of command builder calls (rueidis' B(); LibInfo.BuilderStart).
func IsBuilderStart(fn *types.Func) bool {
	if fn == nil || !tables().builderEnds[fn.Name()] {
		return false // most calls: no library's builder name
	}
	lib, recv := funcKey(fn)
	return lib != LibNone && recv != "" && fn.Name() == lib.Info().BuilderStart && IsHandleMethod(fn)
}

// IsBuilderBuild reports whether name is the builder method that ends a
// chain of builder calls of a library (LibInfo.BuilderBuild: Build).
func IsBuilderBuild(name string) bool {
	for _, l := range registry {
		if l.Info.BuilderBuild != "" && l.Info.BuilderBuild == name {
			return true
		}
	}
	return false
}

// builderEnds holds the names of the methods that start or end a chain of
// builder calls, of every library.
func builderEndsTable() map[string]bool {
	m := map[string]bool{}
	for _, l := range registry {
		for _, n := range []string{l.Info.BuilderStart, l.Info.BuilderBuild} {
			if n != "" {
				m[n] = true
			}
		}
	}
	return m
}
