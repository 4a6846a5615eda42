package crossslot

import (
	_ "embed"
	"fmt"
	"go/ast"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/redislint/redislint/internal/analysisutil"
	"github.com/redislint/redislint/internal/callsite"
	"github.com/redislint/redislint/internal/clientflow"
	"github.com/redislint/redislint/internal/keyexpr"
	"github.com/redislint/redislint/internal/model"
	"github.com/redislint/redislint/internal/typesutil"
)

//go:embed doc.go
var doc string

// Config is the analyzer's configuration.
type Config struct {
	// Interfaces: report calls on interfaces that may hold a cluster client
	// (UniversalClient, Cmdable, a Pipeliner of unknown origin).
	Interfaces bool
	// Ring: report calls on *redis.Ring.
	Ring bool
	// Templates: report keys built at run time whose hashed parts differ
	// (they hash to different slots for almost every value).
	Templates bool
	// Standalone: also check the keys of single-node clients, for programs
	// that reach a cluster through a proxy (a cloud "cluster edition"
	// proxy, Envoy, Redis Software without the OSS Cluster API). Commands
	// such proxies split by slot (DEL, EXISTS, MGET, MSET, MSETNX, TOUCH,
	// UNLINK) are not reported.
	Standalone bool
	// Distinct: report two different run-time keys with no constant part
	// at all (RENAME oldsid sid) on a concrete cluster client.
	Distinct bool
	// Conns: report calls on redigo and radix connections whose origin
	// the package does not show (a redis.Conn parameter): they are cluster
	// connections when the caller hands one from redisc or radix.Cluster.
	Conns bool
	// KeyLists: report an exported function that sends its caller's key
	// list (a slice or variadic parameter) as one multi-key command on a
	// client that may be a cluster client (keylists.go).
	KeyLists bool
}

// DefaultConfig returns the configuration of Analyzer.
func DefaultConfig() Config {
	return Config{Interfaces: true, Ring: true, Templates: true, KeyLists: true}
}

// New returns a new analyzer whose flags are bound to its own copy of cfg.
func New(cfg Config) *analysis.Analyzer {
	c := cfg
	a := &analysis.Analyzer{
		Name:     "crossslot",
		Doc:      analysisutil.MustExtractDoc(doc, "crossslot"),
		URL:      analysisutil.DocURL("crossslot"),
		Requires: []*analysis.Analyzer{analysisutil.Inspect, callsite.Analyzer, clientflow.Analyzer},
		Run:      analysisutil.WithIgnores("crossslot", func(pass *analysis.Pass) (any, error) { return run(pass, &c) }),
	}
	a.Flags.BoolVar(&c.Interfaces, "interfaces", c.Interfaces, "report calls on interfaces that may hold a cluster client")
	a.Flags.BoolVar(&c.Ring, "ring", c.Ring, "report calls on *redis.Ring")
	a.Flags.BoolVar(&c.Templates, "templates", c.Templates, "report keys built at run time whose hashed parts differ")
	a.Flags.BoolVar(&c.Standalone, "standalone", c.Standalone, "also check single-node clients, for endpoints that are cluster proxies")
	a.Flags.BoolVar(&c.Distinct, "distinct", c.Distinct, "report two different run-time keys with no constant part on a concrete cluster client")
	a.Flags.BoolVar(&c.Conns, "conns", c.Conns, "report calls on redigo and radix connections of unknown origin, which may be cluster connections")
	a.Flags.BoolVar(&c.KeyLists, "keylists", c.KeyLists, "report exported functions that send their caller's key list as one multi-key command")
	return a
}

// Analyzer reports cross-slot commands with the default configuration.
var Analyzer = New(DefaultConfig())

// Category is the category of every diagnostic of this analyzer.
const Category = "crossslot"

// key is one key of a checked set, with the command it belongs to.
// checker is one run of the analyzer on a package.
type checker struct {
	pass  *analysis.Pass
	cf    *clientflow.Result
	paths *callsite.ClusterPaths
}

type key struct {
	keyexpr.Key
	call *callsite.Call
}

func run(pass *analysis.Pass, cfg *Config) (any, error) {
	res := pass.ResultOf[callsite.Analyzer].(*callsite.Result)
	if !res.Uses || analysisutil.InClientMock(pass) {
		return nil, nil
	}
	cfg = libraryConfig(pass, cfg)
	// In the tests of a package that re-exports a client's commands, as
	// in a client library's (callsite.Result.ClientAPI).
	cfgAt := func(ast.Node) *Config { return cfg }
	if restricted := restrict(cfg); restricted != cfg && res.ClientAPI {
		cfgAt = func(n ast.Node) *Config {
			if strings.HasSuffix(pass.Fset.File(n.Pos()).Name(), "_test.go") {
				return restricted
			}
			return cfg
		}
	}
	res.EvalMu.Lock()
	defer res.EvalMu.Unlock()
	cf := pass.ResultOf[clientflow.Analyzer].(*clientflow.Result)
	ck := &checker{pass: pass, cf: cf, paths: callsite.NewClusterPaths(cf)}
	var lists []*keyListFinding
	for _, c := range res.Calls {
		if c.Tx != nil || isWatchStart(c, res) {
			continue
		}
		cfg := cfgAt(c.Call)
		if c.Kind == model.RecvMaybeCluster && cf.ClusterExcluded(c.Call, keyList(c)) {
			// if rds.Type == redis.ClusterType { key by key } else { rds.Del(keys...) }
			continue
		}
		goRedis := c.Lib == model.LibNone || c.Lib == model.LibGoRedis
		effect, lib := c.Effect, c.Lib
		if res.RoutingPolicies && goRedis && model.RoutedByPolicy(c.Cmd.Name) && c.Kind != model.RecvStandalone {
			effect, lib = model.CrossSlotSplit, model.LibGoRedis
		}
		if effect != model.CrossSlotSplit && effect != model.CrossSlotPerKey {
			if l := checkKeyList(pass, cfg, res.Eval, c); l != nil {
				lists = append(lists, l)
			}
		}
		if len(c.Keys) < 2 {
			continue
		}
		if effect == model.CrossSlotPerKey {
			reportPerKey(pass, cfg, c)
			continue
		}
		if effect == model.CrossSlotSplit && !model.AllOrNothing(c.Cmd.Name) {
			// The client sends one command per slot: nothing fails.
			continue
		}
		keys := make([]key, len(c.Keys))
		for i, k := range c.Keys {
			keys[i] = key{k, c}
		}
		name := c.Cmd.Name
		if c.Via != nil {
			name += " (through " + funcName(c.Via) + ")"
		}
		ck.check(cfg, c.Kind, subject{name: name, kind: c.Kind, recv: c.Origin, effect: effect, lib: lib, routing: effect == model.CrossSlotSplit && goRedis, split: model.RoutedByPolicy(c.Cmd.Name)}, keys, c.Complete)
	}
	for _, t := range res.Txs {
		cfg := cfgAt(t.Start)
		var keys []key
		complete := true
		if t.Watch != nil {
			for _, k := range t.Watch.Keys {
				keys = append(keys, key{k, t.Watch})
			}
			complete = complete && t.Watch.Complete
		}
		for _, c := range t.Calls {
			for _, k := range c.Keys {
				keys = append(keys, key{k, c})
			}
			for _, k := range c.LoopKeys {
				keys = append(keys, key{k, c})
			}
			complete = complete && c.Complete && len(c.LoopKeys) == 0
		}
		s := subject{name: "transaction", tx: true, kind: t.Kind, effect: t.Effect, lib: t.Lib}
		if len(t.Calls) > 0 && t.Calls[0].Via != nil && t.Calls[0].Call == t.Start && calls(pass, t.Start, t.Calls[0].Via) {
			// A function that runs a transaction of the caller's keys
			// (not a callback given by name to the call that opens it).
			s.via = funcName(t.Calls[0].Via)
		}
		if t.Lib == model.LibNone || t.Lib == model.LibGoRedis {
			s.txSplit, s.version = goRedisTxSplits(pass, t)
		}
		if t.Watch != nil {
			s = subject{name: "WATCH", watch: true, kind: t.Kind, watchOnly: len(t.Calls) == 0}
			s.recv = t.Watch.Origin
			if len(t.Calls) > 0 && len(t.Watch.Keys) > 1 {
				// Watched keys of two slots fail before the block runs
				// (go-redis refuses the WATCH, a server answers
				// CROSSSLOT): that is the failure to report, and to fix.
				only := s
				only.watchOnly = true
				if ck.check(cfg, t.Kind, only, keys[:len(t.Watch.Keys)], t.Watch.Complete) {
					continue
				}
			}
		}
		ck.check(cfg, t.Kind, s, keys, complete)
	}
	checkScripts(pass, cfg, res.Eval, res.Calls)
	reportKeyLists(pass, lists)
	return nil, nil
}

// keyList returns the key list c spreads into its command (keys...), if
// it does: its count tests (len(keys) > 1) decide how many keys it sends.
func keyList(c *callsite.Call) ast.Expr { return callsite.Spread(c.Call) }

func isWatchStart(c *callsite.Call, res *callsite.Result) bool {
	for _, t := range res.Txs {
		if t.Watch == c {
			return true
		}
	}
	return false
}

// reportPerKey reports an all-or-nothing command with two or more keys
// that the library sends key by key on a cluster client (rueidis'
// MSetNX helper): in one slot or not, it is not atomic.
func reportPerKey(pass *analysis.Pass, cfg *Config, c *callsite.Call) {
	if !model.AllOrNothing(c.Cmd.Name) || len(c.Keys) < 2 || !reportsOn(cfg, c.Kind) {
		return
	}
	h, ok := model.SplitHelperOf(c.Fn)
	if !ok {
		return
	}
	on := "on a cluster client"
	if c.Kind == model.RecvMaybeCluster {
		on = "if the client is a cluster client"
	}
	pass.Report(analysis.Diagnostic{
		Pos:      c.Call.Pos(),
		End:      c.Call.End(),
		Category: Category,
		Message: fmt.Sprintf("%s.%s sends one %s per key %s: the %s of %s and %s is not all-or-nothing (a key is set although another exists); use B().Msetnx() with keys of one slot",
			c.Fn.Pkg().Name(), c.Fn.Name(), h.Sends, on, c.Cmd.Name, display(pass, c.Keys[0]), display(pass, c.Keys[1])),
	})
}

// subject describes what is checked, for messages.
type subject struct {
	name      string // Redis command, "transaction" or "WATCH"
	kind      model.Receiver
	recv      ast.Expr
	tx        bool
	watch     bool
	watchOnly bool
	// via names the function a transaction runs in, when the caller's
	// keys go through it.
	via string
	// effect is what the library does with such a command on a cluster
	// (zero: the server answers CROSSSLOT), lib the library.
	effect model.CrossSlot
	lib    model.Lib
	// split: a command that cluster proxies split by slot.
	split bool
	// routing: the split is go-redis' routing policies'.
	routing bool
	// txSplit: the go-redis version in use (version, when known) sends a
	// cross-slot transaction as one MULTI/EXEC per slot.
	txSplit bool
	version string
}

// goRedisTxSplits reports whether the go-redis of transaction t sends it
// as one MULTI/EXEC per slot (before v9.11), and its version when known.
func goRedisTxSplits(pass *analysis.Pass, t *callsite.Tx) (bool, string) {
	fn, _ := pass.TypesInfo.Uses[typesutil.CalleeIdent(t.Start)].(*types.Func)
	if fn == nil || fn.Pkg() == nil || !model.IsGoRedis(fn.Pkg().Path()) {
		// A transaction wrapper (of this package or another): the go-redis
		// of the commands its callback queues.
		fn = nil
		for _, c := range t.Calls {
			if c.Fn != nil && c.Fn.Pkg() != nil && model.IsGoRedis(c.Fn.Pkg().Path()) && c.Via == nil {
				fn = c.Fn
				break
			}
		}
		if fn == nil {
			return false, ""
		}
	}
	return !model.GoRedisHas(pass.Fset, fn.Pkg(), model.FeatureCrossSlotTx), model.GoRedisVersion(pass.Fset, fn.Pkg())
}

// libraryConfig returns cfg for a package of a client library itself (or
// its tests): only what is provable there, commands on a cluster client
// (restrict). The library's own API takes whatever client and keys its
// callers give (rueidiscompat's Pipeline.MGet(ctx, keys...)), and its
// tests run on the servers its repository starts, standalone or cluster,
// which the code does not tell apart: what "may be a cluster client" is
// left alone, as are the caller's key lists of its exported functions.
func libraryConfig(pass *analysis.Pass, cfg *Config) *Config {
	if !analysisutil.InClientLibrary(pass) {
		return cfg
	}
	return restrict(cfg)
}

// restrict returns cfg with only commands on a cluster client reported
// (cfg itself when that is all it reports).
func restrict(cfg *Config) *Config {
	if !cfg.Interfaces && !cfg.Ring && !cfg.Standalone && !cfg.Conns && !cfg.KeyLists {
		return cfg
	}
	c := *cfg
	c.Interfaces, c.Ring, c.Standalone, c.Conns, c.KeyLists = false, false, false, false, false
	return &c
}

// reportsOn reports whether the configuration reports commands on a client
// of kind k.
func reportsOn(cfg *Config, k model.Receiver) bool {
	switch k {
	case model.RecvCluster:
		return true
	case model.RecvMaybeCluster:
		return cfg.Interfaces
	case model.RecvUnknownConn:
		return cfg.Conns
	case model.RecvRing:
		return cfg.Ring
	}
	return false
}

func (ck *checker) check(cfg *Config, kind model.Receiver, s subject, keys []key, complete bool) (reported bool) {
	pass := ck.pass
	// A failover cluster client (NewFailoverClusterClient) maps every slot
	// to one master: the server never answers CROSSSLOT, but the
	// ClusterClient's own slot checks of WATCH and transactions still run.
	failoverTx := kind == model.RecvFailoverCluster && (s.watch || s.tx)
	// -standalone: a single-node client whose endpoint may be a cluster
	// proxy, which answers CROSSSLOT for what it does not split.
	proxy := cfg.Standalone && kind == model.RecvStandalone && !s.split
	if !reportsOn(cfg, kind) && !failoverTx && !proxy {
		return false
	}
	i, j, rel := ck.conflict(keys, cfg.Templates)
	distinct := false
	if rel == keyexpr.Unknown && cfg.Distinct && kind == model.RecvCluster && !s.tx && !s.watch {
		i, j, distinct = distinctPair(keys)
		if !distinct {
			return false
		}
	} else if rel == keyexpr.Unknown {
		return false
	}
	a, b := keys[i], keys[j]
	var msg string
	if distinct {
		msg = prefixOf(s) + display(pass, a.Key) + " and " + display(pass, b.Key) +
			" are two values known only at run time: they hash to different slots unless both carry the same hash tag: " + consequence(pass, s)
	} else {
		msg = describe(pass, s, a, b, rel, len(keys))
	}
	d := analysis.Diagnostic{
		Pos:      a.Expr.Pos(),
		End:      a.Expr.End(),
		Category: Category,
		Message:  msg,
		Related: []analysis.RelatedInformation{{
			Pos:     b.Expr.Pos(),
			End:     b.Expr.End(),
			Message: fmt.Sprintf("the other %s%s", noun(s, b), slotNote(b.Key)),
		}},
	}
	if a.Loop != nil && a.Loop == b.Loop && a.Expr == b.Expr && !s.tx && !s.watch && a.call != nil {
		// Keys a loop collected: the command that gets them all fails.
		d.Pos, d.End = a.call.Call.Pos(), a.call.Call.End()
		d.Related[0] = analysis.RelatedInformation{Pos: a.Expr.Pos(), End: a.Expr.End(), Message: "the keys are collected here"}
	}
	if complete && !alternatives(keys) {
		if fix, ok := tagFix(pass, keys); ok {
			d.SuggestedFixes = []analysis.SuggestedFix{fix}
		}
	}
	pass.Report(d)
	return true
}

// onCluster reports whether keys a and b, when their values rest on
// writes of some paths only (keyexpr.Assumption), can meet a client that
// may be a cluster client on one of those paths (callsite.ClusterPaths).
func (ck *checker) onCluster(a, b key) bool {
	if len(a.Assume)+len(b.Assume) == 0 {
		return true
	}
	var c *clientflow.Client
	for _, k := range []key{a, b} {
		if k.call != nil && k.call.Client != nil {
			c = k.call.Client
		}
	}
	return ck.paths.OnCluster(c, slices.Concat(a.Assume, b.Assume))
}

// alternatives reports whether some key is one of several values a
// variable may hold: a fix that edits one write is not the fix.
func alternatives(keys []key) bool {
	for _, k := range keys {
		if len(k.Assume) > 0 {
			return true
		}
	}
	return false
}

// conflict returns the first pair of keys that provably hash to different
// slots, preferring exact knowledge over "almost every value".
func (ck *checker) conflict(keys []key, templates bool) (int, int, keyexpr.Relation) {
	li, lj := -1, -1
	for i := range keys {
		for j := i + 1; j < len(keys); j++ {
			if !keyexpr.Compatible(keys[i].Key, keys[j].Key) || !ck.onCluster(keys[i], keys[j]) {
				continue // values of two paths that never meet, or never on a cluster client
			}
			rel := keyexpr.Compare(keys[i].Key, keys[j].Key)
			if a, b := keys[i], keys[j]; a.Loop != nil && a.Loop == b.Loop && a.Expr == b.Expr {
				rel = keyexpr.CompareIterations(a.Key, b.Key)
				if rel == keyexpr.LikelyDifferent && keyexpr.RunTimeOnly(a.Key) && !ck.fromCaller(a.Expr) {
					// Run-time values the program shows nothing of
					// (a map's keys, a reply's): they may share a tag.
					rel = keyexpr.Unknown
				}
			}
			switch rel {
			case keyexpr.Different:
				return i, j, keyexpr.Different
			case keyexpr.LikelyDifferent:
				if li < 0 {
					li, lj = i, j
				}
			}
		}
	}
	if li >= 0 && templates {
		return li, lj, keyexpr.LikelyDifferent
	}
	return 0, 0, keyexpr.Unknown
}

// distinctPair returns the first pair of keys that are two different
// run-time values with no constant part.
func distinctPair(keys []key) (int, int, bool) {
	for i := range keys {
		for j := i + 1; j < len(keys); j++ {
			if keyexpr.Compatible(keys[i].Key, keys[j].Key) && keyexpr.Distinct(keys[i].Key, keys[j].Key) {
				return i, j, true
			}
		}
	}
	return 0, 0, false
}

// calls reports whether call calls fn (or an instance of it).
func calls(pass *analysis.Pass, call *ast.CallExpr, fn *types.Func) bool {
	f, ok := typeutil.Callee(pass.TypesInfo, call).(*types.Func)
	return ok && f.Origin() == fn.Origin()
}
