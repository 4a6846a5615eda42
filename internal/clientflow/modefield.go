package clientflow

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"sort"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// Mode fields: a kind read from a field each time the client is got.
//
// A client wrapper may keep its mode in a field and decide the kind of
// client on every call from it:
//
//	func getRedis(r *Redis) (RedisNode, error) {
//		switch r.Type {
//		case ClusterType: return getCluster(r) // *redis.ClusterClient
//		case NodeType:    return getClient(r)  // *redis.Client
//		}
//	}
//
// Whoever sets r.Type, a value other than ClusterType gives no cluster
// client: a caller that tests the field (if rds.Type == redis.ClusterType
// { key by key } else { rds.Del(keys...) }) has shown what the client is
// on each side. A ModeFieldFact records, on the field, the constants that
// give a cluster client; ClusterExcluded reads the tests of such fields on
// the way to a command, with the count tests of its key list.

// ModeFieldFact marks a field of a struct type whose value picks the kind
// of client that a function of the package returns for the value: Cluster
// are the constants (constant.Value.ExactString) that give a cluster
// client, Other those that give another kind.
type ModeFieldFact struct {
	Cluster []string
	Other   []string
}

func (*ModeFieldFact) AFact() {}

func (f *ModeFieldFact) String() string {
	return "mode field: cluster when " + strings.Join(f.Cluster, ", ")
}

var _ analysis.Fact = (*ModeFieldFact)(nil)

// findModeFields finds the package's mode fields: a switch on p.F (p a
// parameter or the receiver of the function) in a function that returns a
// client, whose clauses return cluster clients for some constants and
// clients of other kinds for others, or an if p.F == C whose body returns
// cluster clients and the rest of the function others. It records them in r.modeFields and,
// in a pass that exports facts, exports them.
func (r *Result) findModeFields() {
	r.clientFuncs(func(fd *ast.FuncDecl, _ *types.Func, sig *types.Signature) {
		ast.Inspect(fd.Body, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.FuncLit:
				return false
			case *ast.SwitchStmt:
				r.modeSwitch(sig, n)
			case *ast.IfStmt:
				r.modeIf(sig, fd.Body, n)
			}
			return true
		})
	})
	if r.pass.ExportObjectFact == nil {
		return
	}
	for f, fact := range r.modeFields {
		if f.Pkg() == r.pass.Pkg {
			r.pass.ExportObjectFact(f, fact)
		}
	}
}

// modeSwitch records the field a switch of a client-returning function of
// signature sig tests, when its clauses return cluster clients for some
// constants and other clients for others.
func (r *Result) modeSwitch(sig *types.Signature, sw *ast.SwitchStmt) {
	field := r.paramField(sig, sw.Tag)
	if field == nil {
		return
	}
	fact := &ModeFieldFact{}
	for _, s := range sw.Body.List {
		cc := s.(*ast.CaseClause)
		if cc.List == nil {
			continue // default: says nothing of a constant
		}
		var vals []string
		for _, e := range cc.List {
			v, ok := r.constOf(e)
			if !ok {
				return
			}
			vals = append(vals, v)
		}
		kinds, _ := r.returnKinds(&ast.BlockStmt{List: cc.Body}, nil)
		switch {
		case kinds == 0 || kinds&Unknown != 0:
			return // a clause that says nothing sure
		case kinds&Cluster != 0 && kinds&^Cluster == 0:
			fact.Cluster = append(fact.Cluster, vals...)
		case kinds&Cluster == 0:
			fact.Other = append(fact.Other, vals...)
		default:
			return // both kinds in one clause
		}
	}
	if len(fact.Cluster) == 0 || len(fact.Other) == 0 {
		return
	}
	sort.Strings(fact.Cluster)
	sort.Strings(fact.Other)
	if r.modeFields == nil {
		r.modeFields = map[*types.Var]*ModeFieldFact{}
	}
	r.modeFields[field] = fact
}

// returnedKind is the kind of client a returned expression is: its static
// type's when that says (return getCluster(r), of a *redis.ClusterClient
// result), what the package shows of it otherwise; none for nil.
func (r *Result) returnedKind(e ast.Expr) Kind {
	tv, ok := r.info.Types[e]
	if ok && tv.IsNil() {
		return 0
	}
	t := tv.Type
	if tup, isTuple := t.(*types.Tuple); isTuple && tup.Len() > 0 {
		t = tup.At(0).Type()
	}
	if k := typeKind(t); k != Unknown {
		return k
	}
	return r.Of(e).Kinds()
}

// returnKinds are the kinds of client the returns in n give (function
// literals left out): those inside in, and the others.
func (r *Result) returnKinds(n ast.Node, in ast.Node) (inside, outside Kind) {
	ast.Inspect(n, func(x ast.Node) bool {
		switch x := x.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			if len(x.Results) == 0 {
				return true
			}
			k := r.returnedKind(x.Results[0])
			if in == nil || in.Pos() <= x.Pos() && x.End() <= in.End() {
				inside |= k
			} else {
				outside |= k
			}
		}
		return true
	})
	return inside, outside
}

// paramField returns the field x selects from a parameter or the receiver
// of sig (r.Type), or nil.
func (r *Result) paramField(sig *types.Signature, x ast.Expr) *types.Var {
	sel, ok := ast.Unparen(x).(*ast.SelectorExpr)
	if !ok {
		return nil
	}
	base, ok := ast.Unparen(sel.X).(*ast.Ident)
	if !ok {
		return nil
	}
	if p, ok := r.info.Uses[base].(*types.Var); !ok || !isParamOf(sig, p) {
		return nil
	}
	return r.fieldOf(sel)
}

// fieldExpr returns the selector a comparison tests (r.Type in r.Type ==
// C, C != r.Type, !(r.Type == C)), or nil.
func fieldExpr(cond ast.Expr) ast.Expr {
	e, _ := stripNot(cond, true)
	b, ok := e.(*ast.BinaryExpr)
	if !ok {
		return nil
	}
	if _, ok := ast.Unparen(b.X).(*ast.SelectorExpr); ok {
		return b.X
	}
	return b.Y
}

// modeIf records the field an if of a client-returning function of
// signature sig tests (if r.Type == ClusterType { return getCluster(r) }),
// when its body returns cluster clients only and every other return of
// the function (body) returns clients of other kinds: the constant gives
// a cluster client, any other value does not.
func (r *Result) modeIf(sig *types.Signature, body *ast.BlockStmt, ifs *ast.IfStmt) {
	if ifs.Init != nil {
		return
	}
	f, v, eq, ok := r.fieldTest(Cond{Exprs: []ast.Expr{ifs.Cond}, Holds: true})
	if !ok || !eq {
		return // if r.Type != ClusterType { … }: the cluster side is the rest
	}
	if r.paramField(sig, fieldExpr(ifs.Cond)) != f {
		return
	}
	in, out := r.returnKinds(body, ifs.Body)
	if in == 0 || in&^Cluster != 0 || out == 0 || out&(Cluster|Unknown) != 0 {
		return
	}
	if r.modeFields == nil {
		r.modeFields = map[*types.Var]*ModeFieldFact{}
	}
	if _, seen := r.modeFields[f]; !seen {
		r.modeFields[f] = &ModeFieldFact{Cluster: []string{v}}
	}
}

// isParamOf reports whether v is the receiver or a parameter of sig.
func isParamOf(sig *types.Signature, v *types.Var) bool {
	if sig.Recv() == v {
		return true
	}
	for i := range sig.Params().Len() {
		if sig.Params().At(i) == v {
			return true
		}
	}
	return false
}

// modeField returns the fact of a mode field of this package or another.
func (r *Result) modeField(f *types.Var) (*ModeFieldFact, bool) {
	if fact, ok := r.modeFields[f]; ok {
		return fact, true
	}
	if f.Pkg() == nil || f.Pkg() == r.pass.Pkg || r.pass.ImportObjectFact == nil {
		return nil, false
	}
	var fact ModeFieldFact
	if !r.pass.ImportObjectFact(f, &fact) {
		return nil, false
	}
	return &fact, true
}

// ClusterExcluded reports whether the conditions on the way to n, in its
// function, rule out a cluster client together with a key list of two or
// more keys: a test of a mode field (rds.Type == redis.ClusterType) that
// says no cluster client, or a count test of the key list (len(keys) > 1)
// that says one key, on every way to n. keys is the expression of the key
// list the command sends (nil: none).
func (r *Result) ClusterExcluded(n ast.Node, keys ast.Expr) bool {
	lists := map[types.Object]bool{}
	if keys != nil {
		lists = r.Lists(keys)
	}
	env := Env{N: 2, Modes: map[string]bool{}}
	for _, c := range r.Conds(n) {
		r.modeFieldTests(c, env.Modes)
	}
	if len(env.Modes) == 0 {
		return false
	}
	for _, c := range r.Conds(n) {
		if t, _ := r.Eval(c, lists, env); t == No {
			return true
		}
	}
	return false
}

// modeFieldTests sets, in modes, the value each test of a mode field in c
// has when the client is a cluster client: x.F == C, x.F != C, and the
// clauses of switch x.F.
func (r *Result) modeFieldTests(c Cond, modes map[string]bool) {
	// value returns whether x.F == e holds for a cluster client.
	value := func(x, e ast.Expr) (bool, bool) {
		f := r.fieldOf(x)
		if f == nil {
			return false, false
		}
		fact, ok := r.modeField(f)
		if !ok {
			return false, false
		}
		v, ok := r.constOf(e)
		if !ok {
			return false, false
		}
		switch {
		case slices.Contains(fact.Cluster, v):
			return true, true
		case slices.Contains(fact.Other, v), len(fact.Other) == 0:
			// From an if: every value but the cluster's gives another kind.
			return false, true
		}
		return false, false
	}
	if c.Tag != nil {
		for _, e := range c.Exprs {
			if v, ok := value(c.Tag, e); ok {
				modes[types.ExprString(c.Tag)+" == "+types.ExprString(e)] = v
			}
		}
		return
	}
	var walk func(e ast.Expr)
	walk = func(e ast.Expr) {
		switch x := ast.Unparen(e).(type) {
		case *ast.UnaryExpr:
			if x.Op == token.NOT {
				walk(x.X)
			}
		case *ast.BinaryExpr:
			switch x.Op {
			case token.LAND, token.LOR:
				walk(x.X)
				walk(x.Y)
			case token.EQL, token.NEQ:
				v, ok := value(x.X, x.Y)
				if !ok {
					v, ok = value(x.Y, x.X)
				}
				if ok {
					modes[types.ExprString(x)] = v == (x.Op == token.EQL)
				}
			}
		}
	}
	for _, e := range c.Exprs {
		walk(e)
	}
}
