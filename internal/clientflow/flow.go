package clientflow

import (
	"github.com/redislint/redislint/internal/astindex"
	"go/ast"
	"go/token"
	"go/types"

	"github.com/redislint/redislint/internal/typesutil"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/redislint/redislint/internal/model"
)

// Flow follows values through one package: what is stored into each
// variable and field, what each function returns, and which callbacks run
// on which client. It is a cheap, flow-insensitive index: a variable with
// several stores has all of them as origins, and a variable whose address
// escapes (other than to a call, recorded as a store of that call) is lost.
type Flow struct {
	info     *types.Info
	stores   map[types.Object][]ast.Expr // nil element: a store we cannot follow
	returns  map[*types.Func][]ast.Expr
	cbParams map[types.Object]ast.Expr
	callArgs map[*ast.UnaryExpr]bool // &x given to a call: recorded as a store of the call
	ranged   map[types.Object]bool   // range keys and values
	// params maps a parameter of an unexported function of the package to
	// its function and index; calls are each function's calls, and
	// escaped the functions used other than by calling them.
	params  map[*types.Var]param
	calls   map[*types.Func][]*ast.CallExpr
	escaped map[*types.Func]bool
	// called are the identifiers that are the callee of a call (f(…),
	// x.f(…), pkg.f(…), parenthesized or not), until finish.
	called map[*ast.Ident]bool
	// outParams are the values each parameter of a function of the
	// package has stored into what it points to (outparams.go).
	outParams map[*types.Var][]ast.Expr
	// paramCalls are the calls of each function-typed variable
	// (callbacks.go).
	paramCalls map[*types.Var][]*ast.CallExpr
	// heldCallbacks are the local variables given to same-client
	// callback methods, and heldLits the literals found for them
	// (heldcallbacks.go).
	heldCallbacks []heldCallback
	heldLits      map[*ast.Ident]*ast.FuncLit
	heldVals      map[*ast.Ident]ast.Expr
	// fieldWrites are the writes s.f = v of each field through a
	// variable, and fieldAssigned the fields written other than in a
	// composite literal (objfields.go).
	fieldWrites   map[*types.Var][]fieldWrite
	fieldAssigned map[*types.Var]bool
}

type param struct {
	fn *types.Func
	i  int
}

// flowTypes are the node types [Flow.visit] reads. Identifiers, the most
// numerous nodes, are not among them: the functions used other than by
// calling them come from the Uses of the package ([Flow.finish]).
var flowTypes = []ast.Node{
	(*ast.FuncDecl)(nil),
	(*ast.AssignStmt)(nil),
	(*ast.ValueSpec)(nil),
	(*ast.RangeStmt)(nil),
	(*ast.IncDecStmt)(nil),
	(*ast.CompositeLit)(nil),
	(*ast.ReturnStmt)(nil),
	(*ast.CallExpr)(nil),
	(*ast.UnaryExpr)(nil),
}

func newFlow(info *types.Info) *Flow {
	return &Flow{
		info:     info,
		stores:   map[types.Object][]ast.Expr{},
		returns:  map[*types.Func][]ast.Expr{},
		cbParams: map[types.Object]ast.Expr{},
		callArgs: map[*ast.UnaryExpr]bool{},
		ranged:   map[types.Object]bool{},
		params:   map[*types.Var]param{},
		calls:    map[*types.Func][]*ast.CallExpr{},
		escaped:  map[*types.Func]bool{},
		called:   map[*ast.Ident]bool{},

		outParams:  map[*types.Var][]ast.Expr{},
		paramCalls: map[*types.Var][]*ast.CallExpr{},
		heldLits:   map[*ast.Ident]*ast.FuncLit{},
		heldVals:   map[*ast.Ident]ast.Expr{},
	}
}

// presize sizes the maps that visit fills for the package ins indexes:
// one entry per call for called, and for stores the density of variables
// written in large packages (go-redis, valkey-go, centrifuge with their
// tests: one per 26–30 nodes, and a margin), so that they do not grow step by step.
func (f *Flow) presize(ins *astindex.Index) {
	f.stores = make(map[types.Object][]ast.Expr, ins.Count(nil)/24)
	f.called = make(map[*ast.Ident]bool, ins.Count([]ast.Node{(*ast.CallExpr)(nil)}))
}

func (f *Flow) store(lhs ast.Expr, v ast.Expr) {
	if obj := f.ObjectOf(lhs); obj != nil {
		f.stores[obj] = append(f.stores[obj], v)
		if fv, ok := obj.(*types.Var); ok && fv.IsField() && !f.promoted(lhs) {
			if f.fieldAssigned == nil {
				f.fieldAssigned = map[*types.Var]bool{}
			}
			f.fieldAssigned[fv] = true
		}
		return
	}
	// x[i] = v, *p = v, s.f[i] = v: the base changes in a way we do not follow.
	switch l := ast.Unparen(lhs).(type) {
	case *ast.IndexExpr:
		f.store(l.X, nil)
	case *ast.StarExpr:
		f.store(l.X, nil)
	}
}

// visit indexes node n, the last of stack (the nodes from its file down
// to it): every node of the package's files of the flowTypes, in
// preorder, so that a call is seen before its arguments. For a call, it
// returns the function called (typeutil.Callee), if any. Once every node
// is visited, finish completes the index.
func (f *Flow) visit(n ast.Node, stack []ast.Node) (callee *types.Func) {
	switch n := n.(type) {
	case *ast.FuncDecl:
		if fn, ok := f.info.Defs[n.Name].(*types.Func); ok && n.Body != nil {
			if !fn.Exported() {
				sig := fn.Type().(*types.Signature)
				for i := 0; i < sig.Params().Len(); i++ {
					if sig.Variadic() && i == sig.Params().Len()-1 {
						break
					}
					f.params[sig.Params().At(i)] = param{fn, i}
				}
			}
		}
	case *ast.AssignStmt:
		if n.Tok == token.ASSIGN {
			f.indexOut(n, stack)
			f.recordFieldWrites(n, stack)
		}
		switch {
		case n.Tok != token.ASSIGN && n.Tok != token.DEFINE:
			for _, l := range n.Lhs {
				f.store(l, nil)
			}
		case len(n.Lhs) == len(n.Rhs):
			for i := range n.Lhs {
				f.store(n.Lhs[i], n.Rhs[i])
			}
		case len(n.Rhs) == 1:
			// c, err := redis.Dial(…): the first result is the value.
			f.store(n.Lhs[0], n.Rhs[0])
			for _, l := range n.Lhs[1:] {
				f.store(l, nil)
			}
		}
	case *ast.ValueSpec:
		switch {
		case len(n.Names) == len(n.Values):
			for i := range n.Names {
				f.store(n.Names[i], n.Values[i])
			}
		case len(n.Values) == 1:
			f.store(n.Names[0], n.Values[0])
			for _, l := range n.Names[1:] {
				f.store(l, nil)
			}
		}
	case *ast.RangeStmt:
		for i, x := range []ast.Expr{n.Key, n.Value} {
			if x != nil {
				if i == 1 && f.perNode(n.X) {
					// for _, node := range client.Nodes(): a client
					// of one node, which the call's origin says.
					f.store(x, n.X)
				} else {
					f.store(x, nil)
				}
				if obj := f.ObjectOf(x); obj != nil {
					f.ranged[obj] = true
				}
			}
		}
	case *ast.IncDecStmt:
		f.store(n.X, nil)
	case *ast.CompositeLit:
		if _, ok := typesutil.Under(f.info.TypeOf(n)).(*types.Struct); ok {
			for _, elt := range n.Elts {
				if kv, ok := elt.(*ast.KeyValueExpr); ok {
					if id, ok := kv.Key.(*ast.Ident); ok {
						if obj := f.info.ObjectOf(id); obj != nil {
							f.stores[obj] = append(f.stores[obj], kv.Value)
						}
					}
				}
			}
		}
	case *ast.ReturnStmt:
		// The first result of each return statement of a function
		// declared in the package (not of a function literal in it).
		if fn := returnsOf(f.info, stack); fn != nil {
			if len(n.Results) > 0 {
				f.returns[fn] = append(f.returns[fn], n.Results[0])
			} else {
				f.returns[fn] = append(f.returns[fn], nil)
			}
		}
	case *ast.CallExpr:
		callee, _ = typeutil.Callee(f.info, n).(*types.Func)
		f.indexCall(n, callee)
		if callee == nil {
			f.indexParamCall(n)
		}
		switch fun := ast.Unparen(n.Fun).(type) {
		case *ast.Ident:
			f.called[fun] = true
		case *ast.SelectorExpr:
			f.called[fun.Sel] = true
		}
		if id := model.LastIdent(n.Fun); id != nil {
			if fn, ok := f.info.Uses[id].(*types.Func); ok {
				f.calls[fn.Origin()] = append(f.calls[fn.Origin()], n)
			}
		}
	case *ast.UnaryExpr:
		if n.Op == token.AND {
			if !f.callArgs[n] {
				f.store(n.X, nil)
			}
		}
	}
	return callee
}

// perNode reports whether e calls a method that returns a cluster's
// per-node clients.
func (f *Flow) perNode(e ast.Expr) bool {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok {
		return false
	}
	fn, _ := typeutil.Callee(f.info, call).(*types.Func)
	return fn != nil && model.IsPerNodeMethod(fn)
}

// indexCall records, for a call of fn, &x arguments as stores of the call
// into x (flag.StringVar(&addr, …)), and the parameters of function
// literals given to same-client callbacks.
func (f *Flow) indexCall(call *ast.CallExpr, fn *types.Func) {
	// A client constructor reads the options it is given
	// (NewClusterClient(&opts)): no store.
	reads := fn != nil && model.ConstructorOf(fn) != nil
	for _, arg := range call.Args {
		if u, ok := ast.Unparen(arg).(*ast.UnaryExpr); ok && u.Op == token.AND {
			f.callArgs[u] = true
			if !reads {
				f.store(u.X, call)
			}
		}
	}
	if !model.IsSameClientCallback(fn) {
		return
	}
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return
	}
	for _, arg := range call.Args {
		lit, ok := ast.Unparen(arg).(*ast.FuncLit)
		if !ok {
			f.holdCallback(arg, sel.X)
			continue
		}
		f.bindCallback(lit, sel.X)
	}
}

// bindCallback records the parameters of lit, run by a same-client
// callback method of recv, as handles of recv.
func (f *Flow) bindCallback(lit *ast.FuncLit, recv ast.Expr) {
	for _, field := range lit.Type.Params.List {
		for _, name := range field.Names {
			if obj := f.info.Defs[name]; obj != nil {
				f.cbParams[obj] = recv
			}
		}
	}
}

// returnsOf returns the function declared in the package whose return
// statement is on top of stack, or nil when it returns from a function
// literal.
func returnsOf(info *types.Info, stack []ast.Node) *types.Func {
	for i := len(stack) - 2; i >= 0; i-- {
		switch d := stack[i].(type) {
		case *ast.FuncLit:
			return nil
		case *ast.FuncDecl:
			if d.Body == nil {
				return nil
			}
			fn, _ := info.Defs[d.Name].(*types.Func)
			return fn
		}
	}
	return nil
}

// finish records the functions used other than as the callee of a call
// (passed as a value, stored, compared, a method value): every use of the
// package's files, each identifier once, as a walk of the files would see
// them.
func (f *Flow) finish() {
	f.callbackStores()
	held := f.heldUses()
	for id, obj := range f.info.Uses {
		switch obj := obj.(type) {
		case *types.Func:
			if !f.called[id] {
				f.escaped[obj.Origin()] = true
			}
		case *types.Var:
			if _, ok := held[obj]; ok {
				held[obj]++
			}
		}
	}
	f.called = nil
	f.bindHeld(held)
}

// ObjectOf returns the variable, constant or field an identifier or
// selector expression denotes, or nil.
func (f *Flow) ObjectOf(e ast.Expr) types.Object {
	var obj types.Object
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		obj = f.info.ObjectOf(e)
	case *ast.SelectorExpr:
		obj = f.info.ObjectOf(e.Sel)
	}
	switch obj.(type) {
	case *types.Var, *types.Const:
		return obj
	}
	return nil
}

// Stores returns what is stored into obj in this package. ok is false when
// some store cannot be followed.
func (f *Flow) Stores(obj types.Object) (vals []ast.Expr, ok bool) {
	ok = true
	for _, v := range f.stores[obj] {
		if v == nil {
			ok = false
			continue
		}
		vals = append(vals, v)
	}
	return vals, ok
}

// CallbackReceiver returns, for a parameter of a function literal that a
// same-client callback method runs (rdb.Pipelined(ctx, func(pipe
// redis.Pipeliner) error { … }), tx.TxPipelined, Watch), the receiver of
// that call: the client whose handle the parameter is.
func (f *Flow) CallbackReceiver(obj types.Object) (ast.Expr, bool) {
	recv, ok := f.cbParams[obj]
	return recv, ok
}

// Ranged reports whether obj is the key or value of a range loop.
func (f *Flow) Ranged(obj types.Object) bool { return f.ranged[obj] }

// Returns returns the first result of each return statement of fn, a
// function declared in the package.
func (f *Flow) Returns(fn *types.Func) []ast.Expr { return f.returns[fn] }

// SingleValue follows e through variables stored exactly once (and never
// otherwise changed) to that value; it returns e itself otherwise.
func (f *Flow) SingleValue(e ast.Expr) ast.Expr {
	for range 16 {
		obj := f.ObjectOf(e)
		if _, ok := obj.(*types.Var); !ok {
			return e
		}
		vals := f.stores[obj]
		if len(vals) != 1 || vals[0] == nil {
			return e
		}
		if _, isParam := f.cbParams[obj]; isParam {
			return e
		}
		e = vals[0]
	}
	return e
}

// Origins returns the expressions that made the client handle e denotes:
// constructions (calls and literals the tables know), or expressions whose
// static type is all there is to know (a parameter, a field set elsewhere).
// It follows variables through all their stores, method calls on a client
// (pool.Get(), rdb.Pipeline()) to their receiver, wrappers, delegating
// literals (a redigo Pool's Dial function), functions of the package to
// what they return, and parameters of same-client callbacks to the client.
// complete is false when some store could not be followed.
func (f *Flow) Origins(e ast.Expr) (origins []ast.Expr, complete bool) {
	complete = true
	seen := map[types.Object]bool{}
	seenFn := map[*types.Func]bool{}
	var walk func(e ast.Expr, depth int)
	walk = func(e ast.Expr, depth int) {
		if e == nil || depth > 24 {
			complete = false
			return
		}
		e = ast.Unparen(e)
		switch x := e.(type) {
		case *ast.UnaryExpr:
			if x.Op == token.AND {
				walk(x.X, depth+1)
				return
			}
		case *ast.StarExpr:
			walk(x.X, depth+1)
			return
		case *ast.Ident, *ast.SelectorExpr:
			obj := f.ObjectOf(x)
			v, isVar := obj.(*types.Var)
			if !isVar {
				break
			}
			if recv, ok := f.cbParams[v]; ok {
				walk(recv, depth+1)
				return
			}
			if sel, ok := x.(*ast.SelectorExpr); ok && v.IsField() {
				if vals, ok := f.objectField(sel, v); ok {
					for _, val := range vals {
						walk(val, depth+1)
					}
					return
				}
			}
			if seen[v] {
				return
			}
			seen[v] = true
			vals, ok := f.Stores(v)
			if !ok {
				complete = false
			}
			if len(vals) == 0 {
				// A parameter of an unexported function of the package
				// whose every call is here: what the calls pass.
				if p, ok := f.params[v]; ok && !f.escaped[p.fn] && len(f.calls[p.fn]) > 0 {
					for _, call := range f.calls[p.fn] {
						if p.i >= len(call.Args) || call.Ellipsis.IsValid() {
							complete = false
							continue
						}
						walk(call.Args[p.i], depth+1)
					}
					return
				}
				break // a parameter or a variable set elsewhere: its type tells
			}
			for _, val := range vals {
				if call, ok := ast.Unparen(val).(*ast.CallExpr); ok {
					// v stored by f(&v): what f stores through it.
					if outs, ok := f.outValues(call, v); ok {
						for _, o := range outs {
							walk(o, depth+1)
						}
						continue
					}
				}
				walk(val, depth+1)
			}
			return
		case *ast.CompositeLit:
			if d := model.DelegateOf(f.info.TypeOf(x)); d != nil {
				found := false
				for _, elt := range x.Elts {
					kv, ok := elt.(*ast.KeyValueExpr)
					if !ok {
						continue
					}
					if id, ok := kv.Key.(*ast.Ident); ok && model.Contains(d.Fields, id.Name) {
						found = true
						f.walkFuncResults(kv.Value, func(r ast.Expr) { walk(r, depth+1) })
					}
				}
				if found {
					return
				}
			}
		case *ast.CallExpr:
			fn, _ := typeutil.Callee(f.info, x).(*types.Func)
			if fn == nil || model.ConstructorOf(fn) != nil {
				break
			}
			if w := model.WrapperOf(fn); w != nil {
				if sig, ok := fn.Type().(*types.Signature); ok {
					if i := w.Arg + model.CtxOffset(sig); i < len(x.Args) {
						walk(x.Args[i], depth+1)
						return
					}
				}
				break
			}
			if sel, ok := ast.Unparen(x.Fun).(*ast.SelectorExpr); ok && model.IsHandleMethod(fn) {
				if s, ok := f.info.Selections[sel]; ok && s.Kind() == types.MethodVal {
					walk(sel.X, depth+1)
					return
				}
			}
			if rets, ok := f.returns[fn]; ok && !seenFn[fn] {
				seenFn[fn] = true
				for _, r := range rets {
					walk(r, depth+1)
				}
				return
			}
		}
		origins = append(origins, e)
	}
	walk(e, 0)
	return origins, complete
}

// walkFuncResults calls fn with what a function value returns, when it is a
// function literal (or a function of the package).
func (f *Flow) walkFuncResults(e ast.Expr, fn func(ast.Expr)) {
	e = f.SingleValue(e)
	switch x := ast.Unparen(e).(type) {
	case *ast.FuncLit:
		ast.Inspect(x.Body, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.FuncLit:
				return false
			case *ast.ReturnStmt:
				if len(n.Results) > 0 {
					fn(n.Results[0])
				}
			}
			return true
		})
	case *ast.Ident, *ast.SelectorExpr:
		if f2, ok := f.info.ObjectOf(model.LastIdent(x)).(*types.Func); ok {
			for _, r := range f.returns[f2] {
				fn(r)
			}
		}
	}
}

// ListElems returns the elements of a []string value written as a
// composite literal (directly or through a variable stored once). ok is
// false for lists built at run time (strings.Split(env, ","), append).
func (f *Flow) ListElems(e ast.Expr) ([]ast.Expr, bool) {
	lit, ok := ast.Unparen(f.SingleValue(e)).(*ast.CompositeLit)
	if !ok {
		return nil, false
	}
	if _, isSlice := typesutil.Under(f.info.TypeOf(lit)).(*types.Slice); !isSlice {
		if _, isArray := typesutil.Under(f.info.TypeOf(lit)).(*types.Array); !isArray {
			return nil, false
		}
	}
	for _, elt := range lit.Elts {
		if _, keyed := elt.(*ast.KeyValueExpr); keyed {
			return nil, false
		}
	}
	return lit.Elts, true
}

// ParamCalls returns, when e denotes a parameter of an unexported function
// of the package (directly, or through a local stored exactly once) whose
// every call is in the package, those calls with the argument each passes
// for it. ok is false for anything else (a local, a field, a parameter of
// an exported function or of one used as a value).
func (f *Flow) ParamCalls(e ast.Expr) (calls []*ast.CallExpr, args []ast.Expr, ok bool) {
	id, isID := ast.Unparen(f.SingleValue(e)).(*ast.Ident)
	if !isID {
		return nil, nil, false
	}
	v, isVar := f.info.Uses[id].(*types.Var)
	if !isVar {
		return nil, nil, false
	}
	p, isParam := f.params[v]
	if !isParam || f.escaped[p.fn] || len(f.calls[p.fn]) == 0 {
		return nil, nil, false
	}
	if vals, _ := f.Stores(v); len(vals) > 0 {
		return nil, nil, false // reassigned in the function
	}
	for _, call := range f.calls[p.fn] {
		if p.i >= len(call.Args) || call.Ellipsis.IsValid() {
			return nil, nil, false
		}
		calls = append(calls, call)
		args = append(args, call.Args[p.i])
	}
	return calls, args, true
}
