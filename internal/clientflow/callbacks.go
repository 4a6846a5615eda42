package clientflow

// Callbacks given to the package's own functions: func withClient(fn
// func(redis.UniversalClient)) { fn(rdb) }, called withClient(func(c
// redis.UniversalClient) { … }): c holds what withClient passes.

import (
	"go/ast"
	"go/types"
)

// indexParamCall records a call of a function-typed parameter of a
// function declared in the package (fn(rdb) in withClient).
func (f *Flow) indexParamCall(call *ast.CallExpr) {
	id, ok := ast.Unparen(call.Fun).(*ast.Ident)
	if !ok {
		return
	}
	v, ok := f.info.Uses[id].(*types.Var)
	if !ok || v.IsField() {
		return
	}
	if _, ok := v.Type().Underlying().(*types.Signature); !ok {
		return
	}
	f.paramCalls[v] = append(f.paramCalls[v], call)
}

// callbackStores records, for every call of a function of the package
// given a function literal for a function-typed parameter that the function
// only ever calls (every use of the parameter is a call of it), what each
// call passes as stores of the literal's parameters.
func (f *Flow) callbackStores() {
	if len(f.paramCalls) == 0 {
		return
	}
	// Uses of each such parameter, to tell that it is only called.
	uses := map[*types.Var]int{}
	for _, obj := range f.info.Uses {
		if v, ok := obj.(*types.Var); ok {
			if _, called := f.paramCalls[v]; called {
				uses[v]++
			}
		}
	}
	for fn, calls := range f.calls {
		sig, ok := fn.Type().(*types.Signature)
		if !ok {
			continue
		}
		for _, call := range calls {
			for i, arg := range call.Args {
				lit, ok := ast.Unparen(arg).(*ast.FuncLit)
				if !ok || i >= sig.Params().Len() || (sig.Variadic() && i >= sig.Params().Len()-1) {
					continue
				}
				p := sig.Params().At(i)
				pcs := f.paramCalls[p]
				if len(pcs) == 0 || uses[p] != len(pcs) {
					continue // stored or passed on: called who knows how
				}
				var names []*ast.Ident
				for _, field := range lit.Type.Params.List {
					if len(field.Names) == 0 {
						names = append(names, nil)
					}
					names = append(names, field.Names...)
				}
				for _, pc := range pcs {
					if pc.Ellipsis.IsValid() {
						continue
					}
					for j, name := range names {
						if name == nil || j >= len(pc.Args) {
							continue
						}
						if obj := f.info.Defs[name]; obj != nil {
							f.stores[obj] = append(f.stores[obj], pc.Args[j])
						}
					}
				}
			}
		}
	}
}
