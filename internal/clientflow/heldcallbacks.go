package clientflow

// Callbacks held in a variable: go-redis's documented optimistic lock
// defines its WATCH function first and gives it by name, retrying,
//
//	txf := func(tx *redis.Tx) error { … tx.Get(ctx, key) … }
//	for range maxRetries {
//		err := rdb.Watch(ctx, txf, key)
//		…
//	}
//
// and its tx is the Watch's as much as the parameter of a literal written
// in the call. A local variable given to a same-client callback method
// (Watch, Pipelined, TxPipelined) is read as the value it holds when it
// is stored once, with a function literal or a function or method value
// (fn := s.queue), and its one other use is that argument: a variable also
// called directly, passed elsewhere or given to two such calls may run
// its function with other handles.

import (
	"go/ast"
	"go/types"

	"github.com/redislint/redislint/internal/model"
)

// heldCallback is a variable given to a same-client callback method of
// recv, at id.
type heldCallback struct {
	id   *ast.Ident
	v    *types.Var
	recv ast.Expr
}

// holdCallback records arg, an argument of a same-client callback method
// of recv other than a function literal, when it is a local variable of
// function type.
func (f *Flow) holdCallback(arg ast.Expr, recv ast.Expr) {
	id, ok := ast.Unparen(arg).(*ast.Ident)
	if !ok {
		return
	}
	v, ok := f.info.Uses[id].(*types.Var)
	if !ok || v.IsField() || v.Pkg() == nil || v.Parent() == v.Pkg().Scope() {
		return
	}
	if _, ok := v.Type().Underlying().(*types.Signature); !ok {
		return
	}
	f.heldCallbacks = append(f.heldCallbacks, heldCallback{id, v, recv})
}

// heldUses returns a counter of uses for each variable held as a
// callback, at zero.
func (f *Flow) heldUses() map[*types.Var]int {
	if len(f.heldCallbacks) == 0 {
		return nil
	}
	uses := map[*types.Var]int{}
	for _, h := range f.heldCallbacks {
		uses[h.v] = 0
	}
	return uses
}

// bindHeld binds the parameters of the literal of each variable held as a
// callback whose only use is that argument (uses: every use of each
// variable in the package) and that is stored once, with a literal.
func (f *Flow) bindHeld(uses map[*types.Var]int) {
	for _, h := range f.heldCallbacks {
		if uses[h.v] != 1 {
			continue
		}
		switch val := ast.Unparen(f.SingleValue(h.id)).(type) {
		case *ast.FuncLit:
			f.heldLits[h.id] = val
			f.bindCallback(val, h.recv)
		case *ast.Ident, *ast.SelectorExpr, *ast.IndexExpr, *ast.IndexListExpr:
			if _, isVar := f.info.ObjectOf(model.LastIdent(val)).(*types.Var); !isVar {
				f.heldVals[h.id] = val
			}
		}
	}
}

// HeldCallback returns the function or method value (not a literal: see
// CallbackLit) that arg, an argument of a same-client callback method,
// names through a variable (see above), or nil.
func (f *Flow) HeldCallback(arg ast.Expr) ast.Expr {
	if id, ok := ast.Unparen(arg).(*ast.Ident); ok {
		return f.heldVals[id]
	}
	return nil
}

// CallbackLit returns the function literal that arg, an argument of a
// same-client callback method, runs: arg itself, or the literal held by
// the variable arg names (see above); nil otherwise.
func (f *Flow) CallbackLit(arg ast.Expr) *ast.FuncLit {
	switch a := ast.Unparen(arg).(type) {
	case *ast.FuncLit:
		return a
	case *ast.Ident:
		return f.heldLits[a]
	}
	return nil
}
