package standaloneclient

import (
	_ "embed"
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"reflect"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/redislint/redislint/internal/analysisutil"
	"github.com/redislint/redislint/internal/callsite"
	"github.com/redislint/redislint/internal/clientflow"
	"github.com/redislint/redislint/internal/model"
	"github.com/redislint/redislint/internal/typesutil"
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
	// Universal: report go-redis NewUniversalClient of an address list
	// built at run time, without IsClusterMode or MasterName, even when
	// nothing else shows that the endpoint is a cluster: one address (a
	// managed cluster's configuration endpoint) builds a single-node
	// client. On the real-code corpus this shape was most of the
	// single-node bugs that services later fixed (tools/corpus).
	Universal bool
	// Endpoints: report every single-node client built on a configured
	// address when nothing else decides, for a program moving to a managed
	// cluster's one configuration endpoint (an audit: off by default).
	Endpoints bool
}

// DefaultConfig returns the configuration of Analyzer.
func DefaultConfig() Config {
	return Config{
		Hosts: `(?i)(^|\.)[a-z0-9-]*cluster[a-z0-9-]*(\.|$)`,
		Ports: "7000-7005,30001-30006",
		Names: `(?i)cluster`,

		Universal: true,
	}
}

// New returns a new analyzer whose flags are bound to its own copy of cfg.
//
// Its work is two analyzers. Finding the package's constructions and the
// cluster commands around them needs only the client flow and is most of
// the work: it runs beside rediscalls (constructions); the analyzer then
// checks each construction, exports and reads the cluster addresses, and
// reports the keys that rediscalls finds sent through a mode's node
// connection.
func New(cfg Config) *analysis.Analyzer {
	c := cfg
	cons := &analysis.Analyzer{
		Name:       "standaloneclient_constructions",
		Doc:        "finds the client constructions of a package and the cluster commands around them (standaloneclient's first part, beside rediscalls)",
		Requires:   []*analysis.Analyzer{analysisutil.Inspect, clientflow.Analyzer},
		ResultType: reflect.TypeFor[*checker](),
		Run:        func(pass *analysis.Pass) (any, error) { return constructions(pass, &c) },
	}
	a := &analysis.Analyzer{
		Name:      "standaloneclient",
		Doc:       analysisutil.MustExtractDoc(doc, "standaloneclient"),
		URL:       analysisutil.DocURL("standaloneclient"),
		Requires:  []*analysis.Analyzer{cons, clientflow.Analyzer, callsite.Analyzer},
		FactTypes: []analysis.Fact{new(clusterAddr)},
		Run: analysisutil.WithIgnores("standaloneclient", func(pass *analysis.Pass) (any, error) {
			return run(pass, pass.ResultOf[cons].(*checker))
		}),
	}
	a.Flags.StringVar(&c.Hosts, "hosts", c.Hosts, "regexp of hosts that name a cluster (empty: none)")
	a.Flags.StringVar(&c.Ports, "ports", c.Ports, "ports and ranges that cluster tutorials use, e.g. 7000-7005,30001-30006 (empty: none)")
	a.Flags.StringVar(&c.Names, "names", c.Names, "regexp of environment variable, flag, config key and field names that say cluster (empty: none)")
	a.Flags.BoolVar(&c.Universal, "universal", c.Universal, "report NewUniversalClient of a run-time address list without IsClusterMode even without evidence that it is a cluster's")
	a.Flags.BoolVar(&c.Endpoints, "endpoints", c.Endpoints, "report every single-node client built on a configured address, as a cluster's configuration endpoint would break it (an audit)")
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
	CatCount    = "address-count"    // the address count picks it, and one address never reaches the cluster client
	CatRuntime  = "runtime-list"     // NewUniversalClient of a run-time list: one address builds a single-node client
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
	universal    bool
	endpoints    bool
}

func parseConfig(c *Config) (*config, error) {
	cfg := config{universal: c.Universal, endpoints: c.Endpoints}
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
	// arm: the options are one of several literals assigned to the
	// options variable in the arms of a branch (ConstructionsOf).
	arm bool
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
	flow  *clientflow.Flow
	cf    *clientflow.Result
	ctors []*construction
	// cluster addresses of this package, by identity.
	clusterIDs map[any][]*construction
	// keyed are the client handles that commands with keys are sent
	// through: a client that only ever gets CLUSTER, INFO, CONFIG … is a
	// node's admin connection, which needs no cluster client.
	keyed []ast.Expr
	// modeNodes are the single-node connections kept beside a cluster
	// client built in the program's cluster mode (nodekeys.go).
	modeNodes []modeNode
	// cmdSites are the package's cluster commands and MOVED parsing
	// (clusterCommandSites); diags what constructions reported, for run
	// to report.
	cmdSites []cmdSite
	diags    []analysis.Diagnostic
}

// constructions finds the package's client constructions, with what they
// read of their addresses, and the cluster commands around them: the
// checker that run continues (nil for a package that holds no client of
// its own). What it would report, it keeps for run.
func constructions(pass *analysis.Pass, c *Config) (any, error) {
	if !analysisutil.Relevant(pass) || analysisutil.InClientLibrary(pass) {
		return (*checker)(nil), nil
	}
	cfg, err := parseConfig(c)
	if err != nil {
		return nil, err
	}
	ch := &checker{
		pass:       pass,
		cfg:        cfg,
		flow:       pass.ResultOf[clientflow.Analyzer].(*clientflow.Result).Flow,
		cf:         pass.ResultOf[clientflow.Analyzer].(*clientflow.Result),
		clusterIDs: map[any][]*construction{},
	}
	report := pass.Report
	pass.Report = func(d analysis.Diagnostic) { ch.diags = append(ch.diags, d) }
	defer func() { pass.Report = report }()
	ins := analysisutil.Inspector(pass)
	ins.WithStack([]ast.Node{(*ast.CallExpr)(nil), (*ast.CompositeLit)(nil)}, func(n ast.Node, push bool, stack []ast.Node) bool {
		if !push {
			return true
		}
		ks := ch.cf.ConstructionsOf(n.(ast.Expr))
		for _, k := range ks {
			ch.addConstruction(k, stack, len(ks) > 1)
		}
		if call, ok := n.(*ast.CallExpr); ok && len(ks) == 0 {
			// A builder of another package (redisbroker.New(cnf, host)):
			// a construction for the count switch.
			for _, k := range ch.cf.BuiltBy(call) {
				ch.addConstruction(k, stack, false)
			}
		}
		return true
	})
	ch.cmdSites = ch.clusterCommandSites()
	return ch, nil
}

// run checks the constructions that constructions found: it records the
// cluster addresses (exporting the package-level ones' facts), checks each
// construction against them and the cluster commands, then reports the
// keys sent through a mode's node connection, which the package's commands
// (rediscalls) show.
func run(pass *analysis.Pass, ch *checker) (any, error) {
	if ch == nil {
		return nil, nil
	}
	ch.pass = pass
	for _, d := range ch.diags {
		pass.Report(d)
	}
	for _, ct := range ch.ctors {
		if ct.topo == model.TopoCluster && ct.addr != nil {
			ch.recordCluster(ct)
		}
	}
	cmdSites := ch.cmdSites
	for _, ct := range ch.ctors {
		switch {
		case ct.Via != nil:
			// Checked where it is built, but for the switch that picks it.
			ch.checkCount(ct, cmdSites)
		case ch.perNode(ct):
		case ch.checkCount(ct, cmdSites):
		case ct.topo == model.TopoStandalone:
			ch.check(ct, cmdSites)
		case ch.runtimeUniversal(ct):
			ch.checkUniversal(ct, cmdSites)
		}
	}
	ch.checkNodeKeys(pass.ResultOf[callsite.Analyzer].(*callsite.Result).Calls)
	return nil, nil
}

// addConstruction records one construction of the package, with what it
// reads of its address.
func (ch *checker) addConstruction(k *model.Construction, stack []ast.Node, arm bool) {
	pass := ch.pass
	ct := &construction{Construction: k, topo: ch.cf.Topology(k), stack: append([]ast.Node(nil), stack...), arm: arm}
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
}

// runtimeUniversal reports whether ct is a go-redis NewUniversalClient
// whose address list is built at run time, with neither IsClusterMode nor
// MasterName set: the layer says it picks the kind at run time, a
// single-node client when the list holds one address.
func (ch *checker) runtimeUniversal(ct *construction) bool {
	if ct.C.Topo != model.TopoUniversal || (ct.Opts == nil && !ct.Assigned) || ct.Addr == nil || ct.addr == nil {
		return false
	}
	if ct.Field(ct.C.ForceCluster) != nil {
		return false
	}
	// A Sentinel name read at run time (MasterName: cfg.MasterName) may
	// be empty, and then the list picks the kind; a constant one makes a
	// failover client.
	if kv := ct.Field(ct.C.Sentinel); kv != nil {
		if tv := ch.pass.TypesInfo.Types[kv.Value]; tv.Value == nil || tv.Value.String() != `""` {
			// In the options of one arm of a branch, a Sentinel name is
			// that arm's mode.
			if tv.Value != nil || !ch.runtimeValue(kv.Value) || ct.arm || ch.testedNonEmpty(kv) {
				return false
			}
		}
	}
	w := ch.cf.Of(ct.Node)
	return ch.cf.Seeds(ct.Construction) < 0 && w.Kinds() == clientflow.Cluster|clientflow.Single
}

// inLiteral reports whether kv is an element of the options literal
// (not a field read from an assignment): a fix may edit beside it.
func inLiteral(lit *ast.CompositeLit, kv *ast.KeyValueExpr) bool {
	return lit != nil && slices.Contains(lit.Elts, ast.Expr(kv))
}

// testedNonEmpty reports whether, on the way to the field kv, the program
// has tested its value non-empty (if c.Sentinel != "" { opts = …{MasterName:
// c.Sentinel} }): a Sentinel name that is then always set.
func (ch *checker) testedNonEmpty(kv *ast.KeyValueExpr) bool {
	want := types.ExprString(kv.Value)
	for _, c := range ch.cf.Conds(kv) {
		if c.Tag != nil || len(c.Exprs) != 1 {
			continue
		}
		b, ok := ast.Unparen(c.Exprs[0]).(*ast.BinaryExpr)
		if !ok {
			continue
		}
		// x != "", "" != x, len(x) > 0, len(x) != 0, and their negations
		// past an else.
		for _, pair := range [][2]ast.Expr{{b.X, b.Y}, {b.Y, b.X}} {
			x, isLen := ast.Unparen(pair[0]), false
			if call, ok := x.(*ast.CallExpr); ok && typesutil.IsBuiltinCall(ch.pass.TypesInfo, call, "len") && len(call.Args) == 1 {
				x, isLen = call.Args[0], true
			}
			tv := ch.pass.TypesInfo.Types[pair[1]]
			if types.ExprString(x) != want || tv.Value == nil {
				continue
			}
			empty := tv.Value.String() == `""` || isLen && tv.Value.ExactString() == "0"
			if !empty {
				continue
			}
			op := b.Op
			if pair[0] == b.Y { // C op x: the same test read the other way
				switch op {
				case token.LSS:
					op = token.GTR
				case token.GTR:
					op = token.LSS
				}
			}
			nonEmpty := op == token.NEQ || isLen && op == token.GTR
			if (nonEmpty && c.Holds) || (op == token.EQL && !c.Holds) {
				return true
			}
		}
	}
	return false
}

// runtimeValue reports whether x is read at run time from a setting: a
// field or a variable (not a constant, not a call of the program's).
func (ch *checker) runtimeValue(x ast.Expr) bool {
	switch x := ast.Unparen(x).(type) {
	case *ast.SelectorExpr:
		sel, ok := ch.pass.TypesInfo.Selections[x]
		return ok && sel.Kind() == types.FieldVal
	case *ast.Ident:
		_, ok := ch.pass.TypesInfo.Uses[x].(*types.Var)
		return ok
	}
	return false
}

// handlesOne reports whether the function that builds ct tests the
// address count of its list and rewrites the list there (if
// len(endpoints) == 1 { …resolve the configuration endpoint… endpoints =
// nodes }): the program knows what one address does.
func (ch *checker) handlesOne(ct *construction) bool {
	if ct.Addr == nil {
		return false
	}
	lists := ch.cf.Lists(ct.Addr)
	var body *ast.BlockStmt
	for i := len(ct.stack) - 1; i >= 0 && body == nil; i-- {
		switch f := ct.stack[i].(type) {
		case *ast.FuncDecl:
			body = f.Body
		case *ast.FuncLit:
			body = f.Body
		}
	}
	if body == nil || len(lists) == 0 {
		return false
	}
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		ifs, ok := n.(*ast.IfStmt)
		if !ok || found || n.Pos() >= ct.Node.Pos() {
			return !found
		}
		// len(list) compared with 1 or 2: the one-address case (not the
		// empty list's default, len(list) == 0).
		counts := false
		ast.Inspect(ifs.Cond, func(m ast.Node) bool {
			b, ok := m.(*ast.BinaryExpr)
			if !ok {
				return !counts
			}
			for _, pair := range [][2]ast.Expr{{b.X, b.Y}, {b.Y, b.X}} {
				// The count itself, or a variable that holds it (n := len(l)).
				call, ok := ast.Unparen(ch.flow.SingleValue(pair[0])).(*ast.CallExpr)
				tv := ch.pass.TypesInfo.Types[pair[1]]
				if !ok || !typesutil.IsBuiltinCall(ch.pass.TypesInfo, call, "len") || len(call.Args) != 1 || tv.Value == nil {
					continue
				}
				if n := tv.Value.ExactString(); n != "1" && n != "2" {
					continue
				}
				for o := range ch.cf.Lists(call.Args[0]) {
					counts = counts || lists[o]
				}
			}
			return !counts
		})
		if !counts {
			return true
		}
		ast.Inspect(ifs.Body, func(m ast.Node) bool {
			if a, ok := m.(*ast.AssignStmt); ok {
				for _, lhs := range a.Lhs {
					if o := ch.flow.ObjectOf(lhs); o != nil && lists[o] {
						found = true
					}
				}
			}
			return !found
		})
		return !found
	})
	return found
}

// modeArm reports whether ct sits in one arm of a branch whose other arm
// builds a cluster client (if cfg.ClusterMode { NewClusterClient } else {
// NewUniversalClient(opts) }): the program offers an explicit cluster
// mode, and ct is its other mode. (A branch on the address count is a
// count switch, which checkCount reports before this is asked.)
func (ch *checker) modeArm(ct *construction) bool {
	for _, o := range ch.ctors {
		if o == ct || o.topo != model.TopoCluster {
			continue
		}
		if ch.cf.Exclusive(ct.Node, o.Node) {
			return true
		}
	}
	return false
}

// checkUniversal reports, hedged, a NewUniversalClient of a run-time
// address list when the program shows that the endpoint is a cluster: the
// list's name (or constant host) says cluster, the list or its setting is
// given to a cluster client elsewhere, or the client is sent CLUSTER
// commands or asked for cluster_enabled: with one address — what a
// configuration endpoint gives — it builds a single-node client, and the
// program gets MOVED. Without such evidence it is not reported: passing
// the list is how go-redis lets its caller pick the mode.
func (ch *checker) checkUniversal(ct *construction, cmdSites []cmdSite) {
	if ch.probeThenDecide(ct, cmdSites) || ch.modeArm(ct) || ch.handlesOne(ct) {
		return
	}
	// The list's own name first: it is what the reader sees on the line.
	var ev []evidence
	for _, e := range ch.addrEvidence(ct.addr) {
		if e.cat == CatName || e.cat == CatHost {
			e.text = strings.Replace(e.text, "the address comes from", "the list comes from", 1)
			ev = append(ev, e)
		}
	}
	sort.SliceStable(ev, func(i, j int) bool { return ev[i].rank < ev[j].rank })
	other := append(ch.commandEvidence(ct, cmdSites), ch.sharedEvidence(ct)...)
	sort.SliceStable(other, func(i, j int) bool { return other[i].rank < other[j].rank })
	ev = append(ev, other...)
	fix := "set IsClusterMode: true"
	if !ch.hasClusterMode(ct) {
		fix = "use NewClusterClient (IsClusterMode needs go-redis v9.8.0+)"
	}
	if len(ev) == 0 {
		if ch.cfg.universal {
			how := "set IsClusterMode from the program's cluster setting"
			if !ch.hasClusterMode(ct) {
				how = "use NewClusterClient when the program's setting says cluster (IsClusterMode needs go-redis v9.8.0+)"
			}
			ch.pass.Report(analysis.Diagnostic{
				Pos:      ct.Addr.Pos(),
				End:      ct.Addr.End(),
				Category: CatRuntime,
				URL:      analysisutil.DocURL("standaloneclient"),
				Message: fmt.Sprintf("%s builds a single-node client when the address list holds one address, as a cluster's configuration endpoint gives, and every key of another node then answers MOVED: if this endpoint may be a cluster, %s",
					ct.Name(), how),
			})
		}
		return
	}
	best := ev[0]
	d := analysis.Diagnostic{
		Pos:      ct.Addr.Pos(),
		End:      ct.Addr.End(),
		Category: best.cat,
		URL:      analysisutil.DocURL("standaloneclient"),
		Message: fmt.Sprintf("%s builds a single-node client when the address list holds one address (as a configuration endpoint does), but %s: %s",
			ct.Name(), best.text, fix),
	}
	for _, e := range ev {
		if e.pos.IsValid() {
			d.Related = append(d.Related, analysis.RelatedInformation{Pos: e.pos, End: e.end, Message: e.text})
		}
	}
	if best.sure && ch.hasClusterMode(ct) {
		if kv := ct.Field(ct.C.AddrField); kv != nil && inLiteral(ct.Opts, kv) {
			d.SuggestedFixes = []analysis.SuggestedFix{{Message: "Set IsClusterMode",
				TextEdits: []analysis.TextEdit{{Pos: kv.End(), End: kv.End(), NewText: []byte(", IsClusterMode: true")}}}}
		}
	}
	ch.pass.Report(d)
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
	if ch.probeThenDecide(ct, cmdSites) {
		return
	}
	var ev []evidence
	if ct.addr != nil {
		ev = append(ev, ch.sharedEvidence(ct)...)
	}
	if !ch.isModeNode(ct) {
		// A node's connection kept beside the cluster client of the
		// program's cluster mode is sent CLUSTER INFO and read for
		// cluster_enabled on purpose: its key commands are what matters
		// (nodekeys.go).
		ev = append(ev, ch.commandEvidence(ct, cmdSites)...)
	}
	if ct.addr != nil {
		ev = append(ev, ch.addrEvidence(ct.addr)...)
	}
	if len(ev) == 0 {
		if ch.cfg.endpoints {
			ch.checkEndpoint(ct)
		}
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
		URL:      analysisutil.DocURL("standaloneclient"),
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
		if ch.hasClusterMode(ct) {
			return "set IsClusterMode, or list the seeds"
		}
		return "list the seeds (IsClusterMode needs go-redis " + model.FeatureIsClusterMode.Since() + "+)"
	case model.TopoAuto:
		return ct.C.Lib.Info().ClusterFix
	}
	return ct.C.Lib.Info().ClusterFix
}
