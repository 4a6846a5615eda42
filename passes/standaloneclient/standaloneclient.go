package standaloneclient

import (
	_ "embed"
	"fmt"
	"github.com/redislint/redislint/internal/keyspec"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"regexp"
	"sort"
	"strconv"
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
	// Hosts is a regexp: a constant address whose host matches it names a
	// cluster. Empty: no host is evidence.
	Hosts string
	// Ports lists ports and ranges ("7000-7005,30001-30006") that the
	// cluster tutorials and create-cluster use. Empty: no port is evidence.
	Ports string
	// Names is a regexp: an address read from an environment variable,
	// flag, config key or struct field whose name matches it is a cluster's.
	// Empty: no name is evidence.
	Names string
}

// DefaultConfig returns the configuration of Analyzer.
func DefaultConfig() Config {
	return Config{
		Hosts: `(?i)(^|\.)[a-z0-9-]*cluster[a-z0-9-]*(\.|$)`,
		Ports: "7000-7005,30001-30006",
		Names: `(?i)cluster`,
	}
}

// New returns a new analyzer whose flags are bound to its own copy of cfg.
func New(cfg Config) *analysis.Analyzer {
	c := cfg
	a := &analysis.Analyzer{
		Name:      "standaloneclient",
		Doc:       analysisutil.MustExtractDoc(doc, "standaloneclient"),
		URL:       "https://github.com/redislint/redislint#standaloneclient",
		Requires:  []*analysis.Analyzer{inspect.Analyzer},
		FactTypes: []analysis.Fact{new(clusterAddr)},
		Run:       analysisutil.WithIgnores("standaloneclient", func(pass *analysis.Pass) (any, error) { return run(pass, &c) }),
	}
	a.Flags.StringVar(&c.Hosts, "hosts", c.Hosts, "regexp of hosts that name a cluster (empty: none)")
	a.Flags.StringVar(&c.Ports, "ports", c.Ports, "ports and ranges that cluster tutorials use, e.g. 7000-7005,30001-30006 (empty: none)")
	a.Flags.StringVar(&c.Names, "names", c.Names, "regexp of environment variable, flag, config key and field names that say cluster (empty: none)")
	return a
}

// Analyzer reports single-node clients aimed at a cluster, with the default
// configuration.
var Analyzer = New(DefaultConfig())

// Categories of the diagnostics, by the evidence they rest on.
const (
	CatCommands = "cluster-commands" // CLUSTER commands or MOVED parsing around the client
	CatShared   = "shared-address"   // the address is given to a cluster client too
	CatHost     = "cluster-host"     // the host names a cluster
	CatName     = "cluster-name"     // the address comes from a name that says cluster
	CatPort     = "cluster-port"     // the port is a cluster tutorial's
)

// clusterAddr is an object fact on a package-level constant or variable, or
// a field, that the package gives to a cluster client.
type clusterAddr struct {
	Ctor  string // e.g. "redis.NewClusterClient"
	Where string // file:line
}

func (*clusterAddr) AFact() {}

func (f *clusterAddr) String() string { return "cluster address (" + f.Ctor + " at " + f.Where + ")" }

type config struct {
	hosts, names *regexp.Regexp
	ports        [][2]int
}

func parseConfig(c *Config) (*config, error) {
	var cfg config
	var err error
	if c.Hosts != "" {
		if cfg.hosts, err = regexp.Compile(c.Hosts); err != nil {
			return nil, fmt.Errorf("-standaloneclient.hosts: %v", err)
		}
	}
	if c.Names != "" {
		if cfg.names, err = regexp.Compile(c.Names); err != nil {
			return nil, fmt.Errorf("-standaloneclient.names: %v", err)
		}
	}
	for _, f := range strings.Split(c.Ports, ",") {
		if f = strings.TrimSpace(f); f == "" {
			continue
		}
		lo, hi, isRange := strings.Cut(f, "-")
		a, err1 := strconv.Atoi(lo)
		b, err2 := a, error(nil)
		if isRange {
			b, err2 = strconv.Atoi(hi)
		}
		if err1 != nil || err2 != nil || a > b {
			return nil, fmt.Errorf("-standaloneclient.ports: bad port or range %q", f)
		}
		cfg.ports = append(cfg.ports, [2]int{a, b})
	}
	return &cfg, nil
}

func (c *config) clusterPort(port string) bool {
	p, err := strconv.Atoi(port)
	if err != nil {
		return false
	}
	for _, r := range c.ports {
		if r[0] <= p && p <= r[1] {
			return true
		}
	}
	return false
}

// construction is a client construction with where it sits.
type construction struct {
	*model.Construction
	topo  model.Topology
	stack []ast.Node // enclosing nodes, outermost first, the construction last
	addr  *addrInfo
}

// evidence is one reason to think the endpoint is a cluster.
type evidence struct {
	cat      string
	rank     int // lower is stronger
	text     string
	pos, end token.Pos // what Related points at (NoPos: nothing in this package)
	sure     bool      // strong enough for a suggested fix
}

type checker struct {
	pass  *analysis.Pass
	cfg   *config
	flow  *model.Flow
	ctors []*construction
	// cluster addresses of this package, by identity.
	clusterIDs map[any][]*construction
	// keyed are the client handles that commands with keys are sent
	// through: a client that only ever gets CLUSTER, INFO, CONFIG … is a
	// node's admin connection, which needs no cluster client.
	keyed []ast.Expr
}

func run(pass *analysis.Pass, c *Config) (any, error) {
	if !analysisutil.UsesRedisClient(pass) || analysisutil.InClientLibrary(pass) {
		return nil, nil
	}
	cfg, err := parseConfig(c)
	if err != nil {
		return nil, err
	}
	ch := &checker{
		pass:       pass,
		cfg:        cfg,
		flow:       model.NewFlow(pass.TypesInfo, pass.Files),
		clusterIDs: map[any][]*construction{},
	}
	ins := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	ins.WithStack([]ast.Node{(*ast.CallExpr)(nil), (*ast.CompositeLit)(nil)}, func(n ast.Node, push bool, stack []ast.Node) bool {
		if !push {
			return true
		}
		k := model.ConstructionOf(pass.TypesInfo, n.(ast.Expr))
		if k == nil {
			return true
		}
		seeds := -1
		if k.Addr != nil && k.C.Form == model.AddrList {
			if elems, ok := ch.flow.ListElems(k.Addr); ok {
				seeds = len(elems)
			}
		}
		ct := &construction{Construction: k, topo: k.Topology(pass.TypesInfo, seeds), stack: append([]ast.Node(nil), stack...)}
		switch {
		case k.Addr != nil:
			ct.addr = ch.collect(k.Addr, k.C.Form)
		case k.Opts == nil && k.OptsExpr != nil:
			// opt, err := redis.ParseURL(os.Getenv("REDIS_CLUSTER_URL")); redis.NewClient(opt)
			if call, ok := ast.Unparen(ch.flow.SingleValue(k.OptsExpr)).(*ast.CallExpr); ok && len(call.Args) > 0 {
				if fn, _ := typeutil.Callee(pass.TypesInfo, call).(*types.Func); model.IsURLParser(fn) {
					ct.addr = ch.collect(call.Args[0], model.AddrURL)
				}
			}
		}
		ch.ctors = append(ch.ctors, ct)
		return true
	})

	for _, ct := range ch.ctors {
		if ct.topo == model.TopoCluster && ct.addr != nil {
			ch.recordCluster(ct)
		}
	}
	cmdSites := ch.clusterCommandSites()
	for _, ct := range ch.ctors {
		if ct.topo == model.TopoStandalone && !ch.perNode(ct) {
			ch.check(ct, cmdSites)
		}
	}
	return nil, nil
}

// perNode reports whether the construction's address comes from a range
// loop: a client per node of a list, on purpose.
func (ch *checker) perNode(ct *construction) bool {
	return ct.addr != nil && ct.addr.ranged
}

// recordCluster remembers the identities of a cluster construction's
// addresses, and exports facts for the package-level ones.
//
// Cluster clients built in _test.go files are not recorded: tests build
// clients of every kind against the same fixture on purpose (go-redis' own
// suite points a ClusterClient at its single-node test server to check the
// error), so sharing an address with them says nothing about production.
func (ch *checker) recordCluster(ct *construction) {
	if strings.HasSuffix(ch.pass.Fset.Position(ct.Node.Pos()).Filename, "_test.go") {
		return
	}
	for id := range ct.addr.ids {
		ch.clusterIDs[id] = append(ch.clusterIDs[id], ct)
		obj, ok := id.(types.Object)
		if !ok || obj.Pkg() != ch.pass.Pkg || !exportable(obj) {
			continue
		}
		var f clusterAddr
		if ch.pass.ImportObjectFact(obj, &f) {
			continue // the first one is enough
		}
		p := ch.pass.Fset.Position(ct.Node.Pos())
		ch.pass.ExportObjectFact(obj, &clusterAddr{Ctor: ct.Name(), Where: fmt.Sprintf("%s:%d", shortFile(p.Filename), p.Line)})
	}
}

// exportable reports whether obj may carry a fact: a package-level
// constant or variable, or a field.
func exportable(obj types.Object) bool {
	switch o := obj.(type) {
	case *types.Const:
		return o.Parent() == o.Pkg().Scope()
	case *types.Var:
		return o.IsField() || o.Parent() == o.Pkg().Scope()
	}
	return false
}

func shortFile(name string) string {
	if i := strings.LastIndexAny(name, `/\`); i >= 0 {
		return name[i+1:]
	}
	return name
}

// check reports a standalone construction when the program shows that its
// endpoint is a cluster.
func (ch *checker) check(ct *construction, cmdSites []cmdSite) {
	var ev []evidence
	ev = append(ev, ch.commandEvidence(ct, cmdSites)...)
	if ct.addr != nil {
		ev = append(ev, ch.sharedEvidence(ct)...)
		ev = append(ev, ch.addrEvidence(ct.addr)...)
	}
	if len(ev) == 0 {
		return
	}
	sort.SliceStable(ev, func(i, j int) bool { return ev[i].rank < ev[j].rank })
	best := ev[0]

	var node ast.Node = ct.Node
	if ct.Addr != nil {
		node = ct.Addr
	} else if ct.OptsExpr != nil {
		node = ct.OptsExpr
	}
	what := ct.Name() + " builds a single-node client"
	switch {
	case ct.C.Topo == model.TopoUniversal:
		what = ct.Name() + " with one address builds a single-node client"
	case ct.C.Topo == model.TopoAuto:
		what = ct.Name() + " with ForceSingleClient builds a single-node client"
	}
	d := analysis.Diagnostic{
		Pos:      node.Pos(),
		End:      node.End(),
		Category: best.cat,
		URL:      "https://github.com/redislint/redislint#standaloneclient",
		Message:  fmt.Sprintf("%s, but %s: %s", what, best.text, ch.fixText(ct)),
	}
	for _, e := range ev {
		if e.pos.IsValid() {
			d.Related = append(d.Related, analysis.RelatedInformation{Pos: e.pos, End: e.end, Message: e.text})
		}
	}
	if best.sure {
		if fix := ch.suggestedFix(ct); fix != nil {
			d.SuggestedFixes = []analysis.SuggestedFix{*fix}
		}
	}
	ch.pass.Report(d)
}

func (ch *checker) fixText(ct *construction) string {
	switch ct.C.Topo {
	case model.TopoUniversal:
		if model.GoRedisHas(ch.pass.Fset, ct.Pkg, model.FeatureIsClusterMode) {
			return "set IsClusterMode, or list the seeds"
		}
		return "list the seeds (IsClusterMode needs go-redis " + model.FeatureIsClusterMode.Since() + "+)"
	case model.TopoAuto:
		return ct.C.Lib.Info().ClusterFix
	}
	return ct.C.Lib.Info().ClusterFix
}

// ---------------------------------------------------------------------------
// What an address is made of.

// addrInfo is what an address expression is made of.
type addrInfo struct {
	consts []leaf // constant strings
	names  []leaf // names of the sources it is read from
	// ids are its identities: objects (types.Object), "value:…" for
	// constant text and "source:…" for environment variables, flags and
	// config keys; each with the expression where it was seen.
	ids    map[any]ast.Expr
	ranged bool // some variable on the way is a range key or value
	form   model.AddrForm
}

type leaf struct {
	text string
	kind string // for names: "environment variable", "flag", "config key", "field", "struct tag"
	expr ast.Expr
}

// sourceFunc is a function that reads a named setting: the name is argument Arg.
type sourceFunc struct {
	pkg, recv, name string
	arg             int
	kind            string
}

var sourceFuncs = []sourceFunc{
	{"os", "", "Getenv", 0, "environment variable"},
	{"os", "", "LookupEnv", 0, "environment variable"},
	{"syscall", "", "Getenv", 0, "environment variable"},
	{"flag", "", "String", 0, "flag"},
	{"flag", "", "StringVar", 1, "flag"},
	{"flag", "FlagSet", "String", 0, "flag"},
	{"flag", "FlagSet", "StringVar", 1, "flag"},
	{"github.com/spf13/pflag", "", "String", 0, "flag"},
	{"github.com/spf13/pflag", "", "StringP", 0, "flag"},
	{"github.com/spf13/pflag", "", "StringVar", 1, "flag"},
	{"github.com/spf13/pflag", "", "StringVarP", 1, "flag"},
	{"github.com/spf13/pflag", "", "StringSlice", 0, "flag"},
	{"github.com/spf13/pflag", "FlagSet", "String", 0, "flag"},
	{"github.com/spf13/pflag", "FlagSet", "StringVar", 1, "flag"},
	{"github.com/spf13/viper", "", "GetString", 0, "config key"},
	{"github.com/spf13/viper", "", "GetStringSlice", 0, "config key"},
	{"github.com/spf13/viper", "Viper", "GetString", 0, "config key"},
	{"github.com/spf13/viper", "Viper", "GetStringSlice", 0, "config key"},
}

// passThrough are packages whose functions build a value from their
// arguments (strings.Split, fmt.Sprintf, net.JoinHostPort, …).
var passThrough = map[string]bool{"strings": true, "fmt": true, "net": true, "strconv": true, "net/url": true}

func (ch *checker) collect(e ast.Expr, form model.AddrForm) *addrInfo {
	a := &addrInfo{ids: map[any]ast.Expr{}, form: form}
	seen := map[types.Object]bool{}
	info := ch.pass.TypesInfo
	var walk func(e ast.Expr, depth int)
	walk = func(e ast.Expr, depth int) {
		if e == nil || depth > 16 {
			return
		}
		e = ast.Unparen(e)
		if tv, ok := info.Types[e]; ok && tv.Value != nil {
			if tv.Value.Kind() == constant.String {
				s := constant.StringVal(tv.Value)
				a.consts = append(a.consts, leaf{text: s, expr: e})
				if _, _, ok := model.HostPort(s, form); ok {
					a.ids["value:"+s] = e // an address, not a format or a separator
				}
			}
			if obj := ch.flow.ObjectOf(e); obj != nil {
				a.ids[obj] = e
			}
			return
		}
		switch x := e.(type) {
		case *ast.Ident, *ast.SelectorExpr:
			obj := ch.flow.ObjectOf(x)
			v, ok := obj.(*types.Var)
			if !ok {
				if sel, ok := x.(*ast.SelectorExpr); ok {
					walk(sel.X, depth+1)
				}
				return
			}
			a.ids[v] = x
			if ch.flow.Ranged(v) {
				a.ranged = true
			}
			if v.IsField() {
				a.names = append(a.names, leaf{text: v.Name(), kind: "field", expr: x})
				if tag := fieldTag(info, x, v); tag != "" {
					a.names = append(a.names, leaf{text: tag, kind: "struct tag", expr: x})
				}
				// The fields it is reached through: cfg.Cluster.Addr.
				for sel, ok := x.(*ast.SelectorExpr); ok; sel, ok = sel.X.(*ast.SelectorExpr) {
					if outer, ok := sel.X.(*ast.SelectorExpr); ok {
						if f, ok := ch.flow.ObjectOf(outer).(*types.Var); ok && f.IsField() {
							a.names = append(a.names, leaf{text: f.Name(), kind: "field", expr: outer})
						}
					}
				}
			}
			if seen[v] {
				return
			}
			seen[v] = true
			vals, _ := ch.flow.Stores(v)
			for _, val := range vals {
				walk(val, depth+1)
			}
		case *ast.CallExpr:
			ch.collectCall(a, x, func(e ast.Expr) { walk(e, depth+1) })
		case *ast.BinaryExpr:
			walk(x.X, depth+1)
			walk(x.Y, depth+1)
		case *ast.IndexExpr:
			walk(x.X, depth+1)
		case *ast.SliceExpr:
			walk(x.X, depth+1)
		case *ast.StarExpr:
			walk(x.X, depth+1)
		case *ast.UnaryExpr:
			walk(x.X, depth+1)
		case *ast.CompositeLit:
			for _, elt := range x.Elts {
				if kv, ok := elt.(*ast.KeyValueExpr); ok {
					elt = kv.Value
				}
				walk(elt, depth+1)
			}
		}
	}
	walk(e, 0)
	return a
}

func (ch *checker) collectCall(a *addrInfo, call *ast.CallExpr, walk func(ast.Expr)) {
	info := ch.pass.TypesInfo
	fn, _ := typeutil.Callee(info, call).(*types.Func)
	if fn == nil || fn.Pkg() == nil {
		return
	}
	recv := ""
	if sig, ok := fn.Type().(*types.Signature); ok && sig.Recv() != nil {
		if n, ok := types.Unalias(derefType(sig.Recv().Type())).(*types.Named); ok {
			recv = n.Obj().Name()
		}
	}
	for _, s := range sourceFuncs {
		if s.pkg == fn.Pkg().Path() && s.recv == recv && s.name == fn.Name() {
			if s.arg < len(call.Args) {
				if name, ok := model.StringConst(info, call.Args[s.arg]); ok {
					a.names = append(a.names, leaf{text: name, kind: s.kind, expr: call.Args[s.arg]})
					a.ids["source:"+name] = call.Args[s.arg]
				}
			}
			return
		}
	}
	switch {
	case model.IsURLParser(fn) && len(call.Args) > 0:
		walk(call.Args[0])
	case passThrough[fn.Pkg().Path()]:
		for _, arg := range call.Args {
			walk(arg)
		}
	case fn.Pkg() == ch.pass.Pkg || model.LibOf(fn.Pkg().Path()) == model.LibNone:
		// A helper of the program, like getenv("REDIS_CLUSTER_ADDR",
		// "localhost:6379"): constant arguments are the names it reads
		// (and defaults), and what it returns is the value.
		for _, arg := range call.Args {
			if s, ok := model.StringConst(info, arg); ok {
				if looksLikeName(s) {
					a.names = append(a.names, leaf{text: s, kind: "config key", expr: arg})
					a.ids["source:"+s] = arg
				} else {
					walk(arg)
				}
			}
		}
		for _, r := range ch.flow.Returns(fn) {
			walk(r)
		}
	}
}

var nameRE = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_.\-]*$`)

func looksLikeName(s string) bool { return nameRE.MatchString(s) && !strings.Contains(s, ":") }

func derefType(t types.Type) types.Type {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		return p.Elem()
	}
	return t
}

// fieldTag returns the struct tag of field v, selected by x.
func fieldTag(info *types.Info, x ast.Expr, v *types.Var) string {
	sel, ok := x.(*ast.SelectorExpr)
	if !ok {
		return ""
	}
	s, ok := info.Selections[sel]
	if !ok {
		return ""
	}
	st, ok := derefType(s.Recv()).Underlying().(*types.Struct)
	if !ok {
		return ""
	}
	for i := 0; i < st.NumFields(); i++ {
		if st.Field(i) == v {
			return st.Tag(i)
		}
	}
	return ""
}

// addrEvidence checks the constant hosts and ports of an address and the
// names it is read from.
func (ch *checker) addrEvidence(a *addrInfo) []evidence {
	var ev []evidence
	for _, c := range a.consts {
		host, port, ok := model.HostPort(c.text, a.form)
		if !ok {
			continue
		}
		switch {
		case ch.cfg.hosts != nil && ch.cfg.hosts.MatchString(host) && strings.Contains(strings.ToLower(host), "clustercfg."):
			ev = append(ev, evidence{cat: CatHost, rank: 1, sure: true, pos: c.expr.Pos(), end: c.expr.End(),
				text: fmt.Sprintf("host %q is an ElastiCache cluster configuration endpoint", host)})
		case ch.cfg.hosts != nil && ch.cfg.hosts.MatchString(host):
			ev = append(ev, evidence{cat: CatHost, rank: 4, sure: true, pos: c.expr.Pos(), end: c.expr.End(),
				text: fmt.Sprintf("host %q names a cluster", host)})
		case port != "" && ch.cfg.clusterPort(port):
			ev = append(ev, evidence{cat: CatPort, rank: 5, pos: c.expr.Pos(), end: c.expr.End(),
				text: fmt.Sprintf("port %s is one that redis create-cluster and the cluster tutorial use, so this is probably a cluster node", port)})
		}
	}
	if ch.cfg.names != nil {
		for _, n := range a.names {
			if ch.cfg.names.MatchString(n.text) {
				ev = append(ev, evidence{cat: CatName, rank: 3, sure: n.kind != "config key", pos: n.expr.Pos(), end: n.expr.End(),
					text: fmt.Sprintf("the address comes from %s %q, whose name says cluster", n.kind, n.text)})
			}
		}
	}
	return ev
}

// sharedEvidence finds the standalone address's identities among cluster
// clients' addresses: in this package, or, for objects of other packages,
// in their facts.
func (ch *checker) sharedEvidence(ct *construction) []evidence {
	var ev []evidence
	ids := make([]any, 0, len(ct.addr.ids))
	for id := range ct.addr.ids {
		ids = append(ids, id)
	}
	// Objects first (the variable is what the reader sees), then by position.
	sort.Slice(ids, func(i, j int) bool {
		_, oi := ids[i].(types.Object)
		_, oj := ids[j].(types.Object)
		if oi != oj {
			return oi
		}
		return ct.addr.ids[ids[i]].Pos() < ct.addr.ids[ids[j]].Pos()
	})
	for _, id := range ids {
		for _, other := range ch.clusterIDs[id] {
			if exclusive(ct.stack, other.stack) {
				continue // a mode switch: one or the other
			}
			where := ch.pass.Fset.Position(other.Node.Pos())
			ev = append(ev, evidence{cat: CatShared, rank: 2, sure: true, pos: other.Addr.Pos(), end: other.Addr.End(),
				text: fmt.Sprintf("the same %s is given to the cluster client %s at line %d", describeID(id), other.Name(), where.Line)})
			break
		}
		if obj, ok := id.(types.Object); ok && obj.Pkg() != nil && obj.Pkg() != ch.pass.Pkg {
			var f clusterAddr
			if ch.pass.ImportObjectFact(obj, &f) {
				ev = append(ev, evidence{cat: CatShared, rank: 2, sure: true,
					text: fmt.Sprintf("the same %s is given to the cluster client %s at %s", describeID(id), f.Ctor, f.Where)})
			}
		}
	}
	return ev
}

func describeID(id any) string {
	switch id := id.(type) {
	case *types.Const:
		return "constant " + id.Name()
	case *types.Var:
		if id.IsField() {
			return "field " + id.Name()
		}
		return "variable " + id.Name()
	case string:
		if v, ok := strings.CutPrefix(id, "value:"); ok {
			return fmt.Sprintf("address %q", v)
		}
		if v, ok := strings.CutPrefix(id, "source:"); ok {
			return fmt.Sprintf("setting %q", v)
		}
	}
	return "address"
}

// exclusive reports whether two nodes (given by their stacks) sit in
// branches of which at most one runs: the two arms of an if, two clauses of
// a switch or select, or an if whose body returns and a statement after it.
func exclusive(a, b []ast.Node) bool {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	if i == 0 || i >= len(a) || i >= len(b) {
		return false
	}
	switch p := a[i-1].(type) {
	case *ast.IfStmt:
		return (a[i] == p.Body && b[i] == p.Else) || (a[i] == p.Else && b[i] == p.Body)
	case *ast.BlockStmt:
		switch a[i].(type) {
		case *ast.CaseClause, *ast.CommClause:
			return true
		}
		first := a
		if b[i].Pos() < a[i].Pos() {
			first = b
		}
		if ifs, ok := first[i].(*ast.IfStmt); ok && i+1 < len(first) && first[i+1] == ifs.Body {
			if n := len(ifs.Body.List); n > 0 {
				_, ret := ifs.Body.List[n-1].(*ast.ReturnStmt)
				return ret
			}
		}
	}
	return false
}

// ---------------------------------------------------------------------------
// CLUSTER commands and MOVED parsing around the client.

// cmdSite is a CLUSTER command sent, or a MOVED/ASK reply parsed by hand.
type cmdSite struct {
	node    ast.Node
	text    string
	handles []ast.Expr // client handles it involves
	fn      ast.Node   // the enclosing top-level function (for MOVED parsing)
	moved   bool
}

var movedRE = regexp.MustCompile(`^\^?(MOVED|ASK)(\s|\\s|$|\()`)

// clusterCommandSites finds CLUSTER commands sent and MOVED/ASK replies
// parsed by hand in the package.
func (ch *checker) clusterCommandSites() []cmdSite {
	info := ch.pass.TypesInfo
	var sites []cmdSite
	ins := ch.pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	ins.WithStack([]ast.Node{(*ast.CallExpr)(nil), (*ast.BinaryExpr)(nil)}, func(n ast.Node, push bool, stack []ast.Node) bool {
		if !push {
			return true
		}
		top := topFunc(stack)
		switch n := n.(type) {
		case *ast.CallExpr:
			fn, _ := typeutil.Callee(info, n).(*types.Func)
			if fn == nil || fn.Pkg() == nil {
				return true
			}
			sel, _ := ast.Unparen(n.Fun).(*ast.SelectorExpr)
			if sel != nil && ch.sendsKeys(fn, n) {
				ch.keyed = append(ch.keyed, sel.X)
			}
			switch {
			case model.IsClusterCommandMethod(fn) && sel != nil:
				sites = append(sites, cmdSite{node: n, text: "it is sent CLUSTER commands (" + fn.Name() + ")", handles: []ast.Expr{sel.X}})
			case model.IsRedirectParser(fn):
				sites = append(sites, cmdSite{node: n, text: "the code around it parses MOVED/ASK redirections (" + fn.Name() + ")", fn: top, moved: true})
			default:
				if r, ok := model.RawCallOf(fn); ok && !r.Builds && sel != nil {
					if _, name, ok := r.CommandArg(info, fn, n); ok && strings.EqualFold(name, "CLUSTER") {
						sites = append(sites, cmdSite{node: n, text: "it is sent CLUSTER commands", handles: []ast.Expr{sel.X}})
					}
					return true
				}
				switch fn.Pkg().Path() {
				case "strings", "bytes", "regexp", "fmt":
					for _, arg := range n.Args {
						if s, ok := model.StringConst(info, arg); ok && movedRE.MatchString(s) {
							sites = append(sites, cmdSite{node: arg, text: "the code around it parses MOVED/ASK redirections by hand", fn: top, moved: true})
							break
						}
					}
				}
			}
		case *ast.BinaryExpr:
			if n.Op != token.EQL && n.Op != token.NEQ {
				return true
			}
			for _, side := range []ast.Expr{n.X, n.Y} {
				if s, ok := model.StringConst(info, side); ok && movedRE.MatchString(s) {
					sites = append(sites, cmdSite{node: side, text: "the code around it parses MOVED/ASK redirections by hand", fn: top, moved: true})
				}
			}
		}
		return true
	})
	// The handles a MOVED site involves: the clients used in its function.
	for i := range sites {
		if s := &sites[i]; s.moved && s.fn != nil {
			s.handles = ch.handlesIn(s.fn)
		}
	}
	return sites
}

func topFunc(stack []ast.Node) ast.Node {
	for _, n := range stack {
		if fd, ok := n.(*ast.FuncDecl); ok {
			return fd
		}
	}
	return nil
}

// handlesIn returns the receivers of client-library method calls in fn.
func (ch *checker) handlesIn(fn ast.Node) []ast.Expr {
	var hs []ast.Expr
	ast.Inspect(fn, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return true
		}
		sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if !ok {
			return true
		}
		f, _ := typeutil.Callee(ch.pass.TypesInfo, call).(*types.Func)
		if f == nil || f.Pkg() == nil || model.LibOf(f.Pkg().Path()) == model.LibNone {
			return true
		}
		if s, ok := ch.pass.TypesInfo.Selections[sel]; ok && s.Kind() == types.MethodVal {
			hs = append(hs, sel.X)
		}
		return true
	})
	return hs
}

// commandEvidence finds CLUSTER commands sent through the client and
// MOVED/ASK parsing around it.
func (ch *checker) commandEvidence(ct *construction, sites []cmdSite) []evidence {
	var ev []evidence
	own := topFunc(ct.stack)
	for _, s := range sites {
		hit := s.moved && own != nil && s.fn == own
		if !s.moved && !ch.usedWithKeys(ct) {
			// CLUSTER commands to a node's admin connection, used for
			// nothing with keys: it cannot get MOVED.
			continue
		}
		for _, h := range s.handles {
			if hit {
				break
			}
			origins, _ := ch.flow.Origins(h)
			for _, o := range origins {
				if ast.Unparen(o) == ct.Node {
					hit = true
					break
				}
			}
		}
		if hit {
			ev = append(ev, evidence{cat: CatCommands, rank: 0, sure: !s.moved, pos: s.node.Pos(), end: s.node.End(), text: s.text})
			if len(ev) == 2 {
				break
			}
		}
	}
	return ev
}

// sendsKeys reports whether the call sends a command with keys: a go-redis
// command method with a key, or a raw command whose name is constant and
// whose key specs find keys.
func (ch *checker) sendsKeys(fn *types.Func, call *ast.CallExpr) bool {
	if cmd, ok := model.GoRedisCommandOf(fn); ok {
		return len(cmd.Args) > 0
	}
	if r, ok := model.RawCallOf(fn); ok && !r.Builds {
		if _, name, ok := r.CommandArg(ch.pass.TypesInfo, fn, call); ok {
			if rc, ok := keyspec.Named(name); ok {
				return rc.HasKeys()
			}
		}
	}
	return false
}

// usedWithKeys reports whether a command with keys is sent through a
// client that ct builds.
func (ch *checker) usedWithKeys(ct *construction) bool {
	for _, h := range ch.keyed {
		origins, _ := ch.flow.Origins(h)
		for _, o := range origins {
			if ast.Unparen(o) == ct.Node {
				return true
			}
		}
	}
	return false
}

// ---------------------------------------------------------------------------
// Suggested fixes.

func (ch *checker) suggestedFix(ct *construction) *analysis.SuggestedFix {
	if ct.C.Lib != model.LibGoRedis || ct.Opts == nil || ct.Addr == nil {
		return nil
	}
	switch ct.C.Name {
	case "NewClient":
		return ch.fixNewClient(ct)
	case "NewUniversalClient":
		if !model.GoRedisHas(ch.pass.Fset, ct.Pkg, model.FeatureIsClusterMode) {
			return nil
		}
		kv := ct.Field(ct.C.AddrField)
		if kv == nil {
			return nil
		}
		edits := []analysis.TextEdit{{Pos: kv.End(), End: kv.End(), NewText: []byte(", IsClusterMode: true")}}
		if lit, ok := ast.Unparen(kv.Value).(*ast.CompositeLit); ok && len(lit.Elts) == 1 {
			if _, isConst := model.StringConst(ch.pass.TypesInfo, lit.Elts[0]); !isConst {
				seeds, imp, ok := ch.seedList(lit.Elts[0])
				if !ok {
					return nil
				}
				edits = append(edits, analysis.TextEdit{Pos: kv.Value.Pos(), End: kv.Value.End(), NewText: []byte(seeds)})
				edits = append(edits, imp...)
			}
		}
		return &analysis.SuggestedFix{Message: "Set IsClusterMode", TextEdits: edits}
	}
	return nil
}

// seedList returns the text of a seed list made of the one address a: a
// literal list for a constant; for a value read at run time (an
// environment variable, a flag), strings.Split(a, ","), so that the setting
// can name every seed, with the edit that imports "strings" when the file
// lacks it. ok is false when "strings" cannot be named there.
func (ch *checker) seedList(a ast.Expr) (text string, imports []analysis.TextEdit, ok bool) {
	src := ch.text(a)
	if src == "" {
		return "", nil, false
	}
	if _, isConst := model.StringConst(ch.pass.TypesInfo, a); isConst {
		return "[]string{" + src + "}", nil, true
	}
	var file *ast.File
	for _, f := range ch.pass.Files {
		if f.FileStart <= a.Pos() && a.Pos() < f.FileEnd {
			file = f
		}
	}
	if file == nil {
		return "", nil, false
	}
	name := ""
	for _, imp := range file.Imports {
		if imp.Path.Value != `"strings"` {
			continue
		}
		switch {
		case imp.Name == nil:
			name = "strings"
		case imp.Name.Name == "_" || imp.Name.Name == ".":
			return "", nil, false
		default:
			name = imp.Name.Name
		}
	}
	if name == "" {
		name = "strings"
		edit, ok := addImport(file, `"strings"`)
		if !ok {
			return "", nil, false
		}
		imports = append(imports, edit)
	}
	// The name must mean the package where a is.
	if scope := ch.pass.Pkg.Scope().Innermost(a.Pos()); scope != nil {
		if _, obj := scope.LookupParent(name, a.Pos()); obj != nil {
			if _, isPkg := obj.(*types.PkgName); !isPkg {
				return "", nil, false
			}
		}
	}
	return name + ".Split(" + src + `, ",")`, imports, true
}

// addImport returns the edit that adds path to file's imports.
func addImport(file *ast.File, path string) (analysis.TextEdit, bool) {
	for _, d := range file.Decls {
		gd, ok := d.(*ast.GenDecl)
		if !ok || gd.Tok != token.IMPORT {
			continue
		}
		if gd.Lparen.IsValid() {
			return analysis.TextEdit{Pos: gd.Lparen + 1, End: gd.Lparen + 1, NewText: []byte("\n\t" + path)}, true
		}
		return analysis.TextEdit{Pos: gd.End(), End: gd.End(), NewText: []byte("\nimport " + path)}, true
	}
	return analysis.TextEdit{}, false
}

// fixNewClient rewrites NewClient(&Options{Addr: a, …}) into
// NewClusterClient(&ClusterOptions{Addrs: []string{a}, …}) when every
// other field exists in ClusterOptions with the same type, DB is 0, and the
// call's result goes where a *ClusterClient fits.
func (ch *checker) fixNewClient(ct *construction) *analysis.SuggestedFix {
	info := ch.pass.TypesInfo
	scope := ct.Pkg.Scope()
	newCluster, _ := scope.Lookup("NewClusterClient").(*types.Func)
	clusterOpts, _ := scope.Lookup("ClusterOptions").(*types.TypeName)
	if newCluster == nil || clusterOpts == nil {
		return nil
	}
	sig := newCluster.Type().(*types.Signature)
	if sig.Results().Len() != 1 || !ch.resultFits(ct, sig.Results().At(0).Type()) {
		return nil
	}
	addrKV := ct.Field(ct.C.AddrField)
	if addrKV == nil {
		return nil
	}
	for _, elt := range ct.Opts.Elts {
		kv, ok := elt.(*ast.KeyValueExpr)
		if !ok {
			return nil
		}
		id, _ := kv.Key.(*ast.Ident)
		if id == nil {
			return nil
		}
		if kv == addrKV {
			continue
		}
		if id.Name == ct.C.DB {
			if tv := info.Types[kv.Value]; tv.Value != nil && constant.Sign(tv.Value) == 0 {
				continue
			}
			return nil
		}
		have, ok1 := model.FieldType(info.TypeOf(ct.Opts), id.Name)
		want, ok2 := model.FieldType(clusterOpts.Type(), id.Name)
		if !ok1 || !ok2 || !types.Identical(have, want) {
			return nil
		}
	}
	fun := model.LastIdent(ct.Node.(*ast.CallExpr).Fun)
	typ := model.LastIdent(ct.Opts.Type)
	if fun == nil || typ == nil {
		return nil
	}
	seeds, imports, ok := ch.seedList(addrKV.Value)
	if !ok {
		return nil
	}
	return &analysis.SuggestedFix{
		Message: "Use NewClusterClient",
		TextEdits: append([]analysis.TextEdit{
			{Pos: fun.Pos(), End: fun.End(), NewText: []byte("NewClusterClient")},
			{Pos: typ.Pos(), End: typ.End(), NewText: []byte("ClusterOptions")},
			{Pos: addrKV.Pos(), End: addrKV.End(), NewText: []byte("Addrs: " + seeds)},
		}, imports...),
	}
}

func (ch *checker) text(e ast.Expr) string {
	tf := ch.pass.Fset.File(e.Pos())
	if tf == nil {
		return ""
	}
	for _, f := range ch.pass.Files {
		if ch.pass.Fset.File(f.Pos()) == tf {
			if src, err := ch.pass.ReadFile(tf.Name()); err == nil {
				return string(src[tf.Offset(e.Pos()):tf.Offset(e.End())])
			}
		}
	}
	return ""
}

// resultFits reports whether the construction call's result goes where a
// value of type t fits: an interface that t implements.
func (ch *checker) resultFits(ct *construction, t types.Type) bool {
	info := ch.pass.TypesInfo
	stack := ct.stack
	if len(stack) < 2 {
		return false
	}
	call := stack[len(stack)-1]
	var want types.Type
	switch p := stack[len(stack)-2].(type) {
	case *ast.AssignStmt:
		if p.Tok != token.ASSIGN || len(p.Lhs) != len(p.Rhs) {
			return false
		}
		for i, r := range p.Rhs {
			if r == call {
				want = info.TypeOf(p.Lhs[i])
			}
		}
	case *ast.ValueSpec:
		if p.Type != nil {
			want = info.TypeOf(p.Type)
		}
	case *ast.KeyValueExpr:
		if p.Value == call {
			if id, ok := p.Key.(*ast.Ident); ok {
				if v, ok := info.ObjectOf(id).(*types.Var); ok && v.IsField() {
					want = v.Type()
				}
			}
		}
	case *ast.ReturnStmt:
		if len(p.Results) != 1 || p.Results[0] != call {
			return false
		}
		for i := len(stack) - 3; i >= 0; i-- {
			switch fn := stack[i].(type) {
			case *ast.FuncLit:
				want = resultType(info.TypeOf(fn))
			case *ast.FuncDecl:
				if obj := info.Defs[fn.Name]; obj != nil {
					want = resultType(obj.Type())
				}
			default:
				continue
			}
			break
		}
	case *ast.CallExpr:
		sig, ok := info.TypeOf(p.Fun).(*types.Signature)
		if !ok {
			return false
		}
		for i, arg := range p.Args {
			if arg == call && i < sig.Params().Len() && !(sig.Variadic() && i >= sig.Params().Len()-1) {
				want = sig.Params().At(i).Type()
			}
		}
	}
	if want == nil {
		return false
	}
	if _, isIface := want.Underlying().(*types.Interface); !isIface {
		return false
	}
	return types.AssignableTo(t, want)
}

func resultType(t types.Type) types.Type {
	sig, ok := t.(*types.Signature)
	if !ok || sig.Results().Len() != 1 {
		return nil
	}
	return sig.Results().At(0).Type()
}
