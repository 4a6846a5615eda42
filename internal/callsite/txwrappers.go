package callsite

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"sort"
	"strings"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/redislint/redislint/internal/model"
	"github.com/redislint/redislint/internal/typesutil"
)

// This file finds the transaction wrappers other than go-redis
// TxPipelined and Watch (helpers.go): a function that runs a callback it
// is given
//
//   - on a go-redis TxPipeline: p := rdb.TxPipeline(); fn(p); p.Exec(ctx),
//     or p.Pipelined(ctx, fn) on such a p (Method "TxPipeline");
//   - between MULTI and EXEC sent on one connection of a library whose
//     handle is one connection (LibInfo.OneConn: redigo, redisc):
//     c.Send("MULTI"); fn(c); c.Do("EXEC") (Method "MULTI");
//   - for the commands it returns, sent in a batch (model.BatchOf: rueidis
//     and valkey-go DoMulti) between a built MULTI and EXEC (Method
//     "DoMulti", Returns).
//
// The libraries are read through the model's tables and traits, never by
// name here.

// litTx is a function literal given to a transaction wrapper whose
// commands are the ones it returns (Returns), and that transaction.
type litTx struct {
	lit *ast.FuncLit
	tx  *Tx
}

// goRedisTxPipeline returns the index of the callback parameter that a
// go-redis wrapper runs on a TxPipeline it makes: fn(p) or p.Pipelined(ctx,
// fn) with p := client.TxPipeline() and p.Exec(ctx) called, the kind
// of the client, and the client expression.
func (s *state) goRedisTxPipeline(body *ast.BlockStmt, params map[types.Object]int) (int, model.Receiver, ast.Expr, bool) {
	clients := map[types.Object]ast.Expr{}
	// txPipe returns the client kind of x when x is a variable assigned
	// once from TxPipeline() of a client.
	txPipe := func(x ast.Expr) (model.Receiver, types.Object, bool) {
		id, ok := ast.Unparen(x).(*ast.Ident)
		if !ok {
			return 0, nil, false
		}
		obj := s.pass.TypesInfo.Uses[id]
		def, ok := s.eval.Def(x)
		if !ok || obj == nil {
			return 0, nil, false
		}
		call, ok := ast.Unparen(def).(*ast.CallExpr)
		if !ok {
			return 0, nil, false
		}
		fn, recv := s.method(call)
		if fn == nil || fn.Name() != "TxPipeline" {
			return 0, nil, false
		}
		k, _, outer := s.kind(recv, 0)
		if outer != nil || k == model.RecvNone || k == model.RecvStandalone || k == model.RecvPipeline || k == model.RecvTx {
			return 0, nil, false
		}
		clients[obj] = recv
		return k, obj, true
	}
	execd := map[types.Object]token.Pos{} // the last Exec of each pipeline
	idx, kind, pipe, found := 0, model.RecvNone, types.Object(nil), false
	var at token.Pos // where the callback runs
	ast.Inspect(body, func(n ast.Node) bool {
		if _, ok := n.(*ast.FuncLit); ok {
			return false
		}
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return true
		}
		if fn, recv := s.method(call); fn != nil {
			switch fn.Name() {
			case "Exec":
				if _, obj, ok := txPipe(recv); ok {
					execd[obj] = call.Pos()
				}
			case "Pipelined", "TxPipelined":
				k, obj, ok := txPipe(recv)
				if !ok || found {
					return true
				}
				for _, a := range call.Args {
					if i, ok := s.callbackParam(a, params); ok {
						idx, kind, pipe, found, at = i, k, obj, true, call.Pos()
						execd[obj] = call.End() // Pipelined executes it
					}
				}
			}
			return true
		}
		id, ok := ast.Unparen(call.Fun).(*ast.Ident)
		if !ok || found {
			return true
		}
		v, ok := s.pass.TypesInfo.Uses[id].(*types.Var)
		i, isParam := params[v]
		if !ok || !isParam || !s.eval.Stable(v) {
			return true
		}
		for _, a := range call.Args {
			if k, obj, ok := txPipe(a); ok {
				idx, kind, pipe, found, at = i, k, obj, true, call.Pos()
			}
		}
		return true
	})
	// Executed after the callback queued its commands.
	if !found || execd[pipe] <= at {
		return 0, 0, nil, false
	}
	return idx, kind, clients[pipe], true
}

// rawName returns the command name a raw send call sends (upper case)
// and the connection it is sent on, for libraries whose handle is one
// connection.
func (s *state) rawName(call *ast.CallExpr) (string, ast.Expr, model.Lib, bool) {
	fn := s.callee(call)
	if fn == nil {
		return "", nil, 0, false
	}
	r, ok := model.RawSendOf(fn)
	if !ok || r.Builds || r.Cmd < 0 || !r.Lib.Info().OneConn {
		return "", nil, 0, false
	}
	x, conn := argAt(call, fn, r.Cmd), argAt(call, fn, r.Conn)
	if x == nil || conn == nil {
		return "", nil, 0, false
	}
	tv := s.pass.TypesInfo.Types[x]
	if tv.Value == nil || tv.Value.Kind() != constant.String {
		return "", nil, 0, false
	}
	return strings.ToUpper(constant.StringVal(tv.Value)), conn, r.Lib, true
}

// rawTxWrapper reads a wrapper that runs its callback on a connection
// between MULTI and EXEC: conn.Send("MULTI"); fn(conn); conn.Do("EXEC"),
// where conn is a parameter (the call site's argument decides the client)
// or a connection of a client the wrapper knows.
func (s *state) rawTxWrapper(body *ast.BlockStmt, sig *types.Signature, params map[types.Object]int) (*TxWrapperFact, bool) {
	info := s.pass.TypesInfo
	type event struct {
		name string
		conn types.Object
		expr ast.Expr
		lib  model.Lib
	}
	var events []event
	calls := 0
	var cb struct {
		idx   int
		conns []types.Object // the callback's arguments
		conn  types.Object   // the one MULTI was sent on
		pos   int
	}
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		if _, ok := n.(*ast.FuncLit); ok {
			return false
		}
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return true
		}
		if name, conn, lib, ok := s.rawName(call); ok {
			if id, ok := ast.Unparen(conn).(*ast.Ident); ok && info.Uses[id] != nil {
				events = append(events, event{name, info.Uses[id], conn, lib})
			}
			return true
		}
		id, ok := ast.Unparen(call.Fun).(*ast.Ident)
		if !ok {
			return true
		}
		v, ok := info.Uses[id].(*types.Var)
		i, isParam := params[v]
		if !ok || !isParam || !s.eval.Stable(v) {
			return true
		}
		calls++
		cb.idx, cb.pos, found = i, len(events), true
		for _, a := range call.Args {
			if aid, ok := ast.Unparen(a).(*ast.Ident); ok && info.Uses[aid] != nil {
				cb.conns = append(cb.conns, info.Uses[aid])
			}
		}
		return true
	})
	if !found || calls != 1 {
		return nil, false
	}
	for _, e := range events[:cb.pos] {
		for _, c := range cb.conns {
			if e.name == "MULTI" && e.conn == c {
				cb.conn = c
			}
		}
	}
	if cb.conn == nil {
		return nil, false
	}
	// MULTI on the connection before the call, EXEC after it, and
	// nothing that ends the transaction in between.
	multi := -1
	for i, e := range events[:cb.pos] {
		if e.conn != cb.conn {
			continue
		}
		switch e.name {
		case "MULTI":
			multi = i
		case "EXEC", "DISCARD":
			multi = -1
		}
	}
	if multi < 0 {
		return nil, false
	}
	// EXEC after it (a DISCARD on an error path does not matter: when
	// EXEC runs, it runs the callback's commands).
	exec := false
	for _, e := range events[cb.pos:] {
		if e.conn == cb.conn && e.name == "EXEC" {
			exec = true
		}
	}
	if !exec {
		return nil, false
	}
	f := &TxWrapperFact{Callback: cb.idx, Method: "MULTI", Effect: model.CrossSlotServer, Lib: events[multi].lib}
	if v, ok := cb.conn.(*types.Var); ok {
		for i := range sig.Params().Len() {
			if sig.Params().At(i) == v && s.eval.Stable(v) {
				f.Conn = i + 1
				return f, true
			}
		}
	}
	k, _, _ := s.clientKind(events[multi].expr)
	if k == model.RecvNone || k == model.RecvStandalone {
		return nil, false
	}
	f.Kind = k
	return f, true
}

// batchTxWrapper reads a wrapper that sends the commands its callback
// returns in a batch that also holds a built MULTI and EXEC:
// c.DoMulti(ctx, append(append(Commands{multi}, fn()...), exec)...).
func (s *state) batchTxWrapper(body *ast.BlockStmt, sig *types.Signature, params map[types.Object]int) (*TxWrapperFact, bool) {
	info := s.pass.TypesInfo
	var batch *ast.CallExpr
	var b model.Batch
	nbatch, calls := 0, 0
	multi, exec := false, false
	idx, found := 0, false
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ExprStmt:
			// A callback called for nothing: its result is dropped.
			if call, ok := ast.Unparen(n.X).(*ast.CallExpr); ok {
				if id, ok := ast.Unparen(call.Fun).(*ast.Ident); ok {
					if v, ok := info.Uses[id].(*types.Var); ok {
						if _, isParam := params[v]; isParam {
							calls++
						}
					}
				}
			}
			return true
		}
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return true
		}
		fn, _ := typeutil.Callee(info, call).(*types.Func)
		if fn != nil {
			if bb, ok := model.BatchOf(fn); ok {
				batch, b = call, bb
				nbatch++
				return true
			}
			if model.IsBuilderBuild(fn.Name()) {
				if c := s.builderCommand(call); c != nil {
					multi = multi || c.Cmd.Name == "MULTI"
					exec = exec || c.Cmd.Name == "EXEC"
				}
				return true
			}
		}
		id, ok := ast.Unparen(call.Fun).(*ast.Ident)
		if !ok {
			return true
		}
		v, ok := info.Uses[id].(*types.Var)
		i, isParam := params[v]
		if !ok || !isParam || !s.eval.Stable(v) {
			return true
		}
		calls++
		if sig, ok := v.Type().Underlying().(*types.Signature); ok && sig.Results().Len() == 1 {
			if _, isSlice := sig.Results().At(0).Type().Underlying().(*types.Slice); isSlice {
				idx, found = i, true
			}
		}
		return true
	})
	if !found || calls != 1 || nbatch != 1 || !multi || !exec {
		return nil, false
	}
	sel, ok := ast.Unparen(batch.Fun).(*ast.SelectorExpr)
	if !ok {
		return nil, false
	}
	f := &TxWrapperFact{Callback: idx, Method: "DoMulti", Returns: true, Effect: b.Lib.Info().CrossSlot, Lib: b.Lib}
	if id, ok := ast.Unparen(sel.X).(*ast.Ident); ok {
		if v, ok := info.Uses[id].(*types.Var); ok && s.eval.Stable(v) {
			for i := range sig.Params().Len() {
				if sig.Params().At(i) == v {
					// A client parameter: the call site's argument
					// decides the kind of client.
					f.Conn = i + 1
					return f, true
				}
			}
		}
	}
	k, _, _ := s.clientKind(sel.X)
	if k == model.RecvNone || k == model.RecvStandalone {
		return nil, false
	}
	f.Kind = k
	return f, true
}

// recordLibTxWrapper records, at a call of a MULTI or DoMulti transaction
// wrapper with a function literal, the transaction the literal's commands
// join: the connection it is given (MULTI), or the commands it returns.
func (s *state) recordLibTxWrapper(call *ast.CallExpr, f *TxWrapperFact, lit *ast.FuncLit) {
	k := f.Kind
	var origin ast.Expr = call
	if f.Conn > 0 {
		if f.Conn-1 >= len(call.Args) {
			return
		}
		origin = call.Args[f.Conn-1]
		k, _, _ = s.clientKind(origin)
	}
	if k == model.RecvNone || k == model.RecvStandalone {
		return
	}
	tx := &Tx{Start: call, Kind: k, Effect: f.Effect, Lib: f.Lib}
	s.txs[call] = tx
	if f.Returns {
		s.litTxs = append(s.litTxs, litTx{lit, tx})
		return
	}
	for _, field := range lit.Type.Params.List {
		for _, name := range field.Names {
			if obj := s.pass.TypesInfo.Defs[name]; obj != nil && s.eval.Stable(obj) {
				s.connTxs[obj] = tx
			}
		}
	}
}

// returnedCommands joins to their transaction the commands that function
// literals given to DoMulti transaction wrappers return: built in a
// return statement (in a literal of commands or append), or into a
// variable that is returned.
func (s *state) returnedCommands(calls []*Call) {
	if len(s.litTxs) == 0 {
		return
	}
	byCall := map[*ast.CallExpr]*Call{}
	for _, c := range calls {
		byCall[c.Call] = c
	}
	info := s.pass.TypesInfo
	for _, lt := range s.litTxs {
		// The expressions whose commands are returned: return results,
		// and what is assigned to a variable they return or append to
		// (cmds = append(cmds, …); return append(cmds, …)).
		var results []ast.Expr
		var assigns []struct {
			obj types.Object
			rhs ast.Expr
		}
		ast.Inspect(lt.lit.Body, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.FuncLit:
				return false
			case *ast.ReturnStmt:
				results = append(results, n.Results...)
			case *ast.AssignStmt:
				if len(n.Lhs) == len(n.Rhs) {
					for i, l := range n.Lhs {
						if id, ok := ast.Unparen(l).(*ast.Ident); ok && info.ObjectOf(id) != nil {
							assigns = append(assigns, struct {
								obj types.Object
								rhs ast.Expr
							}{info.ObjectOf(id), n.Rhs[i]})
						}
					}
				}
			case *ast.ValueSpec:
				if len(n.Names) == len(n.Values) {
					for i, id := range n.Names {
						if info.ObjectOf(id) != nil {
							assigns = append(assigns, struct {
								obj types.Object
								rhs ast.Expr
							}{info.ObjectOf(id), n.Values[i]})
						}
					}
				}
			}
			return true
		})
		var members []*ast.CallExpr
		returned := map[types.Object]bool{}
		var walk func(x ast.Expr)
		walk = func(x ast.Expr) {
			switch x := ast.Unparen(x).(type) {
			case *ast.Ident:
				if obj := info.Uses[x]; obj != nil {
					returned[obj] = true
				}
			case *ast.CompositeLit:
				for _, el := range x.Elts {
					walk(el)
				}
			case *ast.CallExpr:
				if typesutil.IsBuiltinCall(info, x, "append") {
					for _, a := range x.Args {
						walk(a)
					}
					return
				}
				members = append(members, x)
			}
		}
		for _, r := range results {
			walk(r)
		}
		walked := make([]bool, len(assigns))
		for changed := true; changed; {
			changed = false
			for i, a := range assigns {
				if !walked[i] && returned[a.obj] {
					walked[i], changed = true, true
					walk(a.rhs)
				}
			}
		}
		sort.Slice(members, func(i, j int) bool { return members[i].Pos() < members[j].Pos() })
		for _, m := range members {
			if c, ok := byCall[m]; ok && c.Tx == nil && len(c.Keys) > 0 {
				c.Tx = lt.tx
				lt.tx.Calls = append(lt.tx.Calls, c)
			}
		}
	}
}
