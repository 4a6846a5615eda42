package nodelocal

import (
	_ "embed"
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"reflect"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/redislint/redislint/internal/analysisutil"
	"github.com/redislint/redislint/internal/callsite"
	"github.com/redislint/redislint/internal/clientflow"
	"github.com/redislint/redislint/internal/model"
	"github.com/redislint/redislint/internal/msgtext"
)

//go:embed doc.go
var doc string

// Config is the analyzer's configuration.
type Config struct {
	// Skip lists Redis commands (comma-separated, any case) not to report,
	// e.g. "RANDOMKEY,DBSIZE".
	Skip string
	// DB: report a logical database other than 0 in the options of a
	// client that is a cluster client.
	DB bool
	// Interfaces: report, hedged, commands on clients that may be cluster
	// clients: a go-redis UniversalClient, Cmdable or Pipeliner whose
	// client the package does not show, a rueidis client of unknown
	// address count, a client from a constructor that picks the kind at
	// run time.
	Interfaces bool
}

// DefaultConfig returns the configuration of Analyzer.
func DefaultConfig() Config { return Config{DB: true, Interfaces: true} }

// New returns a new analyzer whose flags are bound to its own copy of cfg.
//
// Its work is two analyzers. Finding the calls of client libraries (also
// through the program's own interfaces) needs only the client flow and is
// most of the work: it runs beside rediscalls (calls); the analyzer then
// checks them, with the package's raw-command forwarders and transactions
// that rediscalls finds.
func New(cfg Config) *analysis.Analyzer {
	c := cfg
	calls := &analysis.Analyzer{
		Name:       "nodelocal_calls",
		Doc:        "finds the calls of client libraries of a package (nodelocal's first part, beside rediscalls)",
		Requires:   []*analysis.Analyzer{analysisutil.Inspect, clientflow.Analyzer},
		ResultType: reflect.TypeFor[*checker](),
		Run:        func(pass *analysis.Pass) (any, error) { return findCalls(pass, &c) },
	}
	a := &analysis.Analyzer{
		Name:     "nodelocal",
		Doc:      analysisutil.MustExtractDoc(doc, "nodelocal"),
		URL:      analysisutil.DocURL("nodelocal"),
		Requires: []*analysis.Analyzer{calls, analysisutil.Inspect, clientflow.Analyzer, callsite.Analyzer},
		Run: analysisutil.WithIgnores("nodelocal", func(pass *analysis.Pass) (any, error) {
			return run(pass, pass.ResultOf[calls].(*checker))
		}),
	}
	a.Flags.StringVar(&c.Skip, "skip", c.Skip, "comma-separated Redis commands not to report, e.g. RANDOMKEY,DBSIZE")
	a.Flags.BoolVar(&c.DB, "db", c.DB, "report a database other than 0 in the options of a cluster client")
	a.Flags.BoolVar(&c.Interfaces, "interfaces", c.Interfaces, "report commands on clients that may be cluster clients (UniversalClient, rueidis of unknown address count), hedged")
	return a
}

// Analyzer reports node-local commands on cluster clients, with the default
// configuration.
var Analyzer = New(DefaultConfig())

// Categories of the diagnostics.
const (
	CatOneNode = "one-node" // the command runs on one node
	CatRefused = "refused"  // the cluster refuses the command
	CatDB      = "db"       // a database other than 0
)

// onCluster is where a command runs, unless it is queued in a pipeline or
// a transaction.
const onCluster = "on a cluster client"

type checker struct {
	pass *analysis.Pass
	flow *clientflow.Result
	skip map[string]bool
	db   bool
	// interfaces: report hedged on clients that may be cluster clients.
	interfaces bool
	// picked are constructions that pick the kind at run time.
	picked map[ast.Node]bool
	// routing: the package installs go-redis' routing policies
	// (SetCommandInfoResolver), under which the client runs FLUSHDB,
	// FLUSHALL and DBSIZE on every master itself.
	routing bool
	calls   []*ast.CallExpr
	fns     []*types.Func
	// events are what findCalls found, for run.
	events []callEvent
	// sites are the package's commands and transactions as rediscalls
	// found them; txOfParam the WATCH transactions by the *redis.Tx
	// parameter of their function (watch.go).
	sites     *callsite.Result
	txOfParam map[*types.Var][]*callsite.Tx
	paths     *callsite.ClusterPaths
	// libNames are the method names of the client libraries the package
	// imports (libMethod).
	libNames map[string]bool
}

// callEvent is, in the order of the package's syntax, a diagnostic that
// findCalls made (a database option) or a call it found: of fn, and of the
// library function lib it runs (nil: none; fn itself, or the library's
// method behind the program's interface).
type callEvent struct {
	diag *analysis.Diagnostic
	call *ast.CallExpr
	fn   *types.Func
	lib  *types.Func
}

// findCalls finds the calls of client libraries of the package, and the
// calls of its own functions (which rediscalls may show to forward raw
// commands), and checks the database of its cluster clients' options: the
// checker that run continues (nil for a package that holds no client of
// its own).
func findCalls(pass *analysis.Pass, c *Config) (any, error) {
	if !analysisutil.Relevant(pass) || analysisutil.InClientLibrary(pass) {
		return (*checker)(nil), nil
	}
	ch := &checker{pass: pass, flow: pass.ResultOf[clientflow.Analyzer].(*clientflow.Result), skip: map[string]bool{}, db: c.DB, interfaces: c.Interfaces, picked: map[ast.Node]bool{}}
	for _, s := range strings.Split(c.Skip, ",") {
		if s = strings.TrimSpace(s); s != "" {
			ch.skip[strings.ToUpper(s)] = true
		}
	}
	report := pass.Report
	pass.Report = func(d analysis.Diagnostic) { ch.events = append(ch.events, callEvent{diag: &d}) }
	defer func() { pass.Report = report }()
	ins := analysisutil.Inspector(pass)
	ins.Preorder([]ast.Node{(*ast.CallExpr)(nil), (*ast.CompositeLit)(nil)}, func(n ast.Node) {
		if ch.db {
			if k := ch.flow.ConstructionOf(n.(ast.Expr)); k != nil {
				ch.checkDB(k)
			}
		}
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return
		}
		fn, _ := typeutil.Callee(pass.TypesInfo, call).(*types.Func)
		if fn == nil {
			return
		}
		lib := fn
		if lib.Pkg() != nil && model.LibOf(lib.Pkg().Path()) == model.LibNone {
			lib = ch.throughOwnInterface(call, lib)
		}
		if lib != nil && (lib.Pkg() == nil || model.LibOf(lib.Pkg().Path()) == model.LibNone) {
			lib = nil
		}
		if lib == nil && fn.Pkg() != pass.Pkg {
			return // neither a library's nor a forwarder (the package's own)
		}
		ch.events = append(ch.events, callEvent{call: call, fn: fn, lib: lib})
	})
	return ch, nil
}

// run checks what findCalls found, in its order: the calls of the
// package's raw-command forwarders, then, once the whole package is seen
// (whether it installs go-redis' routing policies changes what some
// commands do), the calls of client libraries.
func run(pass *analysis.Pass, ch *checker) (any, error) {
	if ch == nil {
		return nil, nil
	}
	ch.pass = pass
	ch.sites = pass.ResultOf[callsite.Analyzer].(*callsite.Result)
	forwarders := ch.sites.Forwarders
	for _, e := range ch.events {
		if e.diag != nil {
			pass.Report(*e.diag)
			continue
		}
		if f, ok := forwarders[e.fn.Origin()]; ok {
			ch.checkForwarded(e.call, e.fn, f)
			continue
		}
		if e.lib == nil {
			continue
		}
		ch.calls = append(ch.calls, e.call)
		ch.fns = append(ch.fns, e.lib)
		if model.InstallsRoutingPolicies(e.lib) {
			ch.routing = true
		}
	}
	for i, call := range ch.calls {
		ch.checkCall(call, ch.fns[i])
	}
	for _, f := range ch.sites.Forwarded {
		ch.checkForwardedElsewhere(f)
	}
	return nil, nil
}

// checkForwardedElsewhere checks a call of another package's raw-command
// forwarder, or of a method of the program's own interface that such
// forwarders implement (r.client.DoRead(ctx, "KEYS", "*")): the command
// its arguments name, on the client the forwarder sends on, which its fact
// describes when the forwarder holds it.
func (ch *checker) checkForwardedElsewhere(f callsite.Forwarded) {
	r := model.RawCallFor(f.Fact.Send)
	if !f.Fact.Field {
		sig := f.Fn.Type().(*types.Signature)
		i := f.Fact.Send.Conn + model.CtxOffset(sig)
		if f.Fact.Send.Conn < 0 || i >= len(f.Call.Args) {
			return
		}
		ch.checkRaw(r, f.Fn, f.Call, f.Call.Args[i], f.Fact.Send.Lib)
		return
	}
	arg, name, ok := r.CommandArg(ch.pass.TypesInfo, f.Fn, f.Call)
	if !ok {
		return
	}
	c, ok := model.NodeSubcommandOf(name, ch.word(wordAfter(f.Call, arg)))
	if !ok {
		return
	}
	t := target{lib: f.Fact.Send.Lib}
	if f.Fact.Kind != model.RecvCluster {
		if !ch.interfaces {
			return
		}
		t.hedge = "the " + f.Fact.Type + " that " + funcName(f.Fn) + " sends on is a cluster client"
	}
	ch.report(arg, c, t, onCluster)
}

// funcName names fn for messages (msgtext.FuncName).
func funcName(fn *types.Func) string { return msgtext.FuncName(fn) }

func (ch *checker) checkCall(call *ast.CallExpr, fn *types.Func) {
	info := ch.pass.TypesInfo
	lib := model.LibOf(fn.Pkg().Path())
	sel, _ := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if cmd, ok := model.SubscribeCommand(fn); ok && sel != nil && isMethod(info, sel) {
		ch.checkSubscribe(call, sel, lib, cmd)
		return
	}
	if m, ok := model.NodeMethodOf(fn); ok && sel != nil {
		if isMethod(info, sel) {
			ch.checkMethod(call, sel, lib, m)
		}
		return
	}
	if r, ok := model.RawCallOf(fn); ok && !r.Builds && sel != nil && isMethod(info, sel) {
		ch.checkRaw(r, fn, call, sel.X, lib)
		return
	}
	if s, ok := model.ScannerOf(fn); ok && s.Client < len(call.Args) {
		if t, ok := ch.target(call.Args[s.Client], lib); ok && t.sure() {
			ch.reportf(call, CatOneNode, t.origin, "%s.%s on a cluster client scans the keys of one node only: use %s",
				fn.Pkg().Name(), fn.Name(), t.lib.Info().ScanAll)
		}
		return
	}
	// An action built by a raw command, run by a client (radix:
	// client.Do(radix.Cmd(&out, "KEYS", "*"))).
	if a, ok := model.ActionRunnerOf(fn); ok && sel != nil && isMethod(info, sel) {
		i := a.Action + model.CtxOffset(fn.Type().(*types.Signature))
		if i >= len(call.Args) {
			return
		}
		action, ok := ast.Unparen(ch.flow.Flow.SingleValue(call.Args[i])).(*ast.CallExpr)
		if !ok {
			return
		}
		afn, _ := typeutil.Callee(info, action).(*types.Func)
		r, ok := model.RawCallOf(afn)
		if !ok || !r.Builds {
			return
		}
		ch.checkRaw(r, afn, action, sel.X, lib)
	}
}

// checkForwarded checks a call of one of the package's raw-command
// forwarders (doCmd(c, "CONFIG", "SET", …), c.doWrite(ctx, "CONFIG",
// "SET", …)): the command its arguments name, on the client it forwards
// to — the argument, or the receiver's client inside the method.
func (ch *checker) checkForwarded(call *ast.CallExpr, fn *types.Func, f callsite.Forwarder) {
	client := f.Client
	if client == nil {
		sig := fn.Type().(*types.Signature)
		i := f.Send.Conn + model.CtxOffset(sig)
		if f.Send.Conn < 0 || i >= len(call.Args) {
			return
		}
		client = call.Args[i]
	}
	ch.checkRaw(model.RawCallFor(f.Send), fn, call, client, f.Send.Lib)
}

// checkRaw checks a raw command call (call of fn, which r describes) sent
// on client: the node-local command its name argument names.
func (ch *checker) checkRaw(r model.RawCall, fn *types.Func, call *ast.CallExpr, client ast.Expr, lib model.Lib) {
	arg, name, ok := r.CommandArg(ch.pass.TypesInfo, fn, call)
	if !ok {
		return
	}
	c, ok := model.NodeSubcommandOf(name, ch.word(wordAfter(call, arg)))
	if !ok {
		return
	}
	if pattern := wordAfter(call, arg); pattern != nil && ch.keysOfTag(fn, c.Name, client, pattern) {
		return // Do(ctx, "KEYS", "jobs:{" + q + "}:*") on a go-redis that routes it by the pattern
	}
	if t, ok := ch.target(client, lib); ok {
		ch.report(arg, c, t, onCluster)
	}
}

// word returns the constant string e holds ("SET" in Do(ctx, "CONFIG",
// "SET", …)), or "" when e is nil or holds none.
func (ch *checker) word(e ast.Expr) string {
	if e == nil {
		return ""
	}
	if tv, ok := ch.pass.TypesInfo.Types[e]; ok && tv.Value != nil && tv.Value.Kind() == constant.String {
		return constant.StringVal(tv.Value)
	}
	return ""
}

// wordAfter returns the argument of call after arg when both are written
// out (not spread with ...), or nil.
func wordAfter(call *ast.CallExpr, arg ast.Expr) ast.Expr {
	if call.Ellipsis.IsValid() {
		return nil
	}
	for i, a := range call.Args {
		if a == arg && i+1 < len(call.Args) {
			return call.Args[i+1]
		}
	}
	return nil
}

// throughOwnInterface resolves a method of the program's own interface
// (a store's RedisClusterClientInterface) called on a value that the
// client-flow layer shows to be a cluster client of a library: it returns
// the library's method the call runs, or nil.
func (ch *checker) throughOwnInterface(call *ast.CallExpr, fn *types.Func) *types.Func {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok || !isMethod(ch.pass.TypesInfo, sel) {
		return nil
	}
	if _, isIface := ch.pass.TypesInfo.TypeOf(sel.X).Underlying().(*types.Interface); !isIface {
		return nil
	}
	if !ch.libMethod(fn.Name()) {
		return nil // no library has it: the interface stands for none of theirs
	}
	c := ch.flow.Of(sel.X)
	if !c.IsCluster() {
		return nil
	}
	w, _ := c.First(clientflow.Cluster)
	if w.Origin == nil {
		return nil
	}
	obj, _, _ := types.LookupFieldOrMethod(ch.pass.TypesInfo.TypeOf(w.Origin), true, fn.Pkg(), fn.Name())
	m, _ := obj.(*types.Func)
	if m == nil || m.Pkg() == nil || model.LibOf(m.Pkg().Path()) == model.LibNone {
		return nil
	}
	return m
}

func isMethod(info *types.Info, sel *ast.SelectorExpr) bool {
	s, ok := info.Selections[sel]
	return ok && s.Kind() == types.MethodVal
}

// checkMethod checks a typed node-local method: go-redis Keys, FlushAll, …,
// or a rueidis builder's Keys(), Flushall(), ….
func (ch *checker) checkMethod(call *ast.CallExpr, sel *ast.SelectorExpr, lib model.Lib, m model.NodeMethod) {
	c, ok := model.NodeCommandOf(m.Command)
	if !ok {
		return
	}
	recv := sel.X
	if lib == model.LibGoRedis {
		r, _ := model.GoRedisReceiver(ch.pass.TypesInfo.TypeOf(recv))
		if r == model.RecvNone {
			// The program's own interface, holding a cluster client.
			r = model.RecvMaybeCluster
		}
		switch r {
		case model.RecvCluster, model.RecvMaybeCluster:
			if m.ClusterAggregates {
				return // (*ClusterClient).DBSize sums over the masters, also through an interface
			}
		case model.RecvPipeline, model.RecvTx:
		default:
			return
		}
	}
	t, ok := ch.target(recv, lib)
	if !ok {
		return
	}
	if fn, ok := ch.pass.TypesInfo.Uses[sel.Sel].(*types.Func); ok {
		if pattern, ok := m.PatternArg(fn, call); ok && (ch.watchedNode(recv, pattern) || ch.keysOfTag(fn, m.Command, recv, pattern)) {
			return
		}
	}
	on := onCluster
	if lib == model.LibGoRedis {
		switch r, _ := model.GoRedisReceiver(ch.pass.TypesInfo.TypeOf(recv)); r {
		case model.RecvPipeline:
			on = "in a cluster pipeline"
		case model.RecvTx:
			on = "in a cluster transaction"
		}
	}
	ch.report(&methodCall{sel: sel, call: call}, c, t, on)
}

// checkSubscribe checks a subscription to keyspace or keyevent
// notifications: each node publishes the events of its own keys only.
func (ch *checker) checkSubscribe(call *ast.CallExpr, sel *ast.SelectorExpr, lib model.Lib, cmd string) {
	if ch.skip[cmd] {
		return
	}
	for _, arg := range call.Args {
		name, ok := ch.keyspaceChannel(arg)
		if !ok {
			continue
		}
		t, ok := ch.target(sel.X, lib)
		if !ok {
			return
		}
		on := onCluster
		if !t.sure() {
			on = "if " + t.hedge
		}
		ch.reportf(arg, CatOneNode, t.origin, "%s %s %s hears the keyspace events of one node only: subscribe on every master with %s",
			cmd, name, on, t.lib.Info().EachMaster)
		return
	}
}

// keyspaceChannel returns, as the program builds it, a value the channel
// or pattern arg may hold that names keyspace or keyevent notifications
// by its constant head: a constant, or a value built at run time ("__keyspace@0__:"
// + key in a field, fmt.Sprintf("__keyevent@%d__:*", db), a local
// assigned in a branch).
func (ch *checker) keyspaceChannel(arg ast.Expr) (string, bool) {
	if name, ok := model.StringConst(ch.pass.TypesInfo, arg); ok {
		return strconv.Quote(name), model.IsKeyspaceChannel(name)
	}
	if ch.sites == nil || ch.sites.Eval == nil {
		return "", false
	}
	if t := ch.pass.TypesInfo.TypeOf(arg); t == nil || !types.Identical(t.Underlying(), types.Typ[types.String]) {
		return "", false
	}
	ch.sites.EvalMu.Lock()
	alts := ch.sites.Eval.EvalAlts(arg)
	ch.sites.EvalMu.Unlock()
	for _, k := range alts {
		var head strings.Builder
		for _, p := range k.Parts {
			if p.Value != nil {
				break
			}
			head.WriteString(p.Const)
		}
		if model.IsKeyspaceChannel(head.String()) {
			return k.Joined(), true
		}
	}
	return "", false
}

// methodCall is the range "Keys(ctx, "*")" of a method call.
type methodCall struct {
	sel  *ast.SelectorExpr
	call *ast.CallExpr
}

func (m *methodCall) Pos() token.Pos { return m.sel.Sel.Pos() }
func (m *methodCall) End() token.Pos { return m.call.End() }

// target is a client a command is sent through that is, or may be, a
// cluster client.
type target struct {
	// origin is the construction the client came from when that is not
	// the handle's static type.
	origin ast.Node
	// lib is the library of the cluster client (a redigo connection from
	// a redisc.Cluster is redisc's).
	lib model.Lib
	// hedge, when not empty, is the condition under which it is a
	// cluster client: "this redis.UniversalClient is a cluster client".
	hedge string
}

func (t target) sure() bool { return t.hedge == "" }

// target asks the client-flow layer whether the client handle e is a
// cluster client; with -interfaces, also whether it may be one.
func (ch *checker) target(e ast.Expr, lib model.Lib) (target, bool) {
	info := ch.pass.TypesInfo
	c := ch.flow.Of(e)
	if c.IsCluster() {
		w, _ := c.First(clientflow.Cluster)
		switch {
		case w.Construction != nil && ast.Unparen(w.Origin) != ast.Unparen(e):
			return target{origin: w.Origin, lib: w.Construction.C.Lib}, true
		case w.Origin != nil && ast.Unparen(w.Origin) != ast.Unparen(e):
			return target{origin: w.Origin, lib: libOfType(info.TypeOf(w.Origin), lib)}, true
		}
		return target{lib: libOfType(info.TypeOf(e), lib)}, true
	}
	if !ch.interfaces || !c.MayBeCluster() {
		return target{}, false
	}
	t := info.TypeOf(e)
	if w, ok := c.Picked(); ok && w.Construction != nil && ast.Unparen(w.Origin) != ast.Unparen(e) {
		// A constructor that picks the kind at run time.
		ch.picked[w.Origin] = true
		return target{origin: w.Origin, lib: w.Construction.C.Lib,
			hedge: "the client " + w.Construction.Name() + " builds is a cluster client"}, true
	}
	// Every origin the package does not show must be a handle that may be
	// a cluster client; the message names the first one's type.
	named := false
	for _, w := range c.Ways {
		if w.Kind&clientflow.Unknown == 0 {
			continue
		}
		ot := info.TypeOf(w.Origin)
		if !maybeClusterType(ot) {
			return target{}, false
		}
		if !named {
			t, named = ot, true
		}
	}
	if !named && !maybeClusterType(t) {
		return target{}, false
	}
	hedge := "this " + typeName(t) + " is a cluster client"
	if rk, _ := model.GoRedisReceiver(t); rk == model.RecvPipeline || rk == model.RecvTx {
		hedge = "this " + typeName(t) + " comes from a cluster client"
	}
	return target{lib: libOfType(t, lib), hedge: hedge}, true
}

// maybeClusterType reports whether a handle of type t whose origin is not
// known may be a cluster client: a go-redis interface or pipeline, or a
// client of a library whose constructor picks the mode at run time
// (rueidis, valkey-go). A redigo or radix handle of unknown origin is most often
// a single-node pool: not reported.
func maybeClusterType(t types.Type) bool {
	switch rk, _ := model.GoRedisReceiver(t); rk {
	case model.RecvMaybeCluster, model.RecvPipeline, model.RecvTx:
		return true
	}
	kc, ok := model.KeyClientOf(t)
	return ok && kc.Lib.Info().Choice == model.ChoiceAtRunTime && kc.Mode == model.ModeByOrigin
}

func typeName(t types.Type) string {
	return types.TypeString(t, func(p *types.Package) string { return p.Name() })
}

func libOfType(t types.Type, def model.Lib) model.Lib {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	if n, ok := types.Unalias(t).(*types.Named); ok && n.Obj().Pkg() != nil {
		if l := model.LibOf(n.Obj().Pkg().Path()); l != model.LibNone {
			return l
		}
	}
	return def
}

func (ch *checker) report(at analysis.Range, c model.NodeCommand, t target, on string) {
	if ch.skip[c.Name] {
		return
	}
	lib := t.lib
	info := lib.Info()
	if ch.routing && info.RoutingPolicies && model.RoutedByPolicy(c.Name) {
		// The package installs go-redis' routing policies: the client
		// runs this one on every master and combines the answers.
		return
	}
	if info.RunsOnAllNodes(c.Name) {
		// The library's cluster client runs it on every master itself
		// (valkey-glide's KEYS, DBSIZE, FLUSHALL, …).
		return
	}
	if c.Effect == model.Refused {
		if !t.sure() {
			ch.reportf(at, CatRefused, t.origin, "%s fails with \"ERR %s is not allowed in cluster mode\" if %s: a cluster has only database 0",
				c.Name, c.Name, t.hedge)
			return
		}
		ch.reportf(at, CatRefused, t.origin, "%s %s fails with \"ERR %s is not allowed in cluster mode\": a cluster has only database 0",
			c.Name, on, c.Name)
		return
	}
	var fix string
	switch {
	case c.Scan:
		fix = "use " + info.ScanAll
	case info.NodeFixes[c.Name] != "":
		fix = info.NodeFixes[c.Name]
	case c.Name == "DBSIZE":
		fix = "sum it over the masters with " + info.EachMaster
	case c.Name == "RANDOMKEY":
		fix = "pick a master with " + info.EachMaster
	default:
		fix = "run it on every master with " + info.EachMaster
	}
	if !t.sure() {
		ch.reportf(at, CatOneNode, t.origin, "%s %s if %s: %s", c.Name, c.What, t.hedge, fix)
		return
	}
	ch.reportf(at, CatOneNode, t.origin, "%s %s %s: %s", c.Name, on, c.What, fix)
}

func (ch *checker) reportf(at analysis.Range, cat string, origin ast.Node, format string, args ...any) {
	d := analysis.Diagnostic{
		Pos:      at.Pos(),
		End:      at.End(),
		Category: cat,
		URL:      analysisutil.DocURL("nodelocal"),
		Message:  fmt.Sprintf(format, args...),
	}
	if origin != nil {
		msg := "the cluster client is built here"
		if ch.picked[origin] {
			msg = "the client is built here, a cluster client or not depending on its addresses"
		}
		d.Related = []analysis.RelatedInformation{{Pos: origin.Pos(), End: origin.End(), Message: msg}}
	}
	ch.pass.Report(d)
}

// dbNote ends the messages about databases: Valkey 9 clusters may have
// more (cluster-databases), for which the check is to be turned off.
const dbNote = " (on a Valkey 9 cluster with cluster-databases, set -nodelocal.db=false)"

// checkDB reports a database other than 0 in the options of a client that
// is a cluster client.
func (ch *checker) checkDB(k *model.Construction) {
	info := ch.pass.TypesInfo
	if ch.flow.Topology(k) != model.TopoCluster {
		return
	}
	name := k.Name()
	if kv := k.Field(k.C.DB); kv != nil {
		if n, ok := nonZeroInt(info, kv.Value); ok {
			what := fmt.Sprintf("%s %s is silently ignored by the cluster client %s builds here", k.C.DB, n, name)
			if k.C.Topo == model.TopoAuto {
				what = fmt.Sprintf("%s %s makes %s fail on a cluster (SELECT is not allowed in cluster mode)", k.C.DB, n, name)
			}
			ch.reportf(kv, CatDB, nil, "%s: a cluster has only database 0%s", what, dbNote)
		}
	}
	if kv := k.Field(k.C.DialOptions); kv != nil {
		lit, ok := ast.Unparen(ch.flow.Flow.SingleValue(kv.Value)).(*ast.CompositeLit)
		if !ok {
			return
		}
		for _, elt := range lit.Elts {
			call, ok := ast.Unparen(elt).(*ast.CallExpr)
			if !ok || len(call.Args) == 0 {
				continue
			}
			fn, _ := typeutil.Callee(info, call).(*types.Func)
			if !model.IsDBOption(fn) {
				continue
			}
			if n, ok := nonZeroInt(info, call.Args[0]); ok {
				ch.reportf(call, CatDB, nil, "%s.%s(%s) makes every connection of the cluster client %s fail (SELECT is not allowed in cluster mode): a cluster has only database 0"+dbNote,
					fn.Pkg().Name(), fn.Name(), n, name)
			}
		}
	}
}

func nonZeroInt(info *types.Info, e ast.Expr) (string, bool) {
	tv, ok := info.Types[e]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.Int || constant.Sign(tv.Value) == 0 {
		return "", false
	}
	return tv.Value.ExactString(), true
}
