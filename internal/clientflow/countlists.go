package clientflow

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/redislint/redislint/internal/model"
)

// countLists returns the lists whose length is the number of addresses
// that e holds or is an element of: the variables and fields on the way
// while the value stays the same list (stores, parameters of the
// package's unexported functions, x[i] to x, the package's functions to
// what they return). Unlike Lists it stops at a call that makes a new list
// (strings.Split(parts[1], ",") is not as long as parts): len(parts) != 2
// of a URL split at its scheme counts no address.
func (r *Result) countLists(e ast.Expr) map[types.Object]bool {
	f := r.Flow
	out := map[types.Object]bool{}
	seenFn := map[*types.Func]bool{}
	var walk func(e ast.Expr, depth int)
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
			// A struct made of an address (&config.NodeAddress{Host: h}).
			if _, ok := r.info.TypeOf(x).Underlying().(*types.Struct); ok {
				for _, elt := range x.Elts {
					if kv, ok := elt.(*ast.KeyValueExpr); ok {
						elt = kv.Value
					}
					walk(elt, depth+1)
				}
			}
		case *ast.CallExpr:
			fn, _ := typeutil.Callee(r.info, x).(*types.Func)
			if fn == nil || fn.Pkg() == nil {
				return
			}
			if fn.Pkg() == r.pass.Pkg {
				if !seenFn[fn] {
					seenFn[fn] = true
					for _, ret := range f.returns[fn] {
						walk(ret, depth+1)
					}
				}
				return
			}
			if t := r.info.TypeOf(x); t == nil || isSlice(t) {
				return // a new list (strings.Split)
			}
			// One value made of its arguments (net.JoinHostPort(h, p), a
			// library's configuration chain WithAddress(node)).
			for _, a := range x.Args {
				walk(a, depth+1)
			}
			if sel, ok := ast.Unparen(x.Fun).(*ast.SelectorExpr); ok {
				if s, ok := r.info.Selections[sel]; ok && s.Kind() == types.MethodVal {
					walk(sel.X, depth+1)
				}
			}
		}
	}
	walk(e, 0)
	return out
}

// addrLists are the count lists of construction k's address: those of its
// address expression, and the options field it is set in (len(opts.Addrs)
// counts the addresses of &redis.UniversalOptions{Addrs: …} held in opts).
func (r *Result) addrLists(k *model.Construction) map[types.Object]bool {
	out := map[types.Object]bool{}
	if k.Addr == nil {
		return out
	}
	for o := range r.countLists(k.Addr) {
		out[o] = true
	}
	if kv := k.Field(k.C.AddrField); kv != nil {
		if id, ok := kv.Key.(*ast.Ident); ok {
			if v, ok := r.info.ObjectOf(id).(*types.Var); ok && v.IsField() {
				out[v] = true
			}
		}
	}
	return out
}

// isSlice reports whether t (or the first type of a tuple) is a slice or
// an array.
func isSlice(t types.Type) bool {
	if tu, ok := t.(*types.Tuple); ok {
		if tu.Len() == 0 {
			return false
		}
		t = tu.At(0).Type()
	}
	switch t.Underlying().(type) {
	case *types.Slice, *types.Array:
		return true
	}
	return false
}
