package clientflow

import (
	"fmt"
	"go/ast"
	"go/types"
	"reflect"
	"slices"
	"strings"
	"sync"

	"github.com/redislint/redislint/internal/astindex"
	"golang.org/x/tools/go/analysis"
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
	// Mock is set when Origin is a call of a client mock library
	// (model.IsClientMock): whatever its type, the client sends nothing
	// and answers every command itself, as one server (Kind Single).
	Mock bool
}

// Client is what the layer knows about one client expression.
type Client struct {
	Expr ast.Expr
	Ways []Way
	// Complete is false when some store could not be followed.
	Complete bool
	// Guard is set when the program shows that this client is not a
	// cluster client here: it has just checked, on this very client, that
	// it is not a *redis.ClusterClient (a type assertion or a type switch:
	// the type guard), or a mode recorded beside it says so (a state
	// guard), or it is a parameter that every call gives one node's client
	// (the guard or origin of one such argument; paramGuard).
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
	// Mock is set when every client it returns is a client mock's
	// (Way.Mock): one server whatever its static type, in every package.
	Mock bool
}

func (*ReturnsFact) AFact() {}

func (f *ReturnsFact) String() string {
	if f.Mock {
		return "returns " + f.Kinds.String() + " client (a client mock's)"
	}
	return "returns " + f.Kinds.String() + " client"
}

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
	// byVar memoizes, for a variable or field, the ways its uses are
	// built (the same at every use: what is stored into it), guarded by
	// mu. A client variable is used at hundreds of calls.
	byVar map[*types.Var]varWays
	// ins is the inspector of the package's files (nil for a package
	// that cannot hold a client), whose cursors give the parents of a
	// node; cursors memoizes the nodes looked up.
	ins     *astindex.Index
	cursors map[ast.Node]astindex.Cursor
	// callers are the calls of each function of the package (the functions
	// used other than by calling them are the Flow's escaped).
	callers map[*types.Func][]*ast.CallExpr
	// facts are the ReturnsFacts of the functions of other packages the
	// package calls, imported while the pass runs.
	facts map[*types.Func]*ReturnsFact
	// okAssigns memoizes okAssign by variable (nil: none), guarded by mu.
	okAssigns map[*types.Var]*ast.AssignStmt
	// builds memoizes the BuildsFacts of functions of other packages
	// (builds.go), guarded by mu.
	builds map[*types.Func][]ParamBuild
	// keys reads the writes of the locals that state guards rest on
	// (stateguard.go), made when one is first needed; keysMu guards it
	// (the analyzers of a package share the result).
	keys   *keyexpr.Evaluator
	keysMu sync.Mutex
	// inParam are the parameters paramGuard is reading, guarded by mu.
	inParam map[ast.Expr]bool
	// modeFields are the package's mode fields (modefield.go).
	modeFields map[*types.Var]*ModeFieldFact
	// lits memoizes structLits, guarded by mu.
	lits map[[2]*types.Var]structLits
	// ready: the index is complete (New has returned), and answers no
	// longer change: ConstructionOf may answer from cons, the
	// constructions read once (consList, in the order of the files).
	ready    bool
	consOnce sync.Once
	// found receives what findConstructions finds, when New started it.
	found    chan []Built
	cons     map[ast.Expr]*model.Construction
	consList []Built
}

// Analyzer computes the Result of a package.
var Analyzer = &analysis.Analyzer{
	Name:       "redisclientflow",
	Doc:        "finds how each Redis client handle is built: cluster, single node, failover, ring (shared by redislint's analyzers)",
	Run:        run,
	Requires:   []*analysis.Analyzer{analysisutil.Inspect},
	ResultType: reflect.TypeFor[*Result](),
	FactTypes:  []analysis.Fact{new(ReturnsFact), new(BuildsFact), new(ModeFieldFact)},
}

func run(pass *analysis.Pass) (any, error) {
	if !analysisutil.Relevant(pass) {
		// No client can flow here (the standard library, most
		// dependencies): an empty index, at no cost.
		return newResult(pass), nil
	}
	r := New(pass)
	r.findModeFields()
	if analysisutil.FactsRead(pass) {
		// Only importers read them.
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
		r.ins = astindex.New(pass.Files)
	}
	// The constructions need no value flow until their options are read:
	// find them beside the index.
	r.Flow.presize(r.ins)
	r.found = make(chan []Built, 1)
	go func() { r.found <- r.findConstructions() }()
	r.index()
	r.ready = true
	return r
}

func newResult(pass *analysis.Pass) *Result {
	return &Result{
		Flow:    newFlow(pass.TypesInfo),
		pass:    pass,
		info:    pass.TypesInfo,
		memo:    map[ast.Expr]*Client{},
		cursors: map[ast.Node]astindex.Cursor{},
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

// varWays are the origins of a variable's values and their ways.
type varWays struct {
	origins  []ast.Expr
	ways     []Way
	complete bool
}

// ways returns the origins of the client handle e and the way each is
// built: for a variable or field, once per object.
func (r *Result) ways(e ast.Expr) varWays {
	v, _ := r.Flow.ObjectOf(e).(*types.Var)
	if _, isSel := ast.Unparen(e).(*ast.SelectorExpr); isSel && v != nil && r.Flow.refinable(v) {
		v = nil // each use of the field may read another object's (objfields.go)
	}
	if v != nil {
		r.mu.Lock()
		w, ok := r.byVar[v]
		r.mu.Unlock()
		if ok {
			return w
		}
	}
	var w varWays
	w.origins, w.complete = r.Flow.Origins(e)
	// A nil (return nil, err on a path that failed first) is no client:
	// a command on it panics before it reaches any server, so only the
	// other origins say what a command is sent to.
	w.origins = slices.DeleteFunc(w.origins, func(o ast.Expr) bool {
		tv, ok := r.info.Types[ast.Unparen(o)]
		return ok && tv.IsNil()
	})
	for _, o := range w.origins {
		w.ways = append(w.ways, r.way(o))
	}
	// Shared by the Clients of every use: an append copies.
	w.origins, w.ways = slices.Clip(w.origins), slices.Clip(w.ways)
	if v != nil && !slices.Contains(w.origins, ast.Unparen(e)) {
		// (A variable with nothing stored is its own origin, at each use.)
		r.mu.Lock()
		if r.byVar == nil {
			r.byVar = map[*types.Var]varWays{}
		}
		r.byVar[v] = w
		r.mu.Unlock()
	}
	return w
}

func (r *Result) of(e ast.Expr) *Client {
	c := &Client{Expr: e}
	vw := r.ways(e)
	origins := vw.origins
	c.Complete, c.Ways = vw.complete, vw.ways
	if model.IsClusterType(r.info.TypeOf(e)) {
		// Its static type says cluster: only a failover cluster client,
		// or a client mock's, is anything else.
		if !(c.Complete && len(c.Ways) > 0 && (c.Is(FailoverCluster) || allMocks(c.Ways))) {
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
	if c.Guard == nil && !c.IsOneNode() {
		c.Guard = r.paramGuard(e)
	}
	return c
}

// paramGuard returns, for a parameter of an unexported function of the
// package that every call gives one node's client (the node client of a
// ForEachMaster callback, the other side of a *ClusterClient type
// assertion: scanNode(ctx, n) and scanNode(ctx, s.client)), the guard of
// one of those calls' arguments: what the calls pass is no cluster client.
func (r *Result) paramGuard(e ast.Expr) ast.Node {
	_, args, ok := r.Flow.ParamCalls(e)
	if !ok || len(args) == 0 {
		return nil
	}
	r.mu.Lock()
	if r.inParam == nil {
		r.inParam = map[ast.Expr]bool{}
	}
	busy := r.inParam[e]
	r.inParam[e] = true
	r.mu.Unlock()
	if busy {
		return nil // a recursive function: stop here
	}
	defer func() {
		r.mu.Lock()
		delete(r.inParam, e)
		r.mu.Unlock()
	}()
	var guard ast.Node
	for _, a := range args {
		ac := r.Of(a)
		if !ac.IsOneNode() || !ac.Complete && ac.Guard == nil {
			return nil
		}
		if guard == nil {
			guard = ac.Guard
			if guard == nil && len(ac.Ways) > 0 {
				guard = ac.Ways[0].Origin
			}
		}
	}
	return guard
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
	if call, ok := ast.Unparen(o).(*ast.CallExpr); ok {
		if fn, ok := typeutil.Callee(info, call).(*types.Func); ok && fn.Pkg() != nil && model.IsClientMock(fn.Pkg().Path()) {
			// A client mock's client (redismock's NewClusterMock, a
			// ClusterClient whose hook never sends) answers every
			// command itself: as one server, it neither refuses a
			// command of several slots nor moves a key.
			w.Kind, w.Mock = Single, true
			return w
		}
	}
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
				w.Kind, w.Fact, w.Mock = f.Kinds, f, f.Mock
				return w
			}
		}
	}
	w.Kind = typeKind(info.TypeOf(o))
	return w
}

// allMocks reports whether every way is a client mock's.
func allMocks(ways []Way) bool {
	for _, w := range ways {
		if !w.Mock {
			return false
		}
	}
	return true
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
	r.clientFuncs(func(fd *ast.FuncDecl, fn *types.Func, _ *types.Signature) {
		if !fd.Name.IsExported() {
			return
		}
		rets := r.Flow.Returns(fn)
		if len(rets) == 0 {
			return
		}
		fact := &ReturnsFact{Mock: true}
		for _, ret := range rets {
			if ret == nil {
				return
			}
			if tv, isNil := r.info.Types[ret]; isNil && tv.IsNil() {
				continue // return nil, err
			}
			c := r.Of(ret)
			k := c.Kinds()
			if k&Unknown != 0 {
				return
			}
			fact.Kinds |= k
			fact.Mock = fact.Mock && len(c.Ways) > 0 && c.Guard == nil && allMocks(c.Ways)
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
		if fact.Kinds != 0 {
			fact.Mock = fact.Mock && fact.Kinds == Single
			r.pass.ExportObjectFact(fn, fact)
		}
	})
}

// clientFuncs calls f for each function of the package with a body whose
// first result is a client handle.
func (r *Result) clientFuncs(f func(fd *ast.FuncDecl, fn *types.Func, sig *types.Signature)) {
	for _, file := range r.pass.Files {
		for _, decl := range file.Decls {
			fd, ok := decl.(*ast.FuncDecl)
			if !ok || fd.Body == nil {
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
			f(fd, fn, sig)
		}
	}
}

func shortFile(name string) string {
	if i := strings.LastIndexAny(name, `/\`); i >= 0 {
		return name[i+1:]
	}
	return name
}
