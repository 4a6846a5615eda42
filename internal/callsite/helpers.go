package callsite

import (
	"go/ast"
	"go/types"

	"github.com/redislint/redislint/internal/astindex"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/redislint/redislint/internal/keyexpr"
	"github.com/redislint/redislint/internal/model"
)

// PipeFact marks a helper that takes a go-redis pipeline or Tx and queues
// commands on it (addEvent(ctx, p, id) inside TxPipelined): called with a
// transaction's pipeline, its commands are the transaction's.
type PipeFact struct {
	// Pipe is the index of the pipeline parameter in the signature.
	Pipe int
	Cmds []PipeCmd
}

// PipeCmd is one command a helper queues, with its keys as templates in
// terms of the helper's parameters.
type PipeCmd struct {
	Cmd      string
	Keys     []keyexpr.Builder
	Complete bool
}

func (*PipeFact) AFact() {}

func (f *PipeFact) String() string {
	s := "queues"
	for _, c := range f.Cmds {
		s += " " + c.Cmd
	}
	return s
}

// TxWrapperFact marks a function that runs a callback it is given inside
// a transaction (go-redis TxPipelined, Watch, a TxPipeline; MULTI … EXEC
// on one connection; a DoMulti batch between MULTI and EXEC; see
// txwrappers.go): Transaction(func(p redis.Pipeliner) error { … }). The
// commands the callback queues (or returns, for a batch) are the
// transaction's.
type TxWrapperFact struct {
	// Callback is the index of the callback parameter in the signature,
	// Method what opens the transaction (a go-redis method, "TxPipeline",
	// "MULTI" or "DoMulti"), Kind the kind of client it runs on.
	Callback int
	Method   string
	Kind     model.Receiver
	// Conn, when not 0, is 1 + the index of the parameter that is the
	// connection the transaction runs on: the call site's argument
	// decides the kind of client (Kind is then zero).
	Conn int
	// Returns: the callback's commands are the ones it returns (a batch),
	// not the ones it queues on what it is given.
	Returns bool
	// Effect and Lib: what the library does with a cross-slot
	// transaction, as for a Tx (zero: go-redis).
	Effect model.CrossSlot
	Lib    model.Lib
	// Keys, when not 0, is 1 + the index of the parameter whose keys the
	// wrapper watches: it opens the transaction with Watch(ctx, fn,
	// keys...) on that parameter, variadic or a slice (func (m *meta)
	// txn(ctx, fn, keys ...string) error { return m.rdb.Watch(ctx, fn,
	// keys...) }).
	Keys int
}

func (*TxWrapperFact) AFact() {}

func (f *TxWrapperFact) String() string { return "runs its callback in " + f.Method }

var (
	_ analysis.Fact = (*PipeFact)(nil)
	_ analysis.Fact = (*TxWrapperFact)(nil)
)

// funcDecl is a function of the package with a body, and the calls in its
// body in the order ast.Inspect visits them (calls[i] is inside a function
// literal when inLit[i]). A literal given straight to a call of a function
// that is no client library's (a circuit breaker's Do(func() error {…}), a
// retry helper, a tracing span) runs as part of that call: its calls are
// the function's own, not inLit. Literals stored, returned, or given to a
// client library (TxPipelined, Watch: transactions, read apart) are not.
type funcDecl struct {
	fd    *ast.FuncDecl
	fn    *types.Func
	calls []*ast.CallExpr
	nums  []int32 // the calls' numbers in the package's callTable
	inLit []bool
	// callees are the functions the calls call (their origin), nil for
	// a call of a function value or a conversion.
	callees []*types.Func
}

// mayChange reports whether the wrapper search can decide otherwise about
// d now that the functions of decided are wrappers: d calls one of them,
// outside function literals, or calls a method of an interface (whose
// implementations may be among them).
func (d *funcDecl) mayChange(decided map[*types.Func]bool) bool {
	for i, fn := range d.callees {
		if d.inLit[i] || fn == nil {
			continue
		}
		if decided[fn] {
			return true
		}
		if sig, ok := fn.Type().(*types.Signature); ok && sig.Recv() != nil && types.IsInterface(sig.Recv().Type()) {
			return true
		}
	}
	return false
}

// outerCalls calls f on the calls of d that are outside function
// literals, in order, until f returns false.
func (s *state) outerCalls(d *funcDecl, f func(*ast.CallExpr) bool) {
	for i, c := range d.calls {
		if d.inLit[i] {
			continue
		}
		s.at(c, int(d.nums[i]))
		if !f(c) {
			return
		}
	}
}

// indexDecls lists the package's functions with their calls, in one walk
// of the shared syntax index (the wrapper rounds, the pipeline helpers and
// the transaction wrappers read the lists instead of walking each body
// again), and returns them with the package's calls numbered (callTable). It
// needs only the syntax and types: keyIndex runs it beside the client
// flow.
func indexDecls(info *types.Info, ins *astindex.Index) (decls []funcDecl, table callTable) {
	var (
		calls   []*ast.CallExpr
		callees []*types.Func
		inLit   []bool
		cur     = -1 // index in decls of the function being walked
		lits    = 0  // function literals around the node in it, inline ones left out
		// inline are the function literals given straight to a call of
		// a function that is no client library's.
		inline = map[*ast.FuncLit]bool{}
	)
	ncalls := ins.Count([]ast.Node{(*ast.CallExpr)(nil)})
	calls = make([]*ast.CallExpr, 0, ncalls)
	callees = make([]*types.Func, 0, ncalls)
	inLit = make([]bool, 0, ncalls)
	var starts []int
	table.num = make(map[*ast.CallExpr]int32, ncalls)
	table.call = make([]*ast.CallExpr, 0, ncalls)
	table.callee = make([]*types.Func, 0, ncalls)
	nums := make([]int32, 0, ncalls)
	ins.Nodes([]ast.Node{(*ast.FuncDecl)(nil), (*ast.FuncLit)(nil), (*ast.CallExpr)(nil)}, func(node ast.Node, push bool) bool {
		switch node := node.(type) {
		case *ast.FuncDecl:
			if !push {
				cur = -1
				return true
			}
			cur = -1
			if node.Body == nil {
				return true
			}
			if fn, ok := info.Defs[node.Name].(*types.Func); ok {
				decls = append(decls, funcDecl{fd: node, fn: fn})
				starts = append(starts, len(calls))
				cur = len(decls) - 1
			}
		case *ast.FuncLit:
			switch {
			case inline[node]:
			case push:
				lits++
			default:
				lits--
			}
		case *ast.CallExpr:
			if !push {
				return true
			}
			fn := calleeFunc(info, node)
			num := int32(len(table.callee))
			table.num[node] = num
			table.call = append(table.call, node)
			table.callee = append(table.callee, fn)
			for _, arg := range node.Args {
				if lit, ok := ast.Unparen(arg).(*ast.FuncLit); ok && runsInPlace(fn) {
					inline[lit] = true
				}
			}
			if cur >= 0 && node.Pos() >= decls[cur].fd.Body.Lbrace {
				calls = append(calls, node)
				nums = append(nums, num)
				inLit = append(inLit, lits > 0)
				if fn != nil {
					fn = fn.Origin()
				}
				callees = append(callees, fn)
			}
		}
		return true
	})
	for i := range decls {
		hi := len(calls)
		if i+1 < len(starts) {
			hi = starts[i+1]
		}
		decls[i].calls = calls[starts[i]:hi:hi]
		decls[i].nums = nums[starts[i]:hi:hi]
		decls[i].inLit = inLit[starts[i]:hi:hi]
		decls[i].callees = callees[starts[i]:hi:hi]
	}
	return decls, table
}

func (s *state) funcDecls() []funcDecl { return s.decls }

// runsInPlace reports whether a function literal given to call runs as
// part of it, for the wrapper search: the callee is a function (or
// method) that no client library declares.
func (s *state) runsInPlace(call *ast.CallExpr) bool {
	fn := s.callee(call)
	return runsInPlace(fn)
}

func runsInPlace(fn *types.Func) bool {
	return fn != nil && (fn.Pkg() == nil || !model.IsClientPackage(fn.Pkg().Path()))
}

// findTxWrappers exports a TxWrapperFact for each function that gives its
// callback parameter to TxPipelined or Watch, directly or called from a
// function literal with the literal's pipeline.
func (s *state) findTxWrappers() {
	for _, d := range s.funcDecls() {
		sig := d.fn.Type().(*types.Signature)
		params := map[types.Object]int{}
		for i := range sig.Params().Len() {
			if _, ok := sig.Params().At(i).Type().Underlying().(*types.Signature); ok {
				params[sig.Params().At(i)] = i
			}
		}
		if len(params) == 0 {
			continue
		}
		var fact *TxWrapperFact
		ast.Inspect(d.fd.Body, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok || fact != nil {
				return fact == nil
			}
			fn, recv := s.method(call)
			if fn == nil || fn.Name() != "TxPipelined" && fn.Name() != "Watch" {
				return true
			}
			for _, a := range call.Args {
				idx, ok := s.callbackParam(a, params)
				if !ok {
					continue
				}
				k, _, _ := s.kind(recv, 0)
				if k == model.RecvNone || k == model.RecvStandalone {
					return false
				}
				fact = &TxWrapperFact{Callback: idx, Method: fn.Name(), Kind: k, Conn: s.clientParam(recv, sig)}
				if fn.Name() == "Watch" {
					fact.Keys = watchedParam(s.pass.TypesInfo, call, sig)
				}
				return false
			}
			return true
		})
		if fact == nil {
			if i, k, client, ok := s.goRedisTxPipeline(d.fd.Body, params); ok {
				fact = &TxWrapperFact{Callback: i, Method: "TxPipeline", Kind: k, Conn: s.clientParam(client, sig)}
			}
		}
		if fact == nil {
			fact, _ = s.rawTxWrapper(d.fd.Body, sig, params)
		}
		if fact == nil {
			fact, _ = s.batchTxWrapper(d.fd.Body, sig, params)
		}
		if fact != nil {
			s.pass.ExportObjectFact(d.fn, fact)
		}
	}
}

// callbackParam reports whether a, given to TxPipelined or Watch, runs the
// callback parameter: a is the parameter, or a function literal that calls
// it with its own pipeline.
func (s *state) callbackParam(a ast.Expr, params map[types.Object]int) (int, bool) {
	info := s.pass.TypesInfo
	if id, ok := ast.Unparen(a).(*ast.Ident); ok {
		if v, ok := info.Uses[id].(*types.Var); ok {
			if i, ok := params[v]; ok && s.eval.Stable(v) {
				return i, true
			}
		}
		return 0, false
	}
	lit, ok := ast.Unparen(a).(*ast.FuncLit)
	if !ok || len(lit.Type.Params.List) == 0 || len(lit.Type.Params.List[0].Names) == 0 {
		return 0, false
	}
	pipe := info.Defs[lit.Type.Params.List[0].Names[0]]
	idx, found := 0, false
	ast.Inspect(lit.Body, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || found {
			return !found
		}
		id, ok := ast.Unparen(call.Fun).(*ast.Ident)
		if !ok {
			return true
		}
		v, ok := info.Uses[id].(*types.Var)
		if !ok {
			return true
		}
		i, isParam := params[v]
		if !isParam || !s.eval.Stable(v) {
			return true
		}
		for _, arg := range call.Args {
			if aid, ok := ast.Unparen(arg).(*ast.Ident); ok && info.Uses[aid] == pipe {
				idx, found = i, true
			}
		}
		return true
	})
	return idx, found
}

// recordTxWrapperOrigins records the pipeline parameter of a function
// literal given to a transaction wrapper as made by that transaction.
func (s *state) recordTxWrapperOrigins(call *ast.CallExpr) {
	fn := s.callee(call)
	if fn == nil {
		return
	}
	// Most calls have no fact: importing into the state's scratch
	// value does not allocate one per call.
	if !s.pass.ImportObjectFact(fn.Origin(), &s.scratch.tx) {
		return
	}
	f := s.scratch.tx
	if f.Method == "Watch" && f.Keys > 0 && f.Conn == 0 {
		if s.watchWrappers == nil {
			s.watchWrappers = map[*ast.CallExpr]*types.Func{}
		}
		s.watchWrappers[call] = fn.Origin()
	}
	if f.Callback >= len(call.Args) {
		return
	}
	lit, ok := ast.Unparen(call.Args[f.Callback]).(*ast.FuncLit)
	if !ok {
		return
	}
	if f.Method == "MULTI" || f.Method == "DoMulti" {
		s.recordLibTxWrapper(call, &f, lit)
		return
	}
	k := f.Kind
	if f.Conn > 0 {
		// The wrapper runs the transaction on a client it is given: the
		// call site's argument says which kind.
		if f.Conn-1 >= len(call.Args) {
			return
		}
		if k, _, _ = s.kind(call.Args[f.Conn-1], 0); k == model.RecvNone {
			return
		}
	}
	for _, field := range lit.Type.Params.List {
		for _, name := range field.Names {
			if obj := s.pass.TypesInfo.Defs[name]; obj != nil {
				s.origins[obj] = origin{start: call, method: f.Method, kind: k}
			}
		}
	}
}

// clientParam returns 1 + the index of the parameter of sig that x is
// (a parameter never assigned), or 0.
func (s *state) clientParam(x ast.Expr, sig *types.Signature) int {
	id, ok := ast.Unparen(x).(*ast.Ident)
	if !ok {
		return 0
	}
	v, ok := s.pass.TypesInfo.Uses[id].(*types.Var)
	if !ok || !s.eval.Stable(v) {
		return 0
	}
	for i := range sig.Params().Len() {
		if sig.Params().At(i) == v {
			return i + 1
		}
	}
	return 0
}

// maxPipeCmds bounds the commands one helper's fact lists (helpers that
// call helpers that call helpers twice each would otherwise double at
// every level).
const maxPipeCmds = 64

// findPipeHelpers exports a PipeFact for each function that queues
// commands on a pipeline or Tx parameter, itself or through helpers it
// gives the parameter to (of this package or, by their facts, of others).
// Each function is summarised once (memoised, in-progress ones count as
// queuing nothing: recursion is safe), so the work is linear.
func (s *state) findPipeHelpers() {
	decls := make(map[*types.Func]*funcDecl, len(s.decls))
	order := make([]*types.Func, 0, len(s.decls))
	for i := range s.decls {
		d := &s.decls[i]
		decls[d.fn] = d
		order = append(order, d.fn)
	}
	done := map[*types.Func]*PipeFact{}
	busy := map[*types.Func]bool{}
	var summary func(fn *types.Func) *PipeFact
	summary = func(fn *types.Func) *PipeFact {
		if f, ok := done[fn]; ok {
			return f
		}
		d, local := decls[fn]
		if !local {
			var f PipeFact
			if fn.Pkg() != s.pass.Pkg && s.pass.ImportObjectFact(fn, &f) {
				return &f
			}
			return nil
		}
		if busy[fn] {
			return nil
		}
		busy[fn] = true
		f := s.pipeHelper(d, summary)
		busy[fn] = false
		done[fn] = f
		return f
	}
	for _, fn := range order {
		if f := summary(fn); f != nil {
			s.pass.ExportObjectFact(fn, f)
		}
	}
}

// pipeHelper returns the PipeFact of one function, or nil; summary gives
// the facts of the helpers it calls.
func (s *state) pipeHelper(d *funcDecl, summary func(*types.Func) *PipeFact) *PipeFact {
	fn := d.fn
	sig := fn.Type().(*types.Signature)
	// The parameter that may be a pipeline: a Pipeliner or Tx, or a
	// command interface a pipeline implements (redis.Cmdable), also as an
	// optional variadic one (p ...redis.Cmdable). Its commands are the
	// transaction's only where a transaction's pipeline is passed
	// (helperCalls).
	pipes := map[types.Object]int{}
	optional := -1
	for i := range sig.Params().Len() {
		t := sig.Params().At(i).Type()
		if sig.Variadic() && i == sig.Params().Len()-1 {
			if sl, ok := t.(*types.Slice); ok {
				t = sl.Elem()
			}
		}
		switch k, _ := model.GoRedisReceiver(t); k {
		case model.RecvPipeline, model.RecvTx, model.RecvMaybeCluster:
			if _, isIface := t.Underlying().(*types.Interface); !isIface && k == model.RecvMaybeCluster {
				continue
			}
			pipes[sig.Params().At(i)] = i
			if sig.Variadic() && i == sig.Params().Len()-1 {
				optional = i
			}
		}
	}
	if len(pipes) != 1 {
		return nil
	}
	// pipe returns the index of the pipeline parameter x is: the
	// parameter, or for an optional one p[0], or a call of a function of
	// the package that returns its own optional parameter's first element
	// given p... (getCmdable(p...): the pipeline when one is passed).
	pipe := func(x ast.Expr) (int, bool) {
		x = ast.Unparen(x)
		if optional >= 0 {
			switch y := x.(type) {
			case *ast.IndexExpr:
				if lit, ok := ast.Unparen(y.Index).(*ast.BasicLit); ok && lit.Value == "0" {
					x = y.X
				}
			case *ast.CallExpr:
				if y.Ellipsis.IsValid() && len(y.Args) > 0 && s.returnsFirstOptional(y) {
					x = y.Args[len(y.Args)-1]
				}
			}
		}
		id, ok := ast.Unparen(x).(*ast.Ident)
		if !ok {
			return 0, false
		}
		v, ok := s.pass.TypesInfo.Uses[id].(*types.Var)
		if !ok {
			return 0, false
		}
		i, isPipe := pipes[v]
		if !isPipe || !s.eval.Stable(v) {
			return 0, false
		}
		return i, true
	}
	fact := &PipeFact{Pipe: -1}
	s.outerCalls(d, func(call *ast.CallExpr) bool {
		if len(fact.Cmds) >= maxPipeCmds {
			return true
		}
		if cmds, i, ok := s.nestedHelper(call, fn, pipe, summary); ok {
			fact.Pipe = i
			fact.Cmds = append(fact.Cmds, cmds...)
			return true
		}
		cfn, recv := s.method(call)
		if cfn == nil {
			// A helper whose parameter is the program's interface that
			// mirrors go-redis (q.add(pipe redisStreamClient, …) given
			// the transaction's pipeline): go-redis's command.
			cfn, recv = s.mirroredMethod(call)
		}
		if cfn == nil {
			return true
		}
		cmd, ok := model.GoRedisCommandOf(cfn)
		if !ok {
			// script.Run(ctx, p, keys, args...): the script runs on the
			// client or pipeline it is given.
			sc, client, isScript := scriptClient(cfn, call)
			if !isScript {
				return true
			}
			cmd, recv = sc, client
		}
		i, ok := pipe(recv)
		if !ok {
			return true
		}
		keys, complete := s.keys(call, cfn, cmd)
		pc := PipeCmd{Cmd: cmd.Name, Complete: complete}
		for _, k := range keys {
			if b := s.eval.Template(k.Expr, fn); b != nil {
				pc.Keys = append(pc.Keys, *b)
			}
		}
		fact.Pipe = i
		fact.Cmds = append(fact.Cmds, pc)
		return true
	})
	if fact.Pipe < 0 {
		return nil
	}
	if len(fact.Cmds) > maxPipeCmds {
		fact.Cmds = fact.Cmds[:maxPipeCmds]
	}
	return fact
}

// mirroredMethod returns go-redis's method that call makes through the
// program's interface that declares go-redis's methods itself
// (model.MirroredMethod), with the receiver expression; nil otherwise.
func (s *state) mirroredMethod(call *ast.CallExpr) (*types.Func, ast.Expr) {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return nil, nil
	}
	selection, ok := s.pass.TypesInfo.Selections[sel]
	if !ok || selection.Kind() != types.MethodVal {
		return nil, nil
	}
	fn, ok := selection.Obj().(*types.Func)
	if !ok {
		return nil, nil
	}
	if m := model.MirroredMethod(fn); m != nil {
		return m, sel.X
	}
	return nil, nil
}

// nestedHelper reads a call, in helper fn, of another helper given fn's
// pipeline parameter: the commands it queues, with keys in terms of fn's
// parameters, and the index of that parameter.
func (s *state) nestedHelper(call *ast.CallExpr, fn *types.Func, pipe func(ast.Expr) (int, bool), summary func(*types.Func) *PipeFact) ([]PipeCmd, int, bool) {
	callee := s.callee(call)
	if callee == nil {
		return nil, 0, false
	}
	callee = callee.Origin()
	if callee.Pkg() != nil && model.IsGoRedis(callee.Pkg().Path()) {
		return nil, 0, false
	}
	f := summary(callee)
	if f == nil || f.Pipe >= len(call.Args) {
		return nil, 0, false
	}
	i, ok := pipe(call.Args[f.Pipe])
	if !ok {
		return nil, 0, false
	}
	var recv ast.Expr
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
		if selection, ok := s.pass.TypesInfo.Selections[sel]; ok && selection.Kind() == types.MethodVal {
			recv = sel.X
		}
	}
	var out []PipeCmd
	for _, pc := range f.Cmds {
		nc := PipeCmd{Cmd: pc.Cmd, Complete: pc.Complete}
		for j := range pc.Keys {
			k := s.eval.Instantiate(call, callee, recv, &pc.Keys[j])
			if b := s.eval.Retemplate(k, fn); b != nil {
				nc.Keys = append(nc.Keys, *b)
			}
		}
		out = append(out, nc)
	}
	return out, i, true
}

// helperCalls returns the commands a call of a pipeline helper queues
// into a transaction, or nil.
func (s *state) helperCalls(call *ast.CallExpr) []*Call {
	fn := s.callee(call)
	if fn == nil {
		return nil
	}
	fn = fn.Origin()
	if !s.pass.ImportObjectFact(fn, &s.scratch.pipe) {
		return nil
	}
	f := s.scratch.pipe
	if f.Pipe >= len(call.Args) {
		return nil
	}
	pipe := call.Args[f.Pipe]
	k, origin, tx := s.kind(pipe, 0)
	if tx == nil || k == model.RecvNone {
		return nil
	}
	var recv ast.Expr
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
		if selection, ok := s.pass.TypesInfo.Selections[sel]; ok && selection.Kind() == types.MethodVal {
			recv = sel.X
		}
	}
	var out []*Call
	for _, pc := range f.Cmds {
		c := &Call{
			Call: call, Fn: fn, Recv: pipe, Kind: k, Origin: origin, Tx: tx, Via: fn,
			Cmd: &model.Command{Method: fn.Name(), Name: pc.Cmd}, Complete: pc.Complete,
		}
		for i := range pc.Keys {
			c.Keys = append(c.Keys, s.eval.InstantiateAlts(call, fn, recv, &pc.Keys[i])...)
		}
		out = append(out, c)
	}
	return out
}

// TxKeysFact marks a function that runs a transaction of its own whose
// keys come from its parameters (SetBoth(ctx, a, b) queuing SET a and SET b
// in TxPipelined): each call is that transaction, with the caller's keys.
type TxKeysFact struct {
	Kind model.Receiver
	Cmds []PipeCmd
}

func (*TxKeysFact) AFact() {}

func (f *TxKeysFact) String() string {
	s := "transaction of"
	for _, c := range f.Cmds {
		s += " " + c.Cmd
	}
	return s
}

var _ analysis.Fact = (*TxKeysFact)(nil)

// findTxKeyWrappers exports a TxKeysFact for each function with one
// TxPipelined whose function literal queues commands with keys made from
// the function's parameters.
func (s *state) findTxKeyWrappers() {
	for _, d := range s.funcDecls() {
		var fact *TxKeysFact
		n := 0
		for _, call := range d.calls {
			fn, recv := s.method(call)
			if fn == nil || fn.Name() != "TxPipelined" {
				continue
			}
			n++
			k, _, outer := s.kind(recv, 0)
			if outer != nil || (k != model.RecvCluster && k != model.RecvMaybeCluster && k != model.RecvRing) {
				continue
			}
			for _, a := range call.Args {
				lit, ok := ast.Unparen(a).(*ast.FuncLit)
				if !ok || len(lit.Type.Params.List) == 0 || len(lit.Type.Params.List[0].Names) == 0 {
					continue
				}
				pipe := s.pass.TypesInfo.Defs[lit.Type.Params.List[0].Names[0]]
				f := &TxKeysFact{Kind: k}
				usesParam := false
				ast.Inspect(lit.Body, func(m ast.Node) bool {
					c, ok := m.(*ast.CallExpr)
					if !ok {
						return true
					}
					cfn, crecv := s.method(c)
					if cfn == nil {
						return true
					}
					if id, ok := ast.Unparen(crecv).(*ast.Ident); !ok || s.pass.TypesInfo.Uses[id] != pipe {
						return true
					}
					cmd, ok := model.GoRedisCommandOf(cfn)
					if !ok {
						return true
					}
					keys, complete := s.keys(c, cfn, cmd)
					pc := PipeCmd{Cmd: cmd.Name, Complete: complete}
					for _, key := range keys {
						b := s.eval.Template(key.Expr, d.fn)
						if b == nil {
							continue
						}
						for _, p := range b.Parts {
							if p.Param > 0 {
								usesParam = true
							}
						}
						pc.Keys = append(pc.Keys, *b)
					}
					f.Cmds = append(f.Cmds, pc)
					return true
				})
				if usesParam {
					fact = f
				}
			}
		}
		if fact != nil && n == 1 {
			s.pass.ExportObjectFact(d.fn, fact)
		}
	}
}

// txKeyCalls returns the commands of the transaction a call of a function
// with a TxKeysFact runs, in a transaction of their own, or nil.
func (s *state) txKeyCalls(call *ast.CallExpr) []*Call {
	fn := s.callee(call)
	if fn == nil {
		return nil
	}
	fn = fn.Origin()
	if !s.pass.ImportObjectFact(fn, &s.scratch.txKeys) {
		return nil
	}
	f := s.scratch.txKeys
	var recv ast.Expr
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
		if selection, ok := s.pass.TypesInfo.Selections[sel]; ok && selection.Kind() == types.MethodVal {
			recv = sel.X
		}
	}
	tx := &Tx{Start: call, Kind: f.Kind}
	s.txs[call] = tx
	var out []*Call
	for _, pc := range f.Cmds {
		c := &Call{
			Call: call, Fn: fn, Kind: f.Kind, Tx: tx, Via: fn,
			Cmd: &model.Command{Method: fn.Name(), Name: pc.Cmd}, Complete: pc.Complete,
		}
		for i := range pc.Keys {
			c.Keys = append(c.Keys, s.eval.InstantiateAlts(call, fn, recv, &pc.Keys[i])...)
		}
		out = append(out, c)
	}
	return out
}

// returnsFirstOptional reports whether call is a call of a function of the
// package whose variadic parameter's first element is one of its results
// (func getCmdable(p ...redis.Cmdable) redis.Cmdable { if len(p) > 0 {
// return p[0] }; return rdb }).
func (s *state) returnsFirstOptional(call *ast.CallExpr) bool {
	fn := s.callee(call)
	if fn == nil || fn.Pkg() != s.pass.Pkg {
		return false
	}
	sig := fn.Type().(*types.Signature)
	if !sig.Variadic() {
		return false
	}
	opt := sig.Params().At(sig.Params().Len() - 1)
	for _, d := range s.decls {
		if d.fn != fn || d.fd.Body == nil {
			continue
		}
		found := false
		ast.Inspect(d.fd.Body, func(n ast.Node) bool {
			if _, ok := n.(*ast.FuncLit); ok {
				return false
			}
			ret, ok := n.(*ast.ReturnStmt)
			if !ok || len(ret.Results) == 0 {
				return true
			}
			if ix, ok := ast.Unparen(ret.Results[0]).(*ast.IndexExpr); ok {
				if id, ok := ast.Unparen(ix.X).(*ast.Ident); ok && s.pass.TypesInfo.Uses[id] == opt {
					if lit, ok := ast.Unparen(ix.Index).(*ast.BasicLit); ok && lit.Value == "0" {
						found = true
					}
				}
			}
			return !found
		})
		return found
	}
	return false
}

// callee is typeutil.Callee of call when it is a function or method
// (computed once, by indexDecls, for the package's calls).
func (s *state) callee(call *ast.CallExpr) *types.Func {
	return s.memo(call).callee
}

// calleeFunc is typeutil.Callee of call when it is a function or method.
func calleeFunc(info *types.Info, call *ast.CallExpr) *types.Func {
	fn, _ := typeutil.Callee(info, call).(*types.Func)
	return fn
}

// watchedParam returns 1 + the index of the parameter of sig (the
// wrapper's) that a Watch call spreads as its keys (Watch(ctx, fn,
// keys...)): its variadic parameter, or a slice of strings it takes (keys
// []string), or 0.
func watchedParam(info *types.Info, watch *ast.CallExpr, sig *types.Signature) int {
	if !watch.Ellipsis.IsValid() || len(watch.Args) == 0 {
		return 0
	}
	id, ok := ast.Unparen(watch.Args[len(watch.Args)-1]).(*ast.Ident)
	if !ok {
		return 0
	}
	for i := range sig.Params().Len() {
		if info.Uses[id] == sig.Params().At(i) {
			return i + 1
		}
	}
	return 0
}

// watchWrapperCall returns, for a call of a transaction wrapper that
// watches its caller's keys (TxWrapperFact.Keys; the first pass records
// these calls in watchWrappers), the WATCH of those keys:
// the Watch of the transaction that its callback's commands join, as a
// direct Client.Watch call is.
func (s *state) watchWrapperCall(call *ast.CallExpr) *Call {
	fn, ok := s.watchWrappers[call]
	if !ok || !s.pass.ImportObjectFact(fn, &s.scratch.tx) {
		return nil
	}
	f := s.scratch.tx
	sig := fn.Type().(*types.Signature)
	off := model.CtxOffset(sig)
	cmd := &model.Command{Method: fn.Name(), Name: "WATCH", Args: []model.Arg{{Param: f.Keys - 1 - off, Kind: model.Keys}}}
	t := s.txs[call]
	if t == nil {
		t = &Tx{Start: call, Kind: f.Kind}
		s.txs[call] = t
	}
	if t.Watch != nil {
		return nil
	}
	c := &Call{Call: call, Fn: fn, Cmd: cmd, Kind: f.Kind, Via: fn, Effect: f.Effect, Lib: f.Lib}
	c.Keys, c.Complete = s.keys(call, fn, cmd)
	t.Watch = c
	return c
}
