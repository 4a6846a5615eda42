package model

import "sync"

// This file is the registry of client libraries: each library is one
// value of Library, declared in its own file lib_NAME.go, and listed once
// in registry. The tables the rest of the package reads (constructors,
// rawSends, keyClients, …) are built from the registry when the package is
// initialised: each row takes its library's Lib, and a fork (Info.Family
// set) gets a copy of every row of its original under its own Lib.

// Library is everything redislint knows about one client library. Rows
// leave their Lib field unset: the registry sets it. The field comments
// name the type of each row, whose documentation says what it means.
type Library struct {
	Lib  Lib
	Info LibInfo

	// How clients are built (constructors.go): the functions, methods
	// and composite literals that build a client; the literals whose
	// client is what a function in one of their fields returns (a redigo
	// Pool); the functions that return a handle made from one of their
	// arguments (redisc.RetryConn).
	Constructors []Constructor
	Delegates    []Delegate
	Wrappers     []Wrapper

	// SameClientCallbacks are methods that call a function literal with a
	// handle on the same client (a pipeline, a Tx): the handle's kind is
	// the receiver's. Per-node iterations (ForEachMaster, EachNode, Nodes)
	// are not here: their handles are single-node clients.
	SameClientCallbacks []MethodRef
	// HandleMethods are methods that return a handle on the receiver's
	// own client: a pipeline, a connection from its pool, a command
	// builder bound to it. Methods that return a handle on one node of a
	// cluster (MasterForKey, radix Cluster.Client, rueidis Nodes) are not
	// here.
	HandleMethods []MethodRef
	// PerNodeMethods return the clients of a cluster's nodes, one per
	// node (rueidis Client.Nodes(), radix v4 Cluster.Clients()): each is a
	// single-node client, on purpose.
	PerNodeMethods []MethodRef

	// ClusterTypes are the types whose values are cluster clients.
	ClusterTypes []MethodRef
	// RedirectParsers are functions that parse MOVED/ASK replies.
	RedirectParsers []MethodRef
	// DBOptions are option functions whose argument (after ctx) 0 selects
	// a logical database.
	DBOptions []MethodRef
	// URLParsers parse a URL (their first argument) into a constructor's
	// options (addr.go).
	URLParsers []URLParser
	// Conversions are the methods of an options type that build another
	// options type from its fields (conversions.go).
	Conversions []Conversion
	// KeyspaceSubscribers are the methods that subscribe a client to
	// channels or patterns, given as their variadic string parameter
	// (notifications.go).
	KeyspaceSubscribers []MethodRef

	// NodeMethods are the typed methods that send a node-local command,
	// Scanners the functions that SCAN through the client they are given
	// (nodelocal.go).
	NodeMethods []NodeMethod
	Scanners    []Scanner

	// How commands with keys are sent (libs.go): the client types, raw
	// commands, redigo's Args, scripts and their constructors, radix'
	// actions, batches, helpers that split a command, builder methods.
	KeyClients     []KeyClient
	RawSends       []RawSend
	ArgsAppends    []ArgsAppend
	ScriptCtors    []ScriptCtor
	ScriptCalls    []ScriptCall
	ActionRunners  []ActionRunner
	Batches        []Batch
	AtomicBatches  []AtomicBatch
	SplitHelpers   []SplitHelper
	BuilderMethods []BuilderMethod
	// BuilderNotKeys are the builder types whose methods of a name in
	// BuilderMethods add no key.
	BuilderNotKeys []string

	// go-redis' own shapes (model.go, lookup.go, scripts.go), which the
	// go-redis adapters of other libraries (rueidiscompat) mirror.

	// Receivers are the client types by name (GoRedisReceiver).
	Receivers map[string]Receiver
	// Cmdable is the table of command methods with several keys, or keys
	// in another form than one leading `key string` (goredis_commands.go,
	// its own file for its size).
	Cmdable []Command
	// ScriptMethods are the methods of the script type (Script) that run
	// it, by name, with the command each sends.
	ScriptMethods map[string]*Command
	// ScriptSources are the functions that make a script from Lua source
	// given as their one string parameter.
	ScriptSources []string
	// EvalSources are the command methods that take Lua source as their
	// parameter 0 (after ctx).
	EvalSources []string
}

// registry lists every library, one line each, in the order of the Lib
// constants.
var registry = []*Library{
	&goRedis,
	&redigo,
	&redisc,
	&rueidis,
	&radix3,
	&radix4,
	&valkeyGo,
	&glide,
}

// libs is every library's LibInfo, by Lib.
var libs = func() (out [numLibs]LibInfo) {
	for _, l := range registry {
		out[l.Lib] = l.Info
	}
	return out
}()

// rows returns the rows that of picks from every library of the registry,
// each with its library's Lib (set through lib), and, for each fork, a
// copy of its original's rows.
func rows[T any](of func(*Library) []T, lib func(*T) *Lib) []T {
	var out []T
	for _, l := range registry {
		for _, e := range of(l) {
			*lib(&e) = l.Lib
			out = append(out, e)
		}
	}
	return forks(out, lib)
}

func methodRefs(of func(*Library) []MethodRef) []MethodRef {
	return rows(of, func(m *MethodRef) *Lib { return &m.Lib })
}

// tableSet holds the tables built from the registry. They are built on
// first use, not when the package is initialized: go vet starts the tool
// once per package, dependencies and the standard library included, and
// most of those processes never ask about a client.
type tableSet struct {
	constructors        []Constructor
	delegates           []Delegate
	wrappers            []Wrapper
	sameClientCallbacks []MethodRef
	handleMethods       []MethodRef
	perNodeMethods      []MethodRef
	clusterTypes        []MethodRef
	redirectParsers     []MethodRef
	dbOptions           []MethodRef
	keyspaceSubscribers []MethodRef
	urlParsers          []URLParser
	conversions         []Conversion
	nodeMethods         []NodeMethod
	scanners            []Scanner
	keyClients          []KeyClient
	rawSends            []RawSend
	argsAppends         []ArgsAppend
	scriptCtors         []ScriptCtor
	scriptCalls         []ScriptCall
	actionRunners       []ActionRunner
	batches             []Batch
	atomicBatches       []AtomicBatch
	splitHelpers        []SplitHelper
	builderMethods      []BuilderMethod
	builderNotKeys      map[string]bool
	goRedisByMethod     map[string][]*Command
	builderEnds         map[string]bool
}

// tables returns the tables, building them on the first call.
var tables = sync.OnceValue(func() *tableSet {
	return &tableSet{
		constructors:        rows(func(l *Library) []Constructor { return l.Constructors }, func(c *Constructor) *Lib { return &c.Lib }),
		delegates:           rows(func(l *Library) []Delegate { return l.Delegates }, func(d *Delegate) *Lib { return &d.Lib }),
		wrappers:            rows(func(l *Library) []Wrapper { return l.Wrappers }, func(w *Wrapper) *Lib { return &w.Lib }),
		sameClientCallbacks: methodRefs(func(l *Library) []MethodRef { return l.SameClientCallbacks }),
		handleMethods:       methodRefs(func(l *Library) []MethodRef { return l.HandleMethods }),
		perNodeMethods:      methodRefs(func(l *Library) []MethodRef { return l.PerNodeMethods }),
		clusterTypes:        methodRefs(func(l *Library) []MethodRef { return l.ClusterTypes }),
		redirectParsers:     methodRefs(func(l *Library) []MethodRef { return l.RedirectParsers }),
		dbOptions:           methodRefs(func(l *Library) []MethodRef { return l.DBOptions }),
		keyspaceSubscribers: methodRefs(func(l *Library) []MethodRef { return l.KeyspaceSubscribers }),
		urlParsers:          rows(func(l *Library) []URLParser { return l.URLParsers }, func(u *URLParser) *Lib { return &u.Lib }),
		conversions:         rows(func(l *Library) []Conversion { return l.Conversions }, func(c *Conversion) *Lib { return &c.Lib }),
		nodeMethods:         rows(func(l *Library) []NodeMethod { return l.NodeMethods }, func(m *NodeMethod) *Lib { return &m.Lib }),
		scanners:            rows(func(l *Library) []Scanner { return l.Scanners }, func(s *Scanner) *Lib { return &s.Lib }),
		keyClients:          rows(func(l *Library) []KeyClient { return l.KeyClients }, func(c *KeyClient) *Lib { return &c.Lib }),
		rawSends:            rows(func(l *Library) []RawSend { return l.RawSends }, func(r *RawSend) *Lib { return &r.Lib }),
		argsAppends:         rows(func(l *Library) []ArgsAppend { return l.ArgsAppends }, func(a *ArgsAppend) *Lib { return &a.Lib }),
		scriptCtors:         rows(func(l *Library) []ScriptCtor { return l.ScriptCtors }, func(c *ScriptCtor) *Lib { return &c.Lib }),
		scriptCalls:         rows(func(l *Library) []ScriptCall { return l.ScriptCalls }, func(c *ScriptCall) *Lib { return &c.Lib }),
		actionRunners:       rows(func(l *Library) []ActionRunner { return l.ActionRunners }, func(a *ActionRunner) *Lib { return &a.Lib }),
		batches:             rows(func(l *Library) []Batch { return l.Batches }, func(b *Batch) *Lib { return &b.Lib }),
		atomicBatches:       rows(func(l *Library) []AtomicBatch { return l.AtomicBatches }, func(b *AtomicBatch) *Lib { return &b.Lib }),
		splitHelpers:        rows(func(l *Library) []SplitHelper { return l.SplitHelpers }, func(h *SplitHelper) *Lib { return &h.Lib }),

		builderMethods:  builderMethodsTable(),
		builderNotKeys:  builderNotKeysTable(),
		goRedisByMethod: goRedisByMethodTable(),
		builderEnds:     builderEndsTable(),
	}
})

// The builder tables match on the builder package alone, whatever its
// library: the libraries' rows together.

func builderMethodsTable() (out []BuilderMethod) {
	for _, l := range registry {
		out = append(out, l.BuilderMethods...)
	}
	return out
}

func builderNotKeysTable() map[string]bool {
	m := map[string]bool{}
	for _, l := range registry {
		for _, t := range l.BuilderNotKeys {
			m[t] = true
		}
	}
	return m
}
