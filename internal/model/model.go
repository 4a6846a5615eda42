// Package model is redislint's knowledge of the Redis client libraries' APIs:
// which calls are commands, which of their arguments are keys, and what kind
// of client (cluster, standalone, ring, …) a receiver is.
//
// Knowledge is data: tables keyed by method name, in the style of
// staticcheck's knowledge package. Analyzers ask this package; they do not
// keep tables of their own.
package model

import (
	"go/types"
	"strings"
)

// ArgKind says how a parameter carries keys.
type ArgKind uint8

const (
	// Key: the parameter (a string) is one key.
	Key ArgKind = iota + 1
	// Keys: the parameter ([]string or ...string) holds only keys.
	Keys
	// Pairs: the parameter (...interface{}) is go-redis' MSET form: key,
	// value, key, value…; or a single []string / []interface{} in that form,
	// or a single map[string]T whose map keys are the keys.
	Pairs
	// StreamsHalf: the parameter ([]string or ...string) holds n stream keys
	// followed by n ids (XREAD … STREAMS k1 k2 id1 id2): the first half are keys.
	StreamsHalf
	// MapKeys: the parameter (map[string]T) has keys as its map keys.
	MapKeys
)

// Arg locates keys in a call.
type Arg struct {
	// Param is the index of the parameter, counted after a leading
	// context.Context parameter (so the same entry fits go-redis v6, which
	// has no ctx, and v7+/v9, which have one).
	Param int
	// Field, when set, names a field of the parameter (a struct or a pointer
	// to one) that holds the keys, e.g. ZStore.Keys or XReadArgs.Streams.
	Field string
	// Kind says how the parameter (or field) holds keys.
	Kind ArgKind
	// Elem, when set, names a field of each element of the slice that the
	// parameter (or Field) is: that field (Kind Key) is a key, e.g.
	// valkey-glide's options.WeightedKeys.KeyWeightPairs[i].Key.
	Elem string
	// Type, when set, names a struct type of the package of the
	// parameter's type: the Arg reads an argument that is a composite
	// literal of that type (or a variable holding one) and no other. A
	// parameter of interface type (valkey-glide's
	// options.KeysOrWeightedKeys) has one Arg for each type whose values
	// hold keys; a call whose argument is of none of them (or cannot be
	// seen) has unknown keys.
	Type string
}

// Command describes one client method that sends a Redis command with keys.
type Command struct {
	// Method is the Go method name, e.g. "MGet".
	Method string
	// Name is the Redis command as diagnostics show it, e.g. "MGET".
	Name string
	// Args lists where the keys are.
	Args []Arg
}

// Receiver is the kind of client a command runs on.
type Receiver uint8

const (
	RecvNone Receiver = iota // not a client of a known library
	// RecvStandalone: a single-node client (go-redis *Client, *Conn, …).
	RecvStandalone
	// RecvCluster: a cluster client (go-redis *ClusterClient).
	RecvCluster
	// RecvRing: a go-redis *Ring, which shards keys by hash tag over its own
	// shards (not slots).
	RecvRing
	// RecvMaybeCluster: an interface (UniversalClient, Cmdable, …) that may
	// hold a cluster client.
	RecvMaybeCluster
	// RecvPipeline: a pipeline (Pipeliner, *Pipeline): its kind is the kind
	// of the client it came from.
	RecvPipeline
	// RecvTx: a go-redis *Tx (inside Watch): its kind is the kind of the
	// client whose Watch made it.
	RecvTx
	// RecvFailoverCluster: a go-redis *ClusterClient from
	// NewFailoverClusterClient, whose every slot maps to the Sentinel's one
	// master: the server never answers CROSSSLOT or MOVED, but the client's
	// own checks (cross-slot Watch, TxPipeline from v9.11) still run.
	RecvFailoverCluster
	// RecvUnknownConn: a connection of a library without a cluster mode
	// of its own (a redigo Conn, a radix Client) whose origin the package
	// does not show: a cluster connection when its caller hands it one
	// (redisc's Conn, radix's Cluster).
	RecvUnknownConn
)

func (r Receiver) String() string {
	switch r {
	case RecvStandalone:
		return "standalone"
	case RecvCluster:
		return "cluster"
	case RecvRing:
		return "ring"
	case RecvMaybeCluster:
		return "maybe-cluster"
	case RecvPipeline:
		return "pipeline"
	case RecvTx:
		return "tx"
	case RecvFailoverCluster:
		return "failover-cluster"
	case RecvUnknownConn:
		return "unknown-conn"
	}
	return "none"
}

// GoRedisPaths are the import paths of go-redis, newest first
// (lib_goredis.go).
var GoRedisPaths = goRedis.Info.Paths

// IsGoRedis reports whether path is an import path of go-redis.
func IsGoRedis(path string) bool {
	for _, p := range GoRedisPaths {
		if path == p {
			return true
		}
	}
	return false
}

// IsClientPackage reports whether path is the import path of (a package of)
// a Redis client library that redislint models (see the registry in
// library.go). Analyzers use it to skip packages that import none.
func IsClientPackage(path string) bool {
	return LibOf(path) != LibNone
}

// mockPaths are the module paths (without a major version suffix) of
// client mocks: libraries that build a library's real clients only to
// record the commands a test expects of them. redismock's clients carry a
// hook that answers every command without sending it (v9.2.0 mock.go:
// nilHook, redisClientHook); its Expect methods build commands on them.
// rueidis' and valkey-go's gomock clients record each Do and send nothing
// (rueidis mock v1.0.80, valkey-go mock v1.0.70 client.go: Do calls
// ctrl.Call). Their builder checks slots only under WithSlotCheck, where
// it panics in the program's own test: a failure the test already shows.
var mockPaths = []string{
	"github.com/go-redis/redismock",
	"github.com/redis/rueidis/mock",
	"github.com/valkey-io/valkey-go/mock",
}

// IsClientMock reports whether path is the import path of (a package of)
// a client mock library, of any major version (github.com/go-redis/
// redismock/v9).
func IsClientMock(path string) bool {
	for _, p := range mockPaths {
		if path == p {
			return true
		}
		if _, ok := cutPathPrefix(path, p); ok {
			return true
		}
	}
	return false
}

// GoRedisReceiver returns the kind of a go-redis receiver type t (the type of
// the expression a method is called on) and the go-redis import path. It
// returns RecvNone for types that are not go-redis clients.
func GoRedisReceiver(t types.Type) (Receiver, string) {
	if tp, ok := types.Unalias(t).(*types.TypeParam); ok {
		return typeParamReceiver(tp)
	}
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok {
		if iface, ok := t.Underlying().(*types.Interface); ok {
			return embeddedReceiver(iface)
		}
		return RecvNone, ""
	}
	obj := n.Obj()
	if obj.Pkg() == nil || !IsGoRedis(obj.Pkg().Path()) {
		if iface, ok := n.Underlying().(*types.Interface); ok {
			return embeddedReceiver(iface)
		}
		return RecvNone, ""
	}
	if r, ok := goRedis.Receivers[obj.Name()]; ok {
		return r, obj.Pkg().Path()
	}
	// The per-family interfaces (StringCmdable, ListCmdable, …) are parts of
	// Cmdable: whatever implements them may be a cluster client.
	if strings.HasSuffix(obj.Name(), "Cmdable") {
		if _, isIface := n.Underlying().(*types.Interface); isIface {
			return RecvMaybeCluster, obj.Pkg().Path()
		}
	}
	return RecvNone, ""
}

// embeddedReceiver is GoRedisReceiver of an interface of the program that
// embeds go-redis interfaces (type Client interface { redis.Scripter }):
// the first embedded one's, since what implements it implements that; or
// of one that declares go-redis's methods itself (mirroredReceiver).
func embeddedReceiver(iface *types.Interface) (Receiver, string) {
	for i := range iface.NumEmbeddeds() {
		if r, path := GoRedisReceiver(iface.EmbeddedType(i)); r != RecvNone {
			return r, path
		}
	}
	return mirroredReceiver(iface)
}

// typeParamReceiver is GoRedisReceiver of a type parameter: its
// constraint's, when that is a go-redis type (T redis.Cmdable). (The
// methods of a union's terms cannot be called through the parameter.)
func typeParamReceiver(tp *types.TypeParam) (Receiver, string) {
	return GoRedisReceiver(tp.Constraint())
}
