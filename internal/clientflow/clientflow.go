package clientflow

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"net"
	"reflect"
	"strings"
	"sync"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/redislint/redislint/internal/analysisutil"
	"github.com/redislint/redislint/internal/keyexpr"
	"github.com/redislint/redislint/internal/model"
)

// Kind is a set of ways a client can be built.
type Kind uint8

const (
	// Single: one node (go-redis NewClient, NewUniversalClient with one
	// address, a redigo connection, rueidis with ForceSingleClient, the
	// *redis.Client that ForEachMaster hands its function).
	Single Kind = 1 << iota
	// Cluster: a cluster client, which routes keys by slot over the masters.
	Cluster
	// FailoverCluster: go-redis NewFailoverClusterClient, a *ClusterClient
	// whose every slot maps to the one master a Sentinel names. The server
	// never answers CROSSSLOT or MOVED, but the ClusterClient's own
	// client-side checks (cross-slot Watch, TxPipeline from v9.11) run.
	FailoverCluster
	// Failover: a Sentinel-backed client of one master.
	Failover
	// Ring: a go-redis Ring, which shards keys over its own shards.
	Ring
	// Unknown: the package does not show how it is built (a parameter of
	// interface type, a field set elsewhere).
	Unknown
)

func (k Kind) String() string {
	var parts []string
	for _, x := range []struct {
		k    Kind
		name string
	}{{Single, "single"}, {Cluster, "cluster"}, {FailoverCluster, "failover-cluster"}, {Failover, "failover"}, {Ring, "ring"}, {Unknown, "unknown"}} {
		if k&x.k != 0 {
			parts = append(parts, x.name)
		}
	}
	if len(parts) == 0 {
		return "none"
	}
	return strings.Join(parts, "|")
}

// oneNode are the kinds that send every command to one server.
const oneNode = Single | Failover

// Way is one way a client can be built, with the evidence.
type Way struct {
	// Kind is what this way builds: one kind, or Cluster|Single for a
	// constructor that picks at run time (NewUniversalClient with an
	// address list read at run time, rueidis NewClient of unknown address
	// count, a function of another package whose fact says so).
	Kind Kind
	// Origin is the expression that made the client: a construction, a
	// call of a function of another package, or an expression whose static
	// type is all there is to know.
	Origin ast.Expr
	// Construction is set when Origin is a construction the tables know.
	Construction *model.Construction
	// Fact is set when Origin is a call of a function of another package
	// that returns a client of known kinds.
	Fact *ReturnsFact
}

// Client is what the layer knows about one client expression.
type Client struct {
	Expr ast.Expr
	Ways []Way
	// Complete is false when some store could not be followed.
	Complete bool
	// Guard is set when the expression sits where the program has just
	// checked, on this very client, that it is not a *redis.ClusterClient
	// (a type assertion or a type switch): the type guard.
	Guard ast.Node
}

// Kinds returns the union of the kinds of every way, with Unknown when the
// flow is incomplete.
func (c *Client) Kinds() Kind {
	var k Kind
	for _, w := range c.Ways {
		k |= w.Kind
	}
	if !c.Complete || len(c.Ways) == 0 {
		k |= Unknown
	}
	if c.Guard != nil {
		k &^= Cluster | FailoverCluster
		if k == 0 {
			k = Single
		}
	}
	return k
}

// Is reports whether every way builds a client of kind k (a subset).
func (c *Client) Is(k Kind) bool {
	got := c.Kinds()
	return got != 0 && got&^k == 0
}

// IsCluster: every way builds a cluster client.
func (c *Client) IsCluster() bool { return c.Guard == nil && c.Is(Cluster) }

// IsOneNode: every way builds a client of one server, or a type guard
// says it is not a cluster client.
func (c *Client) IsOneNode() bool { return c.Guard != nil || c.Is(oneNode) }

// MayBeCluster: some way builds a cluster client, or the client is of
// unknown origin; and no way says it is certainly not one.
func (c *Client) MayBeCluster() bool {
	if c.Guard != nil {
		return false
	}
	return c.Kinds()&(Cluster|Unknown) != 0
}

// First returns the first way whose kind meets k.
func (c *Client) First(k Kind) (Way, bool) {
	for _, w := range c.Ways {
		if w.Kind&k != 0 {
			return w, true
		}
	}
	return Way{}, false
}

// Picked returns the first way built by a constructor that picks the kind
// at run time.
func (c *Client) Picked() (Way, bool) {
	for _, w := range c.Ways {
		if w.Kind&Cluster != 0 && w.Kind&oneNode != 0 {
			return w, true
		}
	}
	return Way{}, false
}

// ReturnsFact is an object fact on a function whose result is a client
// handle: the kinds of client it returns, so that a package calling it
// knows what it holds.
type ReturnsFact struct {
	Kinds Kind
	// Ctor is the construction it returns first, as diagnostics show it,
	// and Where its position (file:line).
	Ctor  string
	Where string
}

func (*ReturnsFact) AFact() {}

func (f *ReturnsFact) String() string { return "returns " + f.Kinds.String() + " client" }

// Result is what the analyzer computes for a package.
type Result struct {
	// Flow is the package's value-flow index.
	Flow *Flow
	pass *analysis.Pass
	info *types.Info
	// mu guards memo and cursors: the analyzers that require the result
	// run concurrently on the package.
	mu   sync.Mutex
	memo map[ast.Expr]*Client
	// ins is the inspector of the package's files (nil for a package
	// that cannot hold a client), whose cursors give the parents of a
	// node; cursors memoizes the nodes looked up.
	ins     *inspector.Inspector
	cursors map[ast.Node]inspector.Cursor
	// callers are the calls of each function of the package (the functions
	// used other than by calling them are the Flow's escaped).
	callers map[*types.Func][]*ast.CallExpr
	// facts are the ReturnsFacts of the functions of other packages the
	// package calls, imported while the pass runs.
	facts map[*types.Func]*ReturnsFact
	// okAssigns memoizes okAssign by variable (nil: none).
	okAssigns map[*types.Var]*ast.AssignStmt
	// builds memoizes the BuildsFacts of functions of other packages
	// (builds.go), guarded by mu.
	builds map[*types.Func][]ParamBuild
	// keys reads the writes of the locals that state guards rest on
	// (stateguard.go), made when one is first needed.
	keys *keyexpr.Evaluator
}

// Analyzer computes the Result of a package.
var Analyzer = &analysis.Analyzer{
	Name:       "redisclientflow",
	Doc:        "finds how each Redis client handle is built: cluster, single node, failover, ring (shared by redislint's analyzers)",
	Run:        run,
	Requires:   []*analysis.Analyzer{analysisutil.Inspect},
	ResultType: reflect.TypeFor[*Result](),
	FactTypes:  []analysis.Fact{new(ReturnsFact), new(BuildsFact)},
}

func run(pass *analysis.Pass) (any, error) {
	if !analysisutil.Relevant(pass) {
		// No client can flow here (the standard library, most
		// dependencies): an empty index, at no cost.
		return newResult(pass), nil
	}
	r := New(pass)
	if pass.ExportObjectFact != nil {
		r.exportFacts()
		r.exportBuilds()
	}
	return r, nil
}

// New computes the result of pass without exporting facts (tests and
// callers outside a pass graph).
func New(pass *analysis.Pass) *Result {
	r := newResult(pass)
	if _, ok := pass.ResultOf[analysisutil.Inspect]; ok {
		r.ins = analysisutil.Inspector(pass)
	} else {
		r.ins = inspector.New(pass.Files)
	}
	r.index()
	return r
}

func newResult(pass *analysis.Pass) *Result {
	return &Result{
		Flow:    newFlow(pass.TypesInfo),
		pass:    pass,
		info:    pass.TypesInfo,
		memo:    map[ast.Expr]*Client{},
		cursors: map[ast.Node]inspector.Cursor{},
		callers: map[*types.Func][]*ast.CallExpr{},
		facts:   map[*types.Func]*ReturnsFact{},
	}
}

// index walks the package's files once, in preorder: the value flow
// (Flow.visit), the calls of the package's functions and the facts of the
// functions of other packages it calls.
func (r *Result) index() {
	pass := r.pass
	r.ins.WithStack(flowTypes, func(n ast.Node, push bool, stack []ast.Node) bool {
		if !push {
			return true
		}
		fn := r.Flow.visit(n, stack)
		if fn == nil {
			return true
		}
		call := n.(*ast.CallExpr)
		if fn.Pkg() == pass.Pkg {
			r.callers[fn.Origin()] = append(r.callers[fn.Origin()], call)
		} else if fn.Pkg() != nil && pass.ImportObjectFact != nil {
			if _, seen := r.facts[fn.Origin()]; !seen {
				var f ReturnsFact
				if pass.ImportObjectFact(fn.Origin(), &f) {
					r.facts[fn.Origin()] = &f
				} else {
					r.facts[fn.Origin()] = nil
				}
			}
		}
		return true
	})
	r.Flow.finish()
}

// Of returns what the package shows about how the client handle e is built.
// Analyzers of one package call it concurrently.
func (r *Result) Of(e ast.Expr) *Client {
	r.mu.Lock()
	c, ok := r.memo[e]
	r.mu.Unlock()
	if ok {
		return c
	}
	c = r.of(e)
	r.mu.Lock()
	defer r.mu.Unlock()
	if first, ok := r.memo[e]; ok {
		return first // computed meanwhile by another analyzer: one *Client per expression
	}
	r.memo[e] = c
	return c
}

func (r *Result) of(e ast.Expr) *Client {
	c := &Client{Expr: e}
	origins, complete := r.Flow.Origins(e)
	c.Complete = complete
	for _, o := range origins {
		c.Ways = append(c.Ways, r.way(o))
	}
	if model.IsClusterType(r.info.TypeOf(e)) {
		// Its static type says cluster: only a failover cluster client is
		// anything else.
		if !(c.Complete && len(c.Ways) > 0 && c.Is(FailoverCluster)) {
			c.Ways = []Way{{Kind: Cluster, Origin: e}}
			if w, ok := r.firstConstruction(origins, Cluster); ok {
				c.Ways[0] = w
			}
			c.Complete = true
		}
		return c
	}
	c.Guard = r.guard(e)
	if c.Guard == nil {
		c.Guard = r.stateGuard(e)
	}
	return c
}

func (r *Result) firstConstruction(origins []ast.Expr, k Kind) (Way, bool) {
	for _, o := range origins {
		if w := r.way(o); w.Kind == k && w.Construction != nil {
			return w, true
		}
	}
	return Way{}, false
}

// way reads one origin.
func (r *Result) way(o ast.Expr) Way {
	info := r.info
	w := Way{Origin: o}
	if k := r.ConstructionOf(o); k != nil {
		w.Construction = k
		w.Kind = kindOf(k.C.Topo, r.Topology(k))
		return w
	}
	if call, ok := ast.Unparen(o).(*ast.CallExpr); ok {
		if fn, ok := typeutil.Callee(info, call).(*types.Func); ok {
			if model.IsPerNodeMethod(fn) {
				w.Kind = Single
				return w
			}
			if f := r.facts[fn.Origin()]; f != nil {
				w.Kind, w.Fact = f.Kinds, f
				return w
			}
		}
	}
	w.Kind = typeKind(info.TypeOf(o))
	return w
}

// kindOf maps what a construction builds to a Kind.
func kindOf(ctor, topo model.Topology) Kind {
	switch topo {
	case model.TopoStandalone:
		return Single
	case model.TopoCluster:
		return Cluster
	case model.TopoSentinel:
		return Failover
	case model.TopoSentinelCluster:
		return FailoverCluster
	case model.TopoAuto:
		return Cluster | Single
	case model.TopoUnknown:
		if ctor == model.TopoUniversal || ctor == model.TopoAuto {
			// NewUniversalClient with an address list read at run time:
			// one address gives a *Client, two or more a *ClusterClient.
			return Cluster | Single
		}
	}
	return Unknown
}

// typeKind is what a value's static type says.
func typeKind(t types.Type) Kind {
	if t == nil {
		return Unknown
	}
	if model.IsClusterType(t) {
		return Cluster
	}
	switch rk, _ := model.GoRedisReceiver(t); rk {
	case model.RecvStandalone:
		return Single
	case model.RecvCluster:
		return Cluster
	case model.RecvRing:
		return Ring
	}
	if kc, ok := model.KeyClientOf(t); ok {
		switch kc.Mode {
		case model.ModeCluster:
			return Cluster
		case model.ModeStandalone:
			return Single
		}
	}
	return Unknown
}

// IsClientType reports whether t is a client handle of a library the
// tables know.
func IsClientType(t types.Type) bool {
	if t == nil {
		return false
	}
	if model.IsClusterType(t) {
		return true
	}
	if rk, _ := model.GoRedisReceiver(t); rk != model.RecvNone {
		return true
	}
	_, ok := model.KeyClientOf(t)
	return ok
}

// exportFacts exports a ReturnsFact for each exported function of the
// package that returns a client handle whose every way is known.
func (r *Result) exportFacts() {
	for _, f := range r.pass.Files {
		for _, decl := range f.Decls {
			fd, ok := decl.(*ast.FuncDecl)
			if !ok || fd.Body == nil || !fd.Name.IsExported() {
				continue
			}
			fn, ok := r.info.Defs[fd.Name].(*types.Func)
			if !ok {
				continue
			}
			sig := fn.Type().(*types.Signature)
			if sig.Results().Len() == 0 || !IsClientType(sig.Results().At(0).Type()) {
				continue
			}
			rets := r.Flow.Returns(fn)
			if len(rets) == 0 {
				continue
			}
			fact := &ReturnsFact{}
			ok = true
			for _, ret := range rets {
				if ret == nil {
					ok = false
					break
				}
				if tv, isNil := r.info.Types[ret]; isNil && tv.IsNil() {
					continue // return nil, err
				}
				c := r.Of(ret)
				k := c.Kinds()
				if k&Unknown != 0 {
					ok = false
					break
				}
				fact.Kinds |= k
				if fact.Ctor == "" {
					for _, w := range c.Ways {
						if w.Construction != nil {
							p := r.pass.Fset.Position(w.Origin.Pos())
							fact.Ctor = w.Construction.Name()
							fact.Where = fmt.Sprintf("%s:%d", shortFile(p.Filename), p.Line)
							break
						}
					}
				}
			}
			if ok && fact.Kinds != 0 {
				r.pass.ExportObjectFact(fn, fact)
			}
		}
	}
}

func shortFile(name string) string {
	if i := strings.LastIndexAny(name, `/\`); i >= 0 {
		return name[i+1:]
	}
	return name
}

// ---------------------------------------------------------------------------
// Branches.

// Stack returns the nodes enclosing n, outermost (the file) first, n last.
func (r *Result) Stack(n ast.Node) []ast.Node {
	c, ok := r.cursor(n)
	if !ok {
		return []ast.Node{n}
	}
	var rev []ast.Node
	for x := c; x.Node() != nil; x = x.Parent() {
		rev = append(rev, x.Node())
	}
	out := make([]ast.Node, len(rev))
	for i, x := range rev {
		out[len(rev)-1-i] = x
	}
	return out
}

// Parent returns the node that holds n.
func (r *Result) Parent(n ast.Node) ast.Node {
	c, ok := r.cursor(n)
	if !ok {
		return nil
	}
	return c.Parent().Node()
}

// cursor returns the cursor of n, a node of the package's files.
func (r *Result) cursor(n ast.Node) (inspector.Cursor, bool) {
	if r.ins == nil || n == nil {
		return inspector.Cursor{}, false
	}
	r.mu.Lock()
	c, ok := r.cursors[n]
	r.mu.Unlock()
	if ok {
		return c, true
	}
	c, ok = r.findCursor(n)
	if ok {
		r.mu.Lock()
		r.cursors[n] = c
		r.mu.Unlock()
	}
	return c, ok
}

func (r *Result) findCursor(n ast.Node) (inspector.Cursor, bool) {
	root := r.ins.Root()
	if n.Pos().IsValid() && n.End() >= n.Pos() {
		// The innermost node over n's extent is n or a node below it
		// with the same extent (the call of an expression statement).
		if c, ok := root.FindByPos(n.Pos(), n.End()); ok {
			for x := c; x.Node() != nil; x = x.Parent() {
				if x.Node() == n {
					return x, true
				}
			}
		}
	}
	return root.FindNode(n)
}

// Exclusive reports whether at most one of the nodes a and b runs: they sit
// in the two arms of an if, two clauses of a switch or select, or after an
// if whose body returns and in that body; or in functions of the package
// that are only called from such places (a mode switch split across
// functions: node() and cluster() picked by if cfg.IsCluster).
//
// Across functions, the two are followed up their call chains (calls of
// the enclosing function in the package, up to four levels): every pair of
// chains that meets in one function must meet in exclusive places, and at
// least one pair must meet. Chains that never meet (two entry points of a
// library) say nothing either way.
func (r *Result) Exclusive(a, b ast.Node) bool {
	met := false
	for _, ca := range r.chains(a, 0) {
		for _, cb := range r.chains(b, 0) {
			x, y, ok := r.meet(ca, cb)
			if !ok {
				continue
			}
			met = true
			if !exclusiveStacks(r.Stack(x), r.Stack(y)) {
				return false
			}
		}
	}
	return met
}

// chains returns the call chains of n: n, a call of the function that
// holds n, a call of the function that holds that call, and so on.
func (r *Result) chains(n ast.Node, depth int) [][]ast.Node {
	fd := r.funcDecl(r.Stack(n))
	var fn *types.Func
	if fd != nil {
		fn, _ = r.info.Defs[fd.Name].(*types.Func)
	}
	if fn == nil || depth >= 4 || r.Flow.escaped[fn] || len(r.callers[fn]) == 0 {
		return [][]ast.Node{{n}}
	}
	var out [][]ast.Node
	for _, c := range r.callers[fn] {
		for _, up := range r.chains(c, depth+1) {
			out = append(out, append([]ast.Node{n}, up...))
		}
		if len(out) > 64 {
			break
		}
	}
	return out
}

// meet returns the first nodes of two chains that sit in one function.
func (r *Result) meet(ca, cb []ast.Node) (ast.Node, ast.Node, bool) {
	for _, x := range ca {
		fx := r.funcDecl(r.Stack(x))
		for _, y := range cb {
			if fx != nil && fx == r.funcDecl(r.Stack(y)) {
				return x, y, true
			}
		}
	}
	return nil, nil, false
}

func (r *Result) funcDecl(stack []ast.Node) *ast.FuncDecl {
	for _, n := range stack {
		if fd, ok := n.(*ast.FuncDecl); ok {
			return fd
		}
	}
	return nil
}

// exclusiveStacks decides Exclusive for two nodes of one function.
func exclusiveStacks(a, b []ast.Node) bool {
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
		return armReturns(first, i)
	}
	return false
}

// armReturns reports whether stack[j] is an if statement and the arm of
// its chain (if, else if, …, else) that holds stack's last node ends in a
// return: what follows the statement is exclusive with that node.
func armReturns(stack []ast.Node, j int) bool {
	ifs, ok := stack[j].(*ast.IfStmt)
	if !ok || j+1 >= len(stack) {
		return false
	}
	switch arm := stack[j+1]; {
	case arm == ifs.Body:
		return returns(ifs.Body)
	case arm == ifs.Else:
		if b, ok := arm.(*ast.BlockStmt); ok {
			return returns(b)
		}
		return armReturns(stack, j+1)
	}
	return false
}

// returningIfs returns the if statements without else, before child in
// block, whose body returns: past one, its condition is false.
func returningIfs(block *ast.BlockStmt, child ast.Node) []*ast.IfStmt {
	var out []*ast.IfStmt
	for _, s := range block.List {
		if s.Pos() >= child.Pos() {
			break
		}
		if ifs, ok := s.(*ast.IfStmt); ok && ifs.Else == nil && returns(ifs.Body) {
			out = append(out, ifs)
		}
	}
	return out
}

func returns(b *ast.BlockStmt) bool {
	if n := len(b.List); n > 0 {
		_, ret := b.List[n-1].(*ast.ReturnStmt)
		return ret
	}
	return false
}

// guard returns the type assertion or type switch that shows, on the way
// to e, that the client e denotes is not a cluster client:
//
//	if _, ok := c.rdb.(*redis.ClusterClient); ok { … } else { c.rdb.MGet(…) }
//	if _, ok := c.rdb.(*redis.ClusterClient); ok { …; return }; c.rdb.MGet(…)
//	switch v := c.rdb.(type) { case *redis.ClusterClient: …; default: v.MGet(…) }
func (r *Result) guard(e ast.Expr) ast.Node {
	stack := r.Stack(e)
	for i := len(stack) - 2; i >= 0; i-- {
		switch n := stack[i].(type) {
		case *ast.FuncDecl, *ast.FuncLit:
			return nil
		case *ast.IfStmt:
			x, positive := r.clusterAssert(n)
			if x == nil || !r.sameRef(x, e) {
				continue
			}
			if (positive && stack[i+1] == n.Else) || (!positive && stack[i+1] == n.Body) {
				return n
			}
		case *ast.BlockStmt:
			// An earlier if on the client whose cluster arm returns.
			for _, ifs := range returningIfs(n, stack[i+1]) {
				if x, positive := r.clusterAssert(ifs); x != nil && positive && r.sameRef(x, e) {
					return ifs
				}
			}
		case *ast.CaseClause:
			if i < 2 {
				continue
			}
			ts, ok := stack[i-2].(*ast.TypeSwitchStmt)
			if !ok {
				continue
			}
			x := typeSwitchOperand(ts)
			if x == nil {
				continue
			}
			if !r.sameRef(x, e) {
				// The clause's own variable: switch v := x.(type).
				id, ok := ast.Unparen(e).(*ast.Ident)
				if !ok || r.info.Uses[id] == nil || r.info.Implicits[n] != r.info.Uses[id] {
					continue
				}
			}
			if r.notClusterClause(ts, n) {
				return ts
			}
		}
	}
	return nil
}

// clusterAssert reads "if _, ok := x.(*redis.ClusterClient); ok" (positive)
// or "…; !ok" and returns x.
func (r *Result) clusterAssert(ifs *ast.IfStmt) (ast.Expr, bool) {
	as, ok := ifs.Init.(*ast.AssignStmt)
	if !ok {
		// _, isCluster := c.rdb.(*redis.ClusterClient) earlier, then
		// if isCluster { … }: the ok variable's one assignment.
		as, ok = r.okAssign(ifs.Cond)
	}
	if !ok || len(as.Lhs) != 2 || len(as.Rhs) != 1 {
		return nil, false
	}
	ta, ok := ast.Unparen(as.Rhs[0]).(*ast.TypeAssertExpr)
	if !ok || ta.Type == nil || !model.IsClusterType(r.info.TypeOf(ta.Type)) {
		return nil, false
	}
	okID, ok := as.Lhs[1].(*ast.Ident)
	if !ok {
		return nil, false
	}
	okObj := r.info.ObjectOf(okID)
	cond := ast.Unparen(ifs.Cond)
	positive := true
	if u, ok := cond.(*ast.UnaryExpr); ok && u.Op == token.NOT {
		cond, positive = ast.Unparen(u.X), false
	}
	if id, ok := cond.(*ast.Ident); !ok || okObj == nil || r.info.ObjectOf(id) != okObj {
		return nil, false
	}
	return ta.X, positive
}

// okAssign returns the one assignment of the variable cond (or !cond)
// names, when it is a comma-ok assignment (v, ok := x.(T)) and nothing
// else assigns it.
func (r *Result) okAssign(cond ast.Expr) (*ast.AssignStmt, bool) {
	cond = ast.Unparen(cond)
	if u, ok := cond.(*ast.UnaryExpr); ok && u.Op == token.NOT {
		cond = ast.Unparen(u.X)
	}
	id, ok := cond.(*ast.Ident)
	if !ok {
		return nil, false
	}
	v, ok := r.info.Uses[id].(*types.Var)
	if !ok || v.Pkg() == nil || v.Parent() == nil || v.Parent() == v.Pkg().Scope() {
		return nil, false
	}
	if a, ok := r.okAssigns[v]; ok {
		return a, a != nil
	}
	a := r.findOKAssign(v)
	if r.okAssigns == nil {
		r.okAssigns = map[*types.Var]*ast.AssignStmt{}
	}
	r.okAssigns[v] = a
	return a, a != nil
}

// findOKAssign looks for okAssign's assignment of the local v, in the
// part of its file that its scope covers.
func (r *Result) findOKAssign(v *types.Var) *ast.AssignStmt {
	var found *ast.AssignStmt
	n := 0
	scope := v.Parent()
	for _, f := range r.pass.Files {
		if f.Pos() > v.Pos() || v.Pos() >= f.End() {
			continue
		}
		ast.Inspect(f, func(nd ast.Node) bool {
			if nd == nil || nd.End() < scope.Pos() || nd.Pos() > scope.End() {
				return false
			}
			switch a := nd.(type) {
			case *ast.AssignStmt:
				for _, lhs := range a.Lhs {
					if l, ok := ast.Unparen(lhs).(*ast.Ident); ok && r.info.ObjectOf(l) == v {
						n++
						found = a
					}
				}
			case *ast.UnaryExpr:
				if l, ok := ast.Unparen(a.X).(*ast.Ident); ok && a.Op == token.AND && r.info.ObjectOf(l) == v {
					n += 2 // address taken
				}
			}
			return true
		})
	}
	if n != 1 || found.Tok != token.DEFINE || len(found.Lhs) != 2 {
		return nil
	}
	return found
}

func typeSwitchOperand(ts *ast.TypeSwitchStmt) ast.Expr {
	var x ast.Expr
	switch a := ts.Assign.(type) {
	case *ast.ExprStmt:
		x = a.X
	case *ast.AssignStmt:
		if len(a.Rhs) == 1 {
			x = a.Rhs[0]
		}
	}
	if ta, ok := ast.Unparen(x).(*ast.TypeAssertExpr); ok {
		return ta.X
	}
	return nil
}

// notClusterClause reports whether clause cc of ts cannot hold a cluster
// client: an earlier clause (or any, for default) lists a cluster type and
// cc lists none.
func (r *Result) notClusterClause(ts *ast.TypeSwitchStmt, cc *ast.CaseClause) bool {
	lists := func(c *ast.CaseClause) bool {
		for _, t := range c.List {
			if model.IsClusterType(r.info.TypeOf(t)) {
				return true
			}
		}
		return false
	}
	if lists(cc) {
		return false
	}
	for _, s := range ts.Body.List {
		c := s.(*ast.CaseClause)
		if c == cc {
			if cc.List != nil {
				return false
			}
			continue
		}
		if lists(c) && (cc.List == nil || c.Pos() < cc.Pos()) {
			return true
		}
	}
	return false
}

// sameRef reports whether a and b denote the same variable or field path
// (x, s.rdb, s.cfg.rdb): the same objects, never the same spelling.
func (r *Result) sameRef(a, b ast.Expr) bool {
	a, b = ast.Unparen(a), ast.Unparen(b)
	switch x := a.(type) {
	case *ast.Ident:
		y, ok := b.(*ast.Ident)
		return ok && r.info.ObjectOf(x) != nil && r.info.ObjectOf(x) == r.info.ObjectOf(y)
	case *ast.SelectorExpr:
		y, ok := b.(*ast.SelectorExpr)
		return ok && r.info.ObjectOf(x.Sel) != nil && r.info.ObjectOf(x.Sel) == r.info.ObjectOf(y.Sel) && r.sameRef(x.X, y.X)
	}
	return false
}

// Topology is what construction k builds, with its address count read
// through the package's values (a literal list, directly or through a
// variable stored once).
//
// A client that picks its kind itself (rueidis, valkey-go) built in a
// _test.go file from one constant loopback address is a single node: a
// test's local Redis, not a cluster.
func (r *Result) Topology(k *model.Construction) model.Topology {
	t := k.Topology(r.info, r.Seeds(k))
	if t == model.TopoAuto && r.loopbackTest(k) {
		return model.TopoStandalone
	}
	return t
}

// loopbackTest reports whether k is in a _test.go file and its address
// list is one constant loopback address.
func (r *Result) loopbackTest(k *model.Construction) bool {
	f := r.pass.Fset.File(k.Node.Pos())
	if f == nil || !strings.HasSuffix(f.Name(), "_test.go") || k.Addr == nil || k.C.Form != model.AddrList {
		return false
	}
	elems, ok := r.Flow.ListElems(k.Addr)
	if !ok || len(elems) != 1 {
		return false
	}
	tv := r.info.Types[elems[0]]
	if tv.Value == nil || tv.Value.Kind() != constant.String {
		return false
	}
	host, _, err := net.SplitHostPort(constant.StringVal(tv.Value))
	if err != nil {
		return false
	}
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// Seeds is the number of addresses of k's address list, -1 when it is
// built at run time or k takes no list.
func (r *Result) Seeds(k *model.Construction) int {
	if k.Addr != nil && k.C.Form == model.AddrList {
		if elems, ok := r.Flow.ListElems(k.Addr); ok {
			return len(elems)
		}
	}
	return -1
}

// ConstructionOf is model.ConstructionOf with the options read through a
// variable that holds one literal (opts := &redis.UniversalOptions{…};
// redis.NewUniversalClient(opts)): the analyzers that read a construction's
// options and address fields take it from here.
//
// Fields the program assigns to that variable (opts.Addrs = hosts,
// ropt.MasterName = cfg.MasterName), also after opts := new(T), are read
// as fields of the options (model.Construction.UseAssigned).
func (r *Result) ConstructionOf(e ast.Expr) *model.Construction {
	k := model.ConstructionOf(r.info, e)
	if k == nil || k.Opts != nil || k.OptsExpr == nil {
		return k
	}
	if r.useConverted(k) {
		return k
	}
	start := r.Flow.SingleValue(k.OptsExpr)
	if start == k.OptsExpr {
		return k // not a variable of one value
	}
	k.UseOptions(r.info, model.CompositeOf(start))
	if k.Opts == nil && !r.isNew(start) {
		return k
	}
	obj := r.Flow.ObjectOf(k.OptsExpr)
	if obj == nil {
		return k
	}
	var keys []*ast.Ident
	var vals []ast.Expr
	for _, f := range r.pass.Files {
		if f.Pos() > obj.Pos() || obj.Pos() >= f.End() {
			continue
		}
		ast.Inspect(f, func(n ast.Node) bool {
			a, ok := n.(*ast.AssignStmt)
			if !ok || len(a.Lhs) != len(a.Rhs) || a.Tok != token.ASSIGN {
				return true
			}
			for i, lhs := range a.Lhs {
				if sel, ok := ast.Unparen(lhs).(*ast.SelectorExpr); ok && r.Flow.ObjectOf(sel.X) == obj {
					keys, vals = append(keys, sel.Sel), append(vals, a.Rhs[i])
				}
			}
			return true
		})
	}
	k.UseAssigned(r.info, start, keys, vals)
	return k
}

// ConstructionsOf is ConstructionOf, and for options given through a
// variable assigned a literal in each arm of a branch (if sentinel { o =
// &UniversalOptions{…} } else if cluster { o = &UniversalOptions{…} } else
// { … }; NewUniversalClient(o)), one construction per literal: each arm is
// a configuration of its own.
func (r *Result) ConstructionsOf(e ast.Expr) []*model.Construction {
	k := r.ConstructionOf(e)
	if k == nil {
		return nil
	}
	if k.Opts != nil || k.OptsExpr == nil || k.Assigned {
		return []*model.Construction{k}
	}
	obj := r.Flow.ObjectOf(k.OptsExpr)
	if obj == nil {
		return []*model.Construction{k}
	}
	vals, complete := r.Flow.Stores(obj)
	if !complete || len(vals) < 2 {
		return []*model.Construction{k}
	}
	var out []*model.Construction
	for _, v := range vals {
		lit := model.CompositeOf(v)
		if lit == nil {
			return []*model.Construction{k}
		}
		alt := model.ConstructionOf(r.info, e)
		alt.UseOptions(r.info, lit)
		if alt.Opts == nil {
			return []*model.Construction{k}
		}
		out = append(out, alt)
	}
	return out
}

// isNew reports whether e is new(T).
func (r *Result) isNew(e ast.Expr) bool {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok || len(call.Args) != 1 {
		return false
	}
	id, ok := ast.Unparen(call.Fun).(*ast.Ident)
	if !ok {
		return false
	}
	b, ok := r.info.Uses[id].(*types.Builtin)
	return ok && b.Name() == "new"
}
