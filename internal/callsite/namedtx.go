package callsite

import (
	"go/ast"
	"go/types"

	"github.com/redislint/redislint/internal/model"
)

// namedCallback returns the declared function a transaction callback
// argument names, and the receiver expression of a method value: queue
// or pkg.Queue (a declared function), s.queue (a method value of a
// declared method), or a variable that holds one of these and is used
// only there (clientflow's HeldCallback). A function value in another
// variable or a parameter, a method expression or a literal is not one
// (nil).
func (s *state) namedCallback(a ast.Expr) (*types.Func, ast.Expr) {
	info := s.pass.TypesInfo
	switch a := ast.Unparen(a).(type) {
	case *ast.Ident:
		if s.flow != nil {
			// A variable that holds one (fn := s.queue): clientflow's
			// HeldCallback.
			if v := s.flow.Flow.HeldCallback(a); v != nil {
				return s.namedCallback(v)
			}
		}
		fn, _ := info.Uses[a].(*types.Func)
		if fn == nil || fn.Type().(*types.Signature).Recv() != nil {
			return nil, nil
		}
		return fn.Origin(), nil
	case *ast.SelectorExpr:
		if sel, ok := info.Selections[a]; ok {
			if sel.Kind() != types.MethodVal {
				return nil, nil
			}
			fn, _ := sel.Obj().(*types.Func)
			if fn == nil {
				return nil, nil
			}
			return fn.Origin(), a.X
		}
		// A qualified identifier: a function of another package.
		fn, _ := info.Uses[a.Sel].(*types.Func)
		if fn == nil || fn.Type().(*types.Signature).Recv() != nil {
			return nil, nil
		}
		return fn.Origin(), nil
	case *ast.IndexExpr, *ast.IndexListExpr:
		// An instantiated generic function: queue[T].
		var x ast.Expr
		if ix, ok := a.(*ast.IndexExpr); ok {
			x = ix.X
		} else {
			x = a.(*ast.IndexListExpr).X
		}
		if _, ok := ast.Unparen(x).(*ast.IndexExpr); ok {
			return nil, nil
		}
		if _, ok := ast.Unparen(x).(*ast.IndexListExpr); ok {
			return nil, nil
		}
		return s.namedCallback(x)
	}
	return nil, nil
}

// namedTxCalls returns the commands that a declared function or method
// value given by name as a transaction callback queues on the pipeline or
// Tx it is given (its PipeFact): rdb.TxPipelined(ctx, queueEvents),
// rdb.Watch(ctx, fn, keys...), store.Transaction(s.queue) of a
// transaction wrapper. The callback is read as a function literal whose
// body is that function's: its commands are the transaction's, at the
// call that opens it. Nil when the call opens no transaction or gives no
// such callback.
func (s *state) namedTxCalls(call *ast.CallExpr) []*Call {
	// Most calls give no function by name: they import no fact.
	named := false
	for _, a := range call.Args {
		if fn, _ := s.namedCallback(a); fn != nil {
			named = true
			break
		}
	}
	if !named {
		return nil
	}
	var (
		args []ast.Expr
		k    model.Receiver
		tx   *Tx
		org  ast.Expr
	)
	if fn, recv := s.method(call); fn != nil {
		if !model.IsSameClientCallback(fn) {
			return nil
		}
		args = call.Args
		var outer *Tx
		if k, org, outer = s.kind(recv, 0); k == model.RecvNone {
			return nil
		}
		switch {
		case outer != nil:
			// Inside a transaction (a TxPipeline's Pipelined, a Tx's
			// TxPipelined): the callback's commands join it.
			tx = outer
		case fn.Name() == "Pipelined":
			return nil // a plain pipeline: each command on its own
		}
	} else {
		fn := s.callee(call)
		if fn == nil || !s.pass.ImportObjectFact(fn.Origin(), &s.scratch.tx) {
			return nil
		}
		f := s.scratch.tx
		if f.Method == "MULTI" || f.Method == "DoMulti" || f.Callback >= len(call.Args) {
			return nil
		}
		args = call.Args[f.Callback : f.Callback+1]
		k, org = f.Kind, call
		if f.Conn > 0 {
			if f.Conn-1 >= len(call.Args) {
				return nil
			}
			if k, _, _ = s.kind(call.Args[f.Conn-1], 0); k == model.RecvNone {
				return nil
			}
		}
	}
	for _, a := range args {
		cb, recv := s.namedCallback(a)
		if cb == nil || !s.pass.ImportObjectFact(cb, &s.scratch.pipe) {
			continue
		}
		f := s.scratch.pipe
		if f.Pipe != 0 {
			continue // the library gives the callback its pipeline first
		}
		// The callback's keys may come from its receiver or be its own;
		// its only parameter is the pipeline.
		ok := true
		for _, pc := range f.Cmds {
			for _, b := range pc.Keys {
				for _, p := range b.Parts {
					if p.Param > 0 || p.Param < 0 && recv == nil {
						ok = false
					}
				}
			}
		}
		if !ok {
			continue
		}
		if tx == nil {
			if tx = s.txs[call]; tx == nil {
				tx = &Tx{Start: call, Kind: k}
				s.txs[call] = tx
			}
		}
		var out []*Call
		for _, pc := range f.Cmds {
			c := &Call{
				Call: call, Fn: cb, Kind: k, Origin: org, Tx: tx, Via: cb,
				Cmd: &model.Command{Method: cb.Name(), Name: pc.Cmd}, Complete: pc.Complete,
			}
			for i := range pc.Keys {
				c.Keys = append(c.Keys, s.eval.InstantiateAlts(call, cb, recv, &pc.Keys[i])...)
			}
			out = append(out, c)
		}
		return out
	}
	return nil
}
