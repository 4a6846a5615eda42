package nodelocal

import (
	_ "embed"
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/redislint/redislint/internal/analysisutil"
	"github.com/redislint/redislint/internal/model"
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
}

// DefaultConfig returns the configuration of Analyzer.
func DefaultConfig() Config { return Config{DB: true} }

// New returns a new analyzer whose flags are bound to its own copy of cfg.
func New(cfg Config) *analysis.Analyzer {
	c := cfg
	a := &analysis.Analyzer{
		Name:     "nodelocal",
		Doc:      analysisutil.MustExtractDoc(doc, "nodelocal"),
		URL:      "https://github.com/redislint/redislint#nodelocal",
		Requires: []*analysis.Analyzer{inspect.Analyzer},
		Run:      analysisutil.WithIgnores("nodelocal", func(pass *analysis.Pass) (any, error) { return run(pass, &c) }),
	}
	a.Flags.StringVar(&c.Skip, "skip", c.Skip, "comma-separated Redis commands not to report, e.g. RANDOMKEY,DBSIZE")
	a.Flags.BoolVar(&c.DB, "db", c.DB, "report a database other than 0 in the options of a cluster client")
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
	flow *model.Flow
	skip map[string]bool
	db   bool
	// routing: the package installs go-redis' routing policies
	// (SetCommandInfoResolver), under which the client runs FLUSHDB,
	// FLUSHALL and DBSIZE on every master itself.
	routing bool
	calls   []*ast.CallExpr
	fns     []*types.Func
}

func run(pass *analysis.Pass, c *Config) (any, error) {
	if !analysisutil.UsesRedisClient(pass) || analysisutil.InClientLibrary(pass) {
		return nil, nil
	}
	ch := &checker{pass: pass, flow: model.NewFlow(pass.TypesInfo, pass.Files), skip: map[string]bool{}, db: c.DB}
	for _, s := range strings.Split(c.Skip, ",") {
		if s = strings.TrimSpace(s); s != "" {
			ch.skip[strings.ToUpper(s)] = true
		}
	}
	ins := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	ins.Preorder([]ast.Node{(*ast.CallExpr)(nil), (*ast.CompositeLit)(nil)}, func(n ast.Node) {
		if ch.db {
			if k := model.ConstructionOf(pass.TypesInfo, n.(ast.Expr)); k != nil {
				ch.checkDB(k)
			}
		}
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return
		}
		fn, _ := typeutil.Callee(pass.TypesInfo, call).(*types.Func)
		if fn == nil || fn.Pkg() == nil || model.LibOf(fn.Pkg().Path()) == model.LibNone {
			return
		}
		ch.calls = append(ch.calls, call)
		ch.fns = append(ch.fns, fn)
		if model.InstallsRoutingPolicies(fn) {
			ch.routing = true
		}
	})
	// Calls are checked once the whole package is seen: whether it installs
	// go-redis' routing policies changes what some commands do.
	for i, call := range ch.calls {
		ch.checkCall(call, ch.fns[i])
	}
	return nil, nil
}

func (ch *checker) checkCall(call *ast.CallExpr, fn *types.Func) {
	info := ch.pass.TypesInfo
	lib := model.LibOf(fn.Pkg().Path())
	sel, _ := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if m, ok := model.NodeMethodOf(fn); ok && sel != nil {
		if isMethod(info, sel) {
			ch.checkMethod(call, sel, lib, m)
		}
		return
	}
	if r, ok := model.RawCallOf(fn); ok && !r.Builds && sel != nil && isMethod(info, sel) {
		if arg, name, ok := r.CommandArg(info, fn, call); ok {
			if c, ok := model.NodeCommandOf(name); ok {
				if kind, origin, olib := ch.kind(sel.X, lib); kind == model.TopoCluster {
					ch.report(arg, c, olib, onCluster, origin)
				}
			}
		}
		return
	}
	if s, ok := model.ScannerOf(fn); ok && s.Client < len(call.Args) {
		if kind, origin, olib := ch.kind(call.Args[s.Client], lib); kind == model.TopoCluster {
			ch.reportf(call, CatOneNode, origin, "%s.%s on a cluster client scans the keys of one node only: use %s",
				fn.Pkg().Name(), fn.Name(), olib.Info().ScanAll)
		}
		return
	}
	// radix: client.Do(radix.Cmd(&out, "KEYS", "*")).
	if (fn.Name() == "Do" || fn.Name() == "DoSecondary") && sel != nil && isMethod(info, sel) && len(call.Args) > 0 {
		action, ok := ast.Unparen(ch.flow.SingleValue(call.Args[len(call.Args)-1])).(*ast.CallExpr)
		if !ok {
			return
		}
		afn, _ := typeutil.Callee(info, action).(*types.Func)
		r, ok := model.RawCallOf(afn)
		if !ok || !r.Builds {
			return
		}
		if arg, name, ok := r.CommandArg(info, afn, action); ok {
			if c, ok := model.NodeCommandOf(name); ok {
				if kind, origin, olib := ch.kind(sel.X, lib); kind == model.TopoCluster {
					ch.report(arg, c, olib, onCluster, origin)
				}
			}
		}
	}
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
	kind, origin, olib := ch.kind(recv, lib)
	if kind != model.TopoCluster {
		return
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
	ch.report(&methodCall{sel: sel, call: call}, c, olib, on, origin)
}

// methodCall is the range "Keys(ctx, "*")" of a method call.
type methodCall struct {
	sel  *ast.SelectorExpr
	call *ast.CallExpr
}

func (m *methodCall) Pos() token.Pos { return m.sel.Sel.Pos() }
func (m *methodCall) End() token.Pos { return m.call.End() }

// kind resolves whether the client handle e is a cluster client. It
// returns the construction the client came from when that is not e's
// static type, and the library of the cluster client (a redigo connection
// from a redisc.Cluster is redisc's).
func (ch *checker) kind(e ast.Expr, lib model.Lib) (model.Topology, ast.Node, model.Lib) {
	info := ch.pass.TypesInfo
	if model.IsClusterType(info.TypeOf(e)) {
		return model.TopoCluster, nil, libOfType(info.TypeOf(e), lib)
	}
	kind, origins := ch.flow.ClientKind(e)
	if kind != model.TopoCluster || len(origins) == 0 {
		return kind, nil, lib
	}
	o := origins[0]
	if k := model.ConstructionOf(info, o); k != nil {
		return kind, o, k.C.Lib
	}
	return kind, o, libOfType(info.TypeOf(o), lib)
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

func (ch *checker) report(at analysis.Range, c model.NodeCommand, lib model.Lib, on string, origin ast.Node) {
	if ch.skip[c.Name] {
		return
	}
	if ch.routing && lib == model.LibGoRedis && model.RoutedByPolicy(c.Name) {
		// The package installs go-redis' routing policies: the client
		// runs this one on every master and combines the answers.
		return
	}
	info := lib.Info()
	if info.RunsOnAllNodes(c.Name) {
		// The library's cluster client runs it on every master itself
		// (valkey-glide's KEYS, DBSIZE, FLUSHALL, …).
		return
	}
	if c.Effect == model.Refused {
		ch.reportf(at, CatRefused, origin, "%s %s fails with \"ERR %s is not allowed in cluster mode\": a cluster has only database 0",
			c.Name, on, c.Name)
		return
	}
	var fix string
	switch {
	case c.Scan:
		fix = "use " + info.ScanAll
	case c.Name == "DBSIZE" && lib == model.LibGoRedis:
		fix = "call DBSize on the ClusterClient itself, which sums over the masters"
	case c.Name == "DBSIZE":
		fix = "sum it over the masters with " + info.EachMaster
	case c.Name == "RANDOMKEY":
		fix = "pick a master with " + info.EachMaster
	default:
		fix = "run it on every master with " + info.EachMaster
	}
	ch.reportf(at, CatOneNode, origin, "%s %s %s: %s", c.Name, on, c.What, fix)
}

func (ch *checker) reportf(at analysis.Range, cat string, origin ast.Node, format string, args ...any) {
	d := analysis.Diagnostic{
		Pos:      at.Pos(),
		End:      at.End(),
		Category: cat,
		URL:      "https://github.com/redislint/redislint#nodelocal",
		Message:  fmt.Sprintf(format, args...),
	}
	if origin != nil {
		d.Related = []analysis.RelatedInformation{{Pos: origin.Pos(), End: origin.End(), Message: "the cluster client is built here"}}
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
	seeds := -1
	if k.Addr != nil && k.C.Form == model.AddrList {
		if elems, ok := ch.flow.ListElems(k.Addr); ok {
			seeds = len(elems)
		}
	}
	if k.Topology(info, seeds) != model.TopoCluster {
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
		lit, ok := ast.Unparen(ch.flow.SingleValue(kv.Value)).(*ast.CompositeLit)
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
