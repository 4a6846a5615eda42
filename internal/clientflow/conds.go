package clientflow

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/redislint/redislint/internal/model"
	"github.com/redislint/redislint/internal/typesutil"
)

// This file decides which constructions a configuration of one address
// reaches: the count switch of programs that pick the client from the
// number of addresses they are given.
//
// # Conditions on the way to a node
//
// Conds(n) are the branch conditions that hold on the way to node n in its
// function: the condition of each enclosing if (true in its body, false in
// its else), the clause of each enclosing switch (a tagged switch's clause
// holds when the tag equals one of its values, a tagless switch's when one
// of its expressions is true, the default clause when no other clause
// holds; every earlier clause failed), and the early returns before it in
// every enclosing block (if c { …; return } makes c false after it, also
// when the if has an else that does not end; a switch whose clauses
// return makes their conditions false after it). Paths(n) follows n up
// its call chains (the calls of its function in the package, as Exclusive
// does) and adds the conditions of each call.
//
// # Address-count tests and mode tests
//
// A condition is evaluated for a program given one address, in three
// values (yes, no, maybe): len(L) compared with a constant, where L is
// an address list (a variable or field the address is read from: the
// list itself for a cluster client, L in L[0] for the single element a
// single-node client is given), is an address-count test, and is decided;
// !, && and || combine; every other condition is a mode test (cfg.Cluster,
// cfg.Mode == "cluster", err != nil): a setting of the configuration, free
// to be true or false. A path is taken with one address unless one of its
// conditions is no.
//
// # The count switch
//
// CountSwitch decides, for a single-node construction s: one address
// reaches s (some path is not no) while every cluster construction that is
// an alternative to s (Exclusive: the other arm of the same decision) is
// reached only with two or more (each of its paths is no with one
// address), and at least one such alternative exists. Then a cluster with
// one configuration endpoint gets the single-node client under every
// configuration the program offers: if len(addrs) > 1 { cluster } else
// { single }, if cfg.Mode == "cluster" && len(addrs) > 1 …, switch
// len(addrs) { case 1: … }, an early return on len(addrs) == 1. A pure
// mode switch (if cfg.Cluster { cluster } else { single }) reaches the
// cluster client with one address when the mode says so, and is no count
// switch: a program that lets its configuration pick the mode is not
// wrong. Constructions that decide by the count themselves are read the
// same way (OneAddress): go-redis NewUniversalClient builds a cluster
// client with one address only when IsClusterMode is true (a run-time
// IsClusterMode: len(addrs) > 1 is a count test), rueidis and valkey-go
// NewClient a single-node client only when ForceSingleClient is.

// Tri is a three-valued truth: what a condition is for a program given one
// address.
type Tri int8

const (
	No Tri = iota
	Maybe
	Yes
)

func (t Tri) not() Tri { return Yes - t }

func and(a, b Tri) Tri { return min(a, b) }

func or(a, b Tri) Tri { return max(a, b) }

// Cond is one condition that holds on the way to a node.
type Cond struct {
	// At is the *ast.IfStmt or *ast.CaseClause (of a *ast.SwitchStmt)
	// that imposes it.
	At ast.Node
	// Tag is the switch's tag (nil for an if or a tagless switch), and
	// Exprs the condition: an if's, or a clause's values (Tag == e or e,
	// for one of them).
	Tag   ast.Expr
	Exprs []ast.Expr
	// Holds says whether the condition is true (the if's body, the
	// clause) or false (the else, an early return, an earlier clause)
	// on the way.
	Holds bool
}

// String renders the condition as it holds on the way, for messages:
// "len(addrs) > 1 is false", "len(addrs) == 1".
func (c Cond) String() string {
	var s string
	for i, e := range c.Exprs {
		if i > 0 {
			s += " || "
		}
		if c.Tag != nil {
			s += types.ExprString(c.Tag) + " == " + types.ExprString(e)
		} else {
			s += types.ExprString(e)
		}
	}
	if c.Tag != nil && len(c.Exprs) == 0 {
		return "switch " + types.ExprString(c.Tag) + ": default"
	}
	if c.Holds {
		return s
	}
	return s + " is false"
}

// Conds returns the conditions on the way to n within its function,
// outermost first.
func (r *Result) Conds(n ast.Node) []Cond {
	stack := r.Stack(n)
	var conds []Cond
	for i := 0; i+1 < len(stack); i++ {
		child := stack[i+1]
		switch p := stack[i].(type) {
		case *ast.FuncDecl, *ast.FuncLit:
			conds = conds[:0] // a function literal runs when it is called: its own conditions only
		case *ast.IfStmt:
			switch child {
			case p.Body:
				conds = append(conds, Cond{At: p, Exprs: []ast.Expr{p.Cond}, Holds: true})
			case p.Else:
				conds = append(conds, Cond{At: p, Exprs: []ast.Expr{p.Cond}, Holds: false})
			}
		case *ast.CaseClause:
			if i < 2 {
				continue
			}
			sw, ok := stack[i-2].(*ast.SwitchStmt)
			if !ok {
				continue
			}
			conds = append(conds, clauseConds(sw, p)...)
		case *ast.BlockStmt:
			conds = append(conds, earlyReturns(p, child)...)
		}
	}
	return conds
}

// clauseConds are the conditions of clause cc of sw: its own, and every
// other clause's failing (a default clause runs when none holds; a clause
// runs when no earlier one holds).
func clauseConds(sw *ast.SwitchStmt, cc *ast.CaseClause) []Cond {
	var conds []Cond
	for _, s := range sw.Body.List {
		c := s.(*ast.CaseClause)
		if c == cc {
			if cc.List != nil {
				conds = append(conds, Cond{At: cc, Tag: sw.Tag, Exprs: cc.List, Holds: true})
				break
			}
			continue
		}
		if c.List != nil && (cc.List == nil || c.Pos() < cc.Pos()) {
			conds = append(conds, Cond{At: c, Tag: sw.Tag, Exprs: c.List, Holds: false})
		}
	}
	return conds
}

// earlyReturns are the conditions that the statements of b before child
// leave false: an if whose body ends the function (return, panic), and the
// clauses of a switch that do.
func earlyReturns(b *ast.BlockStmt, child ast.Node) []Cond {
	var conds []Cond
	for _, s := range b.List {
		if s.Pos() >= child.Pos() {
			break
		}
		switch s := s.(type) {
		case *ast.IfStmt:
			conds = append(conds, chainConds(s)...)
		case *ast.SwitchStmt:
			for _, st := range s.Body.List {
				cc := st.(*ast.CaseClause)
				if cc.List != nil && ends(cc.Body) {
					conds = append(conds, Cond{At: cc, Tag: s.Tag, Exprs: cc.List, Holds: false})
				}
			}
		}
	}
	return conds
}

// chainConds are the conditions that an if statement, with its chain of
// else ifs, leaves false or true for the statements after it: an arm that
// ends the function is not the way there.
func chainConds(s *ast.IfStmt) []Cond {
	bodyEnds := ends(s.Body.List)
	switch e := s.Else.(type) {
	case *ast.BlockStmt:
		elseEnds := ends(e.List)
		switch {
		case bodyEnds && !elseEnds:
			return []Cond{{At: s, Exprs: []ast.Expr{s.Cond}, Holds: false}}
		case elseEnds && !bodyEnds:
			return []Cond{{At: s, Exprs: []ast.Expr{s.Cond}, Holds: true}}
		}
	case *ast.IfStmt:
		// if a { return } else if b { return }: past it, a and b are
		// false.
		if bodyEnds {
			return append([]Cond{{At: s, Exprs: []ast.Expr{s.Cond}, Holds: false}}, chainConds(e)...)
		}
	case nil:
		if bodyEnds {
			return []Cond{{At: s, Exprs: []ast.Expr{s.Cond}, Holds: false}}
		}
	}
	return nil
}

// ends reports whether a statement list ends its function: its last
// statement is a return or a call of panic.
func ends(list []ast.Stmt) bool {
	if len(list) == 0 {
		return false
	}
	switch s := list[len(list)-1].(type) {
	case *ast.ReturnStmt:
		return true
	case *ast.ExprStmt:
		if call, ok := s.X.(*ast.CallExpr); ok {
			if id, ok := ast.Unparen(call.Fun).(*ast.Ident); ok && id.Name == "panic" {
				return true
			}
		}
	}
	return false
}

// Path is one way down to a node: a call chain (the node, a call of its
// function, a call of that call's function, …) and the conditions that
// hold along it.
type Path struct {
	Chain []ast.Node
	Conds []Cond
}

// Paths returns the paths to n over its call chains in the package.
func (r *Result) Paths(n ast.Node) []Path {
	var paths []Path
	for _, chain := range r.chains(n, 0) {
		var p Path
		p.Chain = chain
		for _, x := range chain {
			p.Conds = append(p.Conds, r.Conds(x)...)
		}
		paths = append(paths, p)
	}
	return paths
}

// Lists returns the address lists that e is read from: the variables and
// fields on the way (through stores, parameters of the package's
// unexported functions to what their calls pass, x[i] and x[i:j] to x, the
// package's functions to what they return, strings functions to their
// arguments). Two constructions that read one of them share a setting.
func (r *Result) Lists(e ast.Expr) map[types.Object]bool { return r.lists(e, false) }

// countLists returns the lists whose length is the number of addresses
// that e holds or is an element of: Lists, stopping at a call that makes a
// new list (strings.Split(parts[1], ",") is not as long as parts) and
// reading only struct literals (&config.NodeAddress{Host: h}) of the
// composite ones: len(parts) != 2 of a URL split at its scheme counts no
// address.
func (r *Result) countLists(e ast.Expr) map[types.Object]bool { return r.lists(e, true) }

// lists walks e for Lists (count false) and countLists (count true).
func (r *Result) lists(e ast.Expr, count bool) map[types.Object]bool {
	f := r.Flow
	out := map[types.Object]bool{}
	seenFn := map[*types.Func]bool{}
	var walk func(e ast.Expr, depth int)
	walkCall := func(x *ast.CallExpr, depth int) {
		for _, a := range x.Args {
			walk(a, depth+1)
		}
		if sel, ok := ast.Unparen(x.Fun).(*ast.SelectorExpr); ok {
			if s, ok := r.info.Selections[sel]; ok && s.Kind() == types.MethodVal {
				walk(sel.X, depth+1)
			}
		}
	}
	walk = func(e ast.Expr, depth int) {
		if e == nil || depth > 16 {
			return
		}
		switch x := ast.Unparen(e).(type) {
		case *ast.Ident, *ast.SelectorExpr:
			v, ok := f.ObjectOf(x).(*types.Var)
			if !ok || out[v] {
				return
			}
			out[v] = true
			vals, _ := f.Stores(v)
			for _, val := range vals {
				walk(val, depth+1)
			}
			if p, ok := f.params[v]; ok && len(vals) == 0 && !f.escaped[p.fn] {
				for _, call := range f.calls[p.fn] {
					if p.i < len(call.Args) {
						walk(call.Args[p.i], depth+1)
					}
				}
			}
		case *ast.IndexExpr:
			walk(x.X, depth+1)
		case *ast.SliceExpr:
			walk(x.X, depth+1)
		case *ast.StarExpr:
			walk(x.X, depth+1)
		case *ast.UnaryExpr:
			walk(x.X, depth+1)
		case *ast.CompositeLit:
			if _, isStruct := typesutil.Under(r.info.TypeOf(x)).(*types.Struct); count && !isStruct {
				return
			}
			for _, elt := range x.Elts {
				if kv, ok := elt.(*ast.KeyValueExpr); ok {
					elt = kv.Value
				}
				walk(elt, depth+1)
			}
		case *ast.CallExpr:
			fn, _ := typeutil.Callee(r.info, x).(*types.Func)
			if fn == nil || fn.Pkg() == nil {
				return
			}
			switch {
			case fn.Pkg() == r.pass.Pkg:
				if !seenFn[fn] {
					seenFn[fn] = true
					for _, ret := range f.returns[fn] {
						walk(ret, depth+1)
					}
				}
			case count:
				// One value made of its arguments (net.JoinHostPort(h,
				// p), a library's configuration chain), not a new list.
				if t := r.info.TypeOf(x); t != nil && !isSlice(t) {
					walkCall(x, depth)
				}
			case listThrough[fn.Pkg().Path()] || model.LibOf(fn.Pkg().Path()) != model.LibNone:
				// strings.Split(s, ","), net.JoinHostPort(h, p), a
				// library's configuration chain (GLIDE's WithAddress).
				walkCall(x, depth)
			case stringShaped(fn):
				// A function of another package that makes strings of
				// strings (gstr.SplitAndTrim(cfg.Address, ",")): the list
				// is read from its arguments, as from strings.Split's.
				for _, a := range x.Args {
					walk(a, depth+1)
				}
			}
		}
	}
	walk(e, 0)
	return out
}

// stringShaped reports whether fn is a function (not a method) whose first
// result is a string or a []string and whose parameters are all strings,
// string slices or integers: what it returns is made of its arguments.
func stringShaped(fn *types.Func) bool {
	sig, _ := fn.Type().(*types.Signature)
	if sig == nil || sig.Recv() != nil || sig.Results().Len() == 0 || sig.Params().Len() == 0 {
		return false
	}
	isStrings := func(t types.Type) bool {
		if s, ok := t.Underlying().(*types.Slice); ok {
			t = s.Elem()
		}
		b, ok := t.Underlying().(*types.Basic)
		return ok && b.Info()&types.IsString != 0
	}
	if !isStrings(sig.Results().At(0).Type()) {
		return false
	}
	for i := range sig.Params().Len() {
		t := sig.Params().At(i).Type()
		if b, ok := t.Underlying().(*types.Basic); ok && b.Info()&types.IsInteger != 0 {
			continue
		}
		if !isStrings(t) {
			return false
		}
	}
	return true
}

// listThrough are packages whose functions build a value from their
// arguments.
var listThrough = map[string]bool{"strings": true, "fmt": true, "net": true, "strconv": true, "net/url": true}

// Env is a configuration to evaluate conditions in: N addresses, and the
// value of each mode test (by its text; one that is absent is Maybe).
type Env struct {
	N     int64
	Modes map[string]bool
}

// Eval evaluates a condition in env: the count tests on one of lists are
// decided by env.N, every other condition is a mode test. counted says
// whether a count test was met.
func (r *Result) Eval(c Cond, lists map[types.Object]bool, env Env) (t Tri, counted bool) {
	t = No
	for _, e := range c.Exprs {
		var v Tri
		if c.Tag != nil {
			v = r.evalEq(c.Tag, e, lists, env, &counted)
		} else {
			v = r.eval(e, lists, env, &counted)
		}
		t = or(t, v)
	}
	if len(c.Exprs) == 0 {
		t = Maybe
	}
	if !c.Holds {
		t = t.not()
	}
	return t, counted
}

func (r *Result) eval(e ast.Expr, lists map[types.Object]bool, env Env, counted *bool) Tri {
	switch x := ast.Unparen(e).(type) {
	case *ast.UnaryExpr:
		if x.Op == token.NOT {
			return r.eval(x.X, lists, env, counted).not()
		}
	case *ast.BinaryExpr:
		switch x.Op {
		case token.LAND:
			return and(r.eval(x.X, lists, env, counted), r.eval(x.Y, lists, env, counted))
		case token.LOR:
			return or(r.eval(x.X, lists, env, counted), r.eval(x.Y, lists, env, counted))
		case token.EQL, token.NEQ, token.LSS, token.LEQ, token.GTR, token.GEQ:
			if r.isCount(x.X, lists) {
				if c, ok := r.intConst(x.Y); ok {
					*counted = true
					return compare(env.N, x.Op, c)
				}
			}
			if r.isCount(x.Y, lists) {
				if c, ok := r.intConst(x.X); ok {
					*counted = true
					return compare(c, x.Op, env.N)
				}
			}
		}
	}
	if v, ok := env.Modes[types.ExprString(ast.Unparen(e))]; ok {
		if v {
			return Yes
		}
		return No
	}
	return Maybe
}

// evalEq evaluates tag == e (a clause of a tagged switch).
func (r *Result) evalEq(tag, e ast.Expr, lists map[types.Object]bool, env Env, counted *bool) Tri {
	if r.isCount(tag, lists) {
		if c, ok := r.intConst(e); ok {
			*counted = true
			return compare(env.N, token.EQL, c)
		}
	}
	if tv, ok := r.info.Types[tag]; ok && tv.Value != nil && tv.Value.Kind() == constant.Bool && constant.BoolVal(tv.Value) {
		return r.eval(e, lists, env, counted) // switch true { case …: }
	}
	if v, ok := env.Modes[types.ExprString(tag)+" == "+types.ExprString(e)]; ok {
		if v {
			return Yes
		}
		return No
	}
	return Maybe
}

// modeTests adds the mode tests of a condition to set, by text.
func (r *Result) modeTests(c Cond, lists map[types.Object]bool, set map[string]bool) {
	var walk func(e ast.Expr)
	walk = func(e ast.Expr) {
		switch x := ast.Unparen(e).(type) {
		case *ast.UnaryExpr:
			if x.Op == token.NOT {
				walk(x.X)
				return
			}
		case *ast.BinaryExpr:
			switch x.Op {
			case token.LAND, token.LOR:
				walk(x.X)
				walk(x.Y)
				return
			}
			if (r.isCount(x.X, lists) && r.isInt(x.Y)) || (r.isCount(x.Y, lists) && r.isInt(x.X)) {
				return
			}
		}
		set[types.ExprString(ast.Unparen(e))] = true
	}
	for _, e := range c.Exprs {
		switch {
		case c.Tag == nil:
			walk(e)
		case r.isCount(c.Tag, lists) && r.isInt(e):
		case r.info.Types[c.Tag].Value != nil:
			walk(e)
		default:
			set[types.ExprString(c.Tag)+" == "+types.ExprString(e)] = true
		}
	}
}

// isCount reports whether e is len(L) of an address list L.
func (r *Result) isCount(e ast.Expr, lists map[types.Object]bool) bool {
	if id, ok := ast.Unparen(e).(*ast.Ident); ok {
		// n := len(addrs); if n > 1 {…}: a variable that holds the count.
		if v := r.Flow.SingleValue(id); v != nil && v != e {
			e = v
		}
	}
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok || len(call.Args) != 1 {
		return false
	}
	id, ok := ast.Unparen(call.Fun).(*ast.Ident)
	if !ok {
		return false
	}
	if b, ok := r.info.Uses[id].(*types.Builtin); !ok || b.Name() != "len" {
		return false
	}
	if t := r.info.TypeOf(call.Args[0]); t == nil || !isSlice(t) {
		return false // len of a string counts no address
	}
	for obj := range r.countLists(call.Args[0]) {
		if lists[obj] {
			return true
		}
	}
	return false
}

func (r *Result) isInt(e ast.Expr) bool {
	_, ok := r.intConst(e)
	return ok
}

func (r *Result) intConst(e ast.Expr) (int64, bool) {
	tv, ok := r.info.Types[e]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.Int {
		return 0, false
	}
	return constant.Int64Val(tv.Value)
}

func compare(a int64, op token.Token, b int64) Tri {
	var v bool
	switch op {
	case token.EQL:
		v = a == b
	case token.NEQ:
		v = a != b
	case token.LSS:
		v = a < b
	case token.LEQ:
		v = a <= b
	case token.GTR:
		v = a > b
	case token.GEQ:
		v = a >= b
	}
	if v {
		return Yes
	}
	return No
}

// reach says whether some path to n is taken in env, and returns the
// count tests on the best such path.
func (r *Result) reach(paths []Path, lists map[types.Object]bool, env Env) (Tri, []Cond) {
	best, bestConds := No, []Cond(nil)
	for _, p := range paths {
		t := Yes
		var counts []Cond
		for _, c := range p.Conds {
			v, counted := r.Eval(c, lists, env)
			t = and(t, v)
			if counted {
				counts = append(counts, c)
			}
		}
		if t > best || (t == best && bestConds == nil) {
			best, bestConds = t, counts
		}
	}
	return best, bestConds
}

// Builds says what construction k builds in env, by its own options:
// single and cluster are whether it may build a single-node and a cluster
// client. A run-time IsClusterMode or ForceSingleClient is evaluated as a
// condition (a count test in it is decided).
func (r *Result) Builds(k *model.Construction, lists map[types.Object]bool, env Env) (single, cluster Tri) {
	kinds := kindOf(k.C.Topo, r.Topology(k))
	switch {
	case kinds == Single || kinds == Failover:
		return Yes, No
	case kinds == Cluster || kinds == FailoverCluster:
		return No, Yes
	case kinds == Cluster|Single:
	default:
		return No, No
	}
	var counted bool
	switch k.C.Topo {
	case model.TopoUniversal:
		// A cluster client for two or more addresses or IsClusterMode.
		var force Tri = No
		if kv := k.Field(k.C.ForceCluster); kv != nil {
			force = r.eval(kv.Value, lists, env, &counted)
		}
		if env.N > 1 {
			return No, Yes
		}
		return force.not(), force
	case model.TopoAuto:
		// A cluster client unless ForceSingleClient, whatever the count.
		kv := k.Field(k.C.ForceSingle)
		if kv == nil {
			return No, Yes
		}
		force := r.eval(kv.Value, lists, env, &counted)
		return force, force.not()
	}
	return Maybe, Maybe
}

// optionTests adds the mode tests of k's run-time IsClusterMode or
// ForceSingleClient to set.
func (r *Result) optionTests(k *model.Construction, lists map[types.Object]bool, set map[string]bool) {
	for _, name := range []string{k.C.ForceCluster, k.C.ForceSingle} {
		if kv := k.Field(name); kv != nil {
			r.modeTests(Cond{Exprs: []ast.Expr{kv.Value}, Holds: true}, lists, set)
		}
	}
}

// CountSwitch is the decision that sends one address to a single-node
// client although the program supports a cluster.
type CountSwitch struct {
	// Cluster is the cluster construction that one address cannot reach
	// (nil when the construction decides by the count itself).
	Cluster *model.Construction
	// Conds are the count tests on the way to the single-node client.
	Conds []Cond
	// Option is the run-time option that decides by the count
	// (IsClusterMode: len(addrs) > 1), if that is the decision.
	Option *ast.KeyValueExpr
}

// maxModes bounds the mode tests whose assignments CountSwitch enumerates.
const maxModes = 8

// many are the address counts "two or more" is tried with.
var many = []int64{2, 3, 4, 16}

// CountSwitch decides whether one address reaches the single-node client
// that s builds while no configuration the program offers reaches a
// cluster client with one address (see the comment at the top of this
// file): for some assignment of the mode tests, one address reaches s and
// two or more reach a cluster construction of alts that is an alternative
// to s (Exclusive), or s itself when it picks by the count; and for no
// assignment does one address reach that cluster construction. alts are
// the package's constructions; s may be among them.
func (r *Result) CountSwitch(s *model.Construction, alts []*model.Construction) (*CountSwitch, bool) {
	lists := map[types.Object]bool{}
	if s.Addr != nil {
		lists = r.addrLists(s)
	}
	sPaths := r.Paths(s.Node)

	// decide tries every assignment of the mode tests of the two sides.
	decide := func(c *model.Construction, cPaths []Path, ls map[types.Object]bool) (conds []Cond, ok bool) {
		set := map[string]bool{}
		for _, ps := range [][]Path{sPaths, cPaths} {
			for _, p := range ps {
				for _, cd := range p.Conds {
					r.modeTests(cd, ls, set)
				}
			}
		}
		r.optionTests(s, ls, set)
		r.optionTests(c, ls, set)
		if len(set) > maxModes {
			return nil, false
		}
		modes := make([]string, 0, len(set))
		for m := range set {
			modes = append(modes, m)
		}
		found := false
		for bits := 0; bits < 1<<len(modes); bits++ {
			env := Env{N: 1, Modes: map[string]bool{}}
			for i, m := range modes {
				env.Modes[m] = bits&(1<<i) != 0
			}
			// One address must never reach the cluster client.
			t, _ := r.reach(cPaths, ls, env)
			if _, cl := r.Builds(c, ls, env); and(t, cl) != No {
				return nil, false
			}
			if found {
				continue
			}
			t, cs := r.reach(sPaths, ls, env)
			if single, _ := r.Builds(s, ls, env); and(t, single) == No {
				continue
			}
			for _, n := range many {
				e := Env{N: n, Modes: env.Modes}
				t, _ := r.reach(cPaths, ls, e)
				if _, cl := r.Builds(c, ls, e); and(t, cl) != No {
					found, conds = true, cs
					break
				}
			}
		}
		return conds, found
	}

	// A construction that decides by the count itself.
	for _, name := range []string{s.C.ForceCluster, s.C.ForceSingle} {
		kv := s.Field(name)
		if kv == nil || r.info.Types[kv.Value].Value != nil {
			continue
		}
		var counted bool
		r.eval(kv.Value, lists, Env{N: 1}, &counted)
		if !counted {
			continue
		}
		if conds, ok := decide(s, sPaths, lists); ok {
			return &CountSwitch{Conds: conds, Option: kv}, true
		}
	}

	for _, c := range alts {
		if c == s || c.Node == s.Node {
			continue
		}
		if kindOf(c.C.Topo, r.Topology(c))&Cluster == 0 || !r.Exclusive(s.Node, c.Node) {
			continue
		}
		ls := map[types.Object]bool{}
		for o := range lists {
			ls[o] = true
		}
		if c.Addr != nil {
			for o := range r.addrLists(c) {
				ls[o] = true
			}
		}
		if conds, ok := decide(c, r.Paths(c.Node), ls); ok {
			return &CountSwitch{Cluster: c, Conds: conds}, true
		}
	}
	return nil, false
}
