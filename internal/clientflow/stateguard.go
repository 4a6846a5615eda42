package clientflow

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"

	"github.com/redislint/redislint/internal/keyexpr"
)

// State guards: the mode recorded beside the client.
//
// Programs that support a single node and a cluster decide the kind once,
// where they build the client, and record the decision in a field beside
// it, in the same branch:
//
//	if len(addrs) > 1 {
//		rdb = redis.NewClusterClient(…)
//		kind = kindCluster
//	} else {
//		rdb = redis.NewClient(…)
//	}
//	return &store{rdb: rdb, kind: kind}
//
// and later branch on that field:
//
//	if s.kind == kindCluster { …ForEachMaster… } else { s.rdb.Scan(…) }
//
// stateGuard reads such a branch: a condition on a field F of the struct
// value whose field R is the client (s.kind == C, s.kind != C, s.cluster,
// !s.cluster, s.prefix == ""), holding or not on the way to the client
// expression (an if and its else, or an earlier if whose arm returns).
// Then, for every composite literal of the struct type in the package,
// it asks whether a way that builds a cluster client can come with a value
// of F that takes this branch: the client expression is F's constant,
// or a local whose reaching writes (keyexpr.Writes) give constants, each
// on the paths that carry it (keyexpr.Assumption.With). When none can,
// the client here is never a cluster client: the branch is a guard, as a
// type assertion is. Fields another package can set (exported fields of
// exported types), fields also assigned outside composite literals, and
// values that are not constants give no guard.

// stateGuard returns the if statement that shows, through a field beside
// the client, that e is not a cluster client here; nil when none does.
func (r *Result) stateGuard(e ast.Expr) ast.Node {
	sel, ok := ast.Unparen(e).(*ast.SelectorExpr)
	if !ok {
		return nil
	}
	rv, ok := r.fieldVar(sel)
	if !ok {
		return nil
	}
	stack := r.Stack(e)
	for i := len(stack) - 2; i >= 0; i-- {
		switch n := stack[i].(type) {
		case *ast.FuncDecl, *ast.FuncLit:
			return nil
		case *ast.IfStmt:
			var holds bool
			switch stack[i+1] {
			case n.Body:
				holds = true
			case n.Else:
				holds = false
			default:
				continue
			}
			if r.excludesCluster(n.Cond, holds, sel.X, rv) {
				return n
			}
		case *ast.BlockStmt:
			for _, ifs := range returningIfs(n, stack[i+1]) {
				if r.excludesCluster(ifs.Cond, false, sel.X, rv) {
					return ifs
				}
			}
		}
	}
	return nil
}

// fieldVar returns the field a selector selects.
func (r *Result) fieldVar(sel *ast.SelectorExpr) (*types.Var, bool) {
	s, ok := r.info.Selections[sel]
	if !ok || s.Kind() != types.FieldVal || len(s.Index()) != 1 {
		return nil, false
	}
	v, ok := s.Obj().(*types.Var)
	return v, ok
}

// condition is a test of field F of base: value taken as the test's
// outcome for each constant F may hold.
type condition struct {
	field *types.Var
	test  func(constant.Value) bool
	// empty: the test compares the field with "" (a value known to be
	// non-empty, though not constant, decides it).
	empty bool
}

// readCond reads cond as a test of a field of base: base.F == C, C ==
// base.F, base.F != C, base.F (bool) and !base.F.
func (r *Result) readCond(cond ast.Expr, base ast.Expr) (condition, bool) {
	switch c := ast.Unparen(cond).(type) {
	case *ast.UnaryExpr:
		if c.Op != token.NOT {
			return condition{}, false
		}
		in, ok := r.readCond(c.X, base)
		if !ok {
			return condition{}, false
		}
		return condition{in.field, func(v constant.Value) bool { return !in.test(v) }, in.empty}, true
	case *ast.SelectorExpr:
		f, ok := r.baseField(c, base)
		if !ok || !isBool(f.Type()) {
			return condition{}, false
		}
		return condition{f, func(v constant.Value) bool { return v.Kind() == constant.Bool && constant.BoolVal(v) }, false}, true
	case *ast.BinaryExpr:
		if c.Op != token.EQL && c.Op != token.NEQ {
			return condition{}, false
		}
		x, y := c.X, c.Y
		if _, ok := ast.Unparen(x).(*ast.SelectorExpr); !ok {
			x, y = y, x
		}
		s, ok := ast.Unparen(x).(*ast.SelectorExpr)
		if !ok {
			return condition{}, false
		}
		f, ok := r.baseField(s, base)
		if !ok {
			return condition{}, false
		}
		tv, ok := r.info.Types[y]
		if !ok || tv.Value == nil {
			return condition{}, false
		}
		want := tv.Value
		eq := c.Op == token.EQL
		empty := want.Kind() == constant.String && constant.StringVal(want) == ""
		return condition{f, func(v constant.Value) bool { return constant.Compare(v, token.EQL, want) == eq }, empty}, true
	}
	return condition{}, false
}

// baseField returns the field s selects when s is base.F.
func (r *Result) baseField(s *ast.SelectorExpr, base ast.Expr) (*types.Var, bool) {
	if !r.sameRef(s.X, base) {
		return nil, false
	}
	return r.fieldVar(s)
}

// excludesCluster reports whether, where cond is holds (true) or does not
// (false), no literal of the struct puts a cluster client in field rv.
func (r *Result) excludesCluster(cond ast.Expr, holds bool, base ast.Expr, rv *types.Var) bool {
	c, ok := r.readCond(cond, base)
	if !ok || c.field == rv || !r.private(c.field) || !r.private(rv) {
		return false
	}
	lits, ok := r.structLits(c.field, rv)
	if !ok || len(lits) == 0 {
		return false
	}
	for _, l := range lits {
		if r.clusterWith(l, c, holds) {
			return false
		}
	}
	return true
}

// private reports whether only this package can write field f.
func (r *Result) private(f *types.Var) bool {
	return f.Pkg() == r.pass.Pkg && !f.Exported()
}

// structLit is a composite literal that sets the client field: the
// expressions of the client field and of the state field (nil: its zero
// value).
type structLit struct {
	client, state ast.Expr
	lit           *ast.CompositeLit
}

// structLits returns the package's composite literals that set field
// client, with the expression they give field state; ok is false when
// either field is also written outside composite literals.
func (r *Result) structLits(state, client *types.Var) ([]structLit, bool) {
	key := [2]*types.Var{state, client}
	r.mu.Lock()
	m, done := r.lits[key]
	r.mu.Unlock()
	if done {
		return m.lits, m.ok
	}
	lits, ok := r.readStructLits(state, client)
	r.mu.Lock()
	if r.lits == nil {
		r.lits = map[[2]*types.Var]structLits{}
	}
	r.lits[key] = structLits{lits, ok}
	r.mu.Unlock()
	return lits, ok
}

// structLits memoizes structLits: a package asks about one pair of fields
// at every use of the client field that the state field guards (each was a
// walk of every file).
type structLits struct {
	lits []structLit
	ok   bool
}

func (r *Result) readStructLits(state, client *types.Var) ([]structLit, bool) {
	var out []structLit
	ok := true
	for _, f := range r.pass.Files {
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.AssignStmt:
				for _, lhs := range n.Lhs {
					if s, isSel := ast.Unparen(lhs).(*ast.SelectorExpr); isSel {
						if v, _ := r.fieldVar(s); v == state || v == client {
							ok = false
						}
					}
				}
			case *ast.UnaryExpr:
				// &s.f: anything may write it.
				if s, isSel := ast.Unparen(n.X).(*ast.SelectorExpr); n.Op == token.AND && isSel {
					if v, _ := r.fieldVar(s); v == state || v == client {
						ok = false
					}
				}
			case *ast.CompositeLit:
				st, isStruct := typeOfLit(r.info, n)
				if !isStruct {
					return true
				}
				l := structLit{lit: n}
				for i, el := range n.Elts {
					var fv *types.Var
					val := el
					if kv, isKV := el.(*ast.KeyValueExpr); isKV {
						id, _ := kv.Key.(*ast.Ident)
						if id != nil {
							fv, _ = r.info.ObjectOf(id).(*types.Var)
						}
						val = kv.Value
					} else if i < st.NumFields() {
						fv = st.Field(i)
					}
					switch fv {
					case client:
						l.client = val
					case state:
						l.state = val
					}
				}
				// A literal without the client holds a nil client,
				// which sends nothing.
				if l.client != nil {
					out = append(out, l)
				}
			}
			return ok
		})
	}
	return out, ok
}

func typeOfLit(info *types.Info, lit *ast.CompositeLit) (*types.Struct, bool) {
	t := info.TypeOf(lit)
	if t == nil {
		return nil, false
	}
	st, ok := t.Underlying().(*types.Struct)
	return st, ok
}

// clusterWith reports whether literal l can put a cluster client (or one
// of unknown kind) in the client field together with a state value for
// which the condition is holds.
func (r *Result) clusterWith(l structLit, c condition, holds bool) bool {
	client := r.of(l.client)
	if !client.Complete {
		return true
	}
	vals, ok := r.stateValues(l.state, c.field.Type())
	if !ok {
		return true
	}
	for _, w := range client.Ways {
		if w.Kind&(Cluster|FailoverCluster|Unknown) == 0 {
			continue
		}
		for _, v := range vals {
			val := v.val
			if val == nil && v.nonEmpty && c.empty {
				val = constant.MakeString("-") // any non-empty string
			}
			if (val == nil || c.test(val) == holds) && (v.assume == nil || v.assume.With(w.Origin)) {
				return true
			}
		}
	}
	return false
}

// stateValue is one constant a state field may get, and the write it
// rests on (nil: always).
type stateValue struct {
	val    constant.Value // nil: not a constant
	assume *keyexpr.Assumption
	// nonEmpty: a string that is not constant but never empty (a
	// template with constant bytes: fmt.Sprintf("{%d}", db)).
	nonEmpty bool
}

// stateValues returns the values x may hold: x's own constant, or those
// of the reaching writes of the local x names, each a constant or, with
// val nil, a value that is not (a string template says whether it is
// never empty). ok is false when the writes cannot all be seen.
func (r *Result) stateValues(x ast.Expr, t types.Type) ([]stateValue, bool) {
	if x == nil {
		z, ok := zeroOf(t)
		return []stateValue{{val: z}}, ok
	}
	if tv, ok := r.info.Types[x]; ok && tv.Value != nil {
		return []stateValue{{val: tv.Value}}, true
	}
	id, ok := ast.Unparen(x).(*ast.Ident)
	if !ok {
		return nil, false
	}
	// The evaluator keeps caches: one analyzer at a time.
	r.keysMu.Lock()
	defer r.keysMu.Unlock()
	if r.keys == nil {
		r.keys = keyexpr.New(r.info, r.pass.Files)
	}
	writes, ok := r.keys.Writes(id)
	if !ok {
		return nil, false
	}
	var out []stateValue
	for _, w := range writes {
		var v constant.Value
		switch {
		case w.Zero:
			z, ok := zeroOf(t)
			if !ok {
				return nil, false
			}
			v = z
		case w.Value != nil:
			if tv, ok := r.info.Types[w.Value]; ok && tv.Value != nil {
				v = tv.Value
				break
			}
			k := r.keys.Eval(w.Value)
			out = append(out, stateValue{assume: &w.Assume, nonEmpty: k.Known()})
			continue
		}
		out = append(out, stateValue{val: v, assume: &w.Assume})
	}
	return out, true
}

// zeroOf is the zero value of a basic type, as a constant.
func zeroOf(t types.Type) (constant.Value, bool) {
	b, ok := t.Underlying().(*types.Basic)
	if !ok {
		return nil, false
	}
	switch {
	case b.Info()&types.IsBoolean != 0:
		return constant.MakeBool(false), true
	case b.Info()&types.IsString != 0:
		return constant.MakeString(""), true
	case b.Info()&types.IsInteger != 0:
		return constant.MakeInt64(0), true
	}
	return nil, false
}

func isBool(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsBoolean != 0
}
