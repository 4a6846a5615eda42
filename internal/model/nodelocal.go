package model

// This file holds the commands that a cluster client runs on one node
// (NodeCommand: KEYS, SCAN, FLUSHDB, SELECT…), the typed library methods
// that send one (NodeMethod), and the library functions that SCAN through
// the client they are given (Scanner); the rows of the last two are in
// each library's lib_NAME.go.

import (
	"go/ast"
	"go/types"
	"strings"
)

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
	// Measured with go-redis v9.23.0 on three masters of redis-server
	// 7.0.15, a subscriber of two channels on the first master and a
	// pattern subscriber on the second: PubSubNumSub answered the first
	// master's counts, PubSubChannels and PubSubNumPat another node's
	// (none), twelve clients in a row. Subscribers of a plain channel
	// connect to any node (messages are forwarded to all), so one node's
	// counts are not the cluster's. The shard variants (SHARDNUMSUB,
	// SHARDCHANNELS) are per shard by design and are not listed.
	"PUBSUB NUMSUB":   {Name: "PUBSUB NUMSUB", Effect: OneNode, What: "counts the subscribers connected to one node only"},
	"PUBSUB CHANNELS": {Name: "PUBSUB CHANNELS", Effect: OneNode, What: "lists the channels subscribed on one node only"},
	"PUBSUB NUMPAT":   {Name: "PUBSUB NUMPAT", Effect: OneNode, What: "counts the pattern subscriptions on one node only"},
}

// NodeCommandOf returns the node-local command named name (any case).
func NodeCommandOf(name string) (NodeCommand, bool) {
	c, ok := nodeCommands[strings.ToUpper(name)]
	return c, ok
}

// NodeSubcommandOf returns the node-local command that name and the word
// after it name (CONFIG SET, PUBSUB NUMSUB; any case), or, when they name
// none or sub is unknown (""), the command name names alone: CONFIG with
// a subcommand built at run time, but no PUBSUB SHARDNUMSUB, which is per
// shard by design.
func NodeSubcommandOf(name, sub string) (NodeCommand, bool) {
	if sub != "" {
		if c, ok := nodeCommands[strings.ToUpper(name+" "+sub)]; ok {
			return c, true
		}
	}
	return NodeCommandOf(name)
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
	// Pattern is the position of the method's MATCH pattern parameter,
	// counted from 1 after ctx (go-redis Keys(ctx, pattern): 1,
	// Scan(ctx, cursor, match, count): 2); 0 when it takes none.
	Pattern int
}

// PatternArg returns the argument of call (a call of m's method fn) that
// holds its MATCH pattern, if m takes one.
func (m NodeMethod) PatternArg(fn *types.Func, call *ast.CallExpr) (ast.Expr, bool) {
	if m.Pattern == 0 {
		return nil, false
	}
	sig, ok := fn.Type().(*types.Signature)
	if !ok {
		return nil, false
	}
	i := m.Pattern - 1 + CtxOffset(sig)
	if i >= len(call.Args) || call.Ellipsis.IsValid() {
		return nil, false
	}
	return call.Args[i], true
}

// NodeMethods returns the table of node-local methods.
func NodeMethods() []NodeMethod { return tables().nodeMethods }

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
	if m := find(tables().nodeMethods, func(m *NodeMethod) bool { return m.Lib == lib && m.Name == fn.Name() }); m != nil {
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

// ScannerOf returns the scanner entry fn is, if any.
func ScannerOf(fn *types.Func) (Scanner, bool) {
	lib, recv := funcKey(fn)
	if s := find(tables().scanners, func(s *Scanner) bool { return lib != LibNone && recv == "" && s.Lib == lib && s.Name == fn.Name() }); s != nil {
		return *s, true
	}
	return Scanner{}, false
}
