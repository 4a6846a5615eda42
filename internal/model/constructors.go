package model

// This file models how clients are BUILT: which function (or literal)
// builds which kind of client (Topology), where its addresses and options
// are, which options change the kind (Constructor), and the literal types
// that delegate to another client (Delegate, a redigo Pool) or wrap a
// handle (Wrapper), whose rows are in each library's lib_NAME.go.
// construction.go reads a call against these tables;
// where a client handle comes from is followed by internal/clientflow.

import (
	"go/types"
)

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

// Delegate is a composite literal whose client is whatever a function in
// one of its fields returns (a redigo Pool dials with its Dial function).
type Delegate struct {
	Lib    Lib
	Type   string
	Fields []string
}

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

// Wrappers returns the table of wrappers.
func Wrappers() []Wrapper { return tables().wrappers }

// ConstructorOf returns the constructor fn is, if any.
func ConstructorOf(fn *types.Func) *Constructor {
	lib, recv := funcKey(fn)
	if lib == LibNone {
		return nil
	}
	return find(tables().constructors, func(c *Constructor) bool {
		return !c.Literal && c.Lib == lib && c.Name == fn.Name() && c.Recv == recv
	})
}

// LiteralConstructorOf returns the constructor that a composite literal of
// type t is, if any.
func LiteralConstructorOf(t types.Type) *Constructor {
	lib, name := typeKey(t)
	return find(tables().constructors, func(c *Constructor) bool { return c.Literal && c.Lib == lib && c.Name == name })
}

func delegateOf(t types.Type) *Delegate {
	lib, name := typeKey(t)
	return find(tables().delegates, func(d *Delegate) bool { return d.Lib == lib && d.Type == name })
}

func wrapperOf(fn *types.Func) *Wrapper {
	if fn == nil || fn.Pkg() == nil || recvName(fn) != "" {
		return nil
	}
	lib, sub := libPkgOf(fn.Pkg().Path())
	return find(tables().wrappers, func(w *Wrapper) bool { return lib != LibNone && w.Lib == lib && w.Pkg == sub && w.Name == fn.Name() })
}

// ConstructorNamed returns the constructor of lib with that receiver
// (empty for a function), name and literal form: the key a fact records
// a constructor by.
func ConstructorNamed(lib Lib, recv, name string, literal bool) *Constructor {
	return find(tables().constructors, func(c *Constructor) bool {
		return c.Lib == lib && c.Recv == recv && c.Name == name && c.Literal == literal
	})
}
