// Package callsite finds the Redis commands a package sends and, for each,
// the client kind it runs on and the keys it names. It is computed once per
// package (as an analysis.Analyzer with a result) and shared by every
// redislint analyzer that needs it.
package callsite

import (
	"go/ast"
	"go/types"
	"reflect"
	"sync"

	"golang.org/x/tools/go/analysis"

	"github.com/redislint/redislint/internal/analysisutil"
	"github.com/redislint/redislint/internal/clientflow"
	"github.com/redislint/redislint/internal/keyexpr"
	"github.com/redislint/redislint/internal/model"
)

// Call is one command call.
type Call struct {
	Call *ast.CallExpr
	Fn   *types.Func
	Cmd  *model.Command
	// Recv is the receiver expression and Kind the kind of client the
	// command runs on, with pipelines and transactions traced to the client
	// they came from (Origin is that client's expression).
	Recv   ast.Expr
	Kind   model.Receiver
	Origin ast.Expr
	// Keys are the command's keys, in argument order. Complete is false
	// when some key positions could not be seen (an unknown slice spread
	// with ..., a struct given by variable, …): Keys then holds the seen ones.
	Keys     []keyexpr.Key
	Complete bool
	// Tx, when not nil, is the transaction the command is queued in.
	Tx *Tx
	// LoopKeys are the keys as another iteration queues them, when the
	// command is queued in a loop inside its transaction.
	LoopKeys []keyexpr.Key
	// Client is what the client-flow layer knows of the client the
	// command runs on (the ways it may be built), when it runs on a
	// client handle; nil otherwise.
	Client *clientflow.Client
	// Via, when not nil, is the wrapper function the call goes through.
	Via *types.Func
	// Script is the Lua source the call runs, when it is known.
	Script *Script
	// Callers, for a script command whose source is a parameter of the
	// function it is in, are the calls of that function in the package,
	// each with the source and arguments it gives (scriptcallers.go).
	Callers []ScriptCaller
	// Effect is what a cluster client of the library does with keys in
	// several slots (zero: the server answers CROSSSLOT), and Lib the
	// library (zero: go-redis).
	Effect model.CrossSlot
	Lib    model.Lib

	fn     ast.Node // the function (declaration or literal) the call is in
	parent ast.Node // the node that holds the call
	src    ast.Expr // the expression that gives a script's source, constant or not
}

// Script is the constant Lua source of a script a call runs.
type Script struct {
	Src string
	// Expr is the expression the source was given as, and Key its
	// evaluation (whose parts trace back to literals).
	Expr ast.Expr
	Key  keyexpr.Key
}

// Tx is a MULTI/EXEC transaction or a WATCH block: the commands queued in
// a TxPipelined function or between TxPipeline() and Exec, or run inside
// Watch. All their keys must be in one slot.
type Tx struct {
	// Start is the call that opens it (TxPipelined, TxPipeline, Watch).
	Start *ast.CallExpr
	// Kind is the kind of the client it runs on.
	Kind model.Receiver
	// Watch holds the keys given to Watch, for a WATCH block.
	Watch *Call
	// Calls are the commands queued in it, in source order.
	Calls []*Call
	// Effect and Lib: what the library does with it on a cluster, as for
	// a Call.
	Effect model.CrossSlot
	Lib    model.Lib
}

// Result is what the analyzer computes for a package.
type Result struct {
	// Uses is false for a package that uses no Redis client: nothing else is set.
	Uses bool
	// Eval evaluated the keys; it keeps caches, so an analyzer that
	// evaluates more (the analyzers of a package run concurrently) holds
	// EvalMu meanwhile.
	Eval   *keyexpr.Evaluator
	EvalMu sync.Mutex
	Calls  []*Call
	Txs    []*Tx
	// Forwarders are the package's raw-command forwarders: functions that
	// pass a command name and its words to a raw send on their client
	// parameter (Client nil), or methods that do it on a client their
	// receiver holds (Client is that expression). crossslot reads the
	// first kind as the commands they send (Call.Via); nodelocal reads both.
	Forwarders map[*types.Func]Forwarder
	// RoutingPolicies: the package installs a command-info resolver on a
	// go-redis cluster client (SetCommandInfoResolver, go-redis v9.18+),
	// which then splits request_policy:multi_shard commands (MGET, MSET,
	// DEL, EXISTS, TOUCH, UNLINK) by slot instead of sending them whole.
	RoutingPolicies bool
	// Forwarded are the package's calls of other packages' forwarders
	// (forwardfacts.go): nodelocal reads the commands they name.
	Forwarded []Forwarded
	// ClientAPI: the package re-exports a client's commands under their
	// own names, or is the external test package of one that does
	// (clientapi.go). Its tests are a client library's.
	ClientAPI bool
}

// Analyzer computes the Result of a package.
var Analyzer = &analysis.Analyzer{
	Name:       "rediscalls",
	Doc:        "finds Redis commands, their client kinds and keys (shared by redislint's analyzers)",
	Requires:   []*analysis.Analyzer{analysisutil.Inspect, clientflow.Analyzer, keyIndex},
	Run:        run,
	ResultType: reflect.TypeFor[*Result](),
	FactTypes:  []analysis.Fact{new(WrapperFact), new(BuilderFact), new(PipeFact), new(TxWrapperFact), new(TxKeysFact), new(FieldFact), new(SourceFact), new(ForwarderFact), new(ClientAPIFact)},
}

// origin records, for a pipeline or Tx variable or function parameter, the
// call that made it.
type origin struct {
	start  *ast.CallExpr
	method string
	client ast.Expr // receiver of the call that made it
	// kind, when not RecvNone, is the kind of client of a transaction
	// wrapper's (its client is inside the wrapper).
	kind model.Receiver
}

type state struct {
	// watchWrappers are the calls of transaction wrappers that watch
	// their caller's keys, and the wrapper (helpers.go).
	watchWrappers map[*ast.CallExpr]*types.Func
	// forwarders are the package's raw-command forwarders (forwarders.go).
	forwarders map[*types.Func]model.RawSend
	// fieldForwarders forward on their receiver's client (forwarders.go).
	fieldForwarders map[*types.Func]Forwarder
	pass            *analysis.Pass
	eval            *keyexpr.Evaluator
	origins         map[types.Object]origin
	txs             map[*ast.CallExpr]*Tx
	// flow is the client-flow layer: how each client handle is built.
	flow *clientflow.Result
	// actionClient maps a radix action (Cmd, FlatCmd, EvalScript.Cmd) to
	// the client whose Do runs it.
	actionClient map[*ast.CallExpr]ast.Expr
	// connTxs maps the connection parameter of a function literal given
	// to a MULTI … EXEC wrapper to that transaction, litTxs the literals
	// given to batch wrappers (txwrappers.go).
	connTxs map[types.Object]*Tx
	litTxs  []litTx
	// noLib are the functions of client libraries that are in none of
	// the model's tables of calls (libCommand).
	noLib map[*types.Func]bool
	// decls are the package's functions with their calls (indexDecls),
	// wrapCmds the answers of wrapperCommand.
	decls    []funcDecl
	wrapCmds map[*types.Func]wrapCmd
	// dispatch are the answers of dispatched (calls of the program's own
	// interfaces), forgotten whenever a wrapper fact is exported;
	// clientPkgs which imported packages use a client.
	dispatch   map[*types.Func]*WrapperFact
	clientPkgs map[*types.Package]bool
	// impls are the answers of implementations, implTypes the types of
	// a package that may implement an interface (dispatch.go).
	impls     map[*types.Func][]impl
	implTypes map[*types.Package]*implIndex
	// implements are the answers of types.Implements for a type and an
	// interface: the same for every method of the interface asked.
	implements map[implQuestion]bool
	// scratch receives the facts imported for every call; its values are
	// copied out at once.
	// calls are the package's calls with what they call (indexDecls),
	// memos what the walks learned of each (calltable.go).
	calls    callTable
	memos    []callMemo
	extra    map[*ast.CallExpr]*callMemo
	lastCall *ast.CallExpr
	lastMemo *callMemo
	scratch  struct {
		tx     TxWrapperFact
		pipe   PipeFact
		txKeys TxKeysFact
	}
}

func run(pass *analysis.Pass) (any, error) {
	res := &Result{}
	if !analysisutil.Relevant(pass) {
		// A package of key builders (a keys package) need not use a
		// client: its builders are still facts for those that do.
		if mayHaveBuilders(pass) {
			exportBuilders(pass, newEvaluator(pass, nil))
		}
		return res, nil
	}
	res.Uses = true
	ins := analysisutil.Inspector(pass)
	s := &state{
		pass:    pass,
		eval:    newEvaluator(pass, ins),
		origins: map[types.Object]origin{},
		txs:     map[*ast.CallExpr]*Tx{},

		flow:         pass.ResultOf[clientflow.Analyzer].(*clientflow.Result),
		actionClient: map[*ast.CallExpr]ast.Expr{},
		connTxs:      map[types.Object]*Tx{},
		noLib:        map[*types.Func]bool{},
		wrapCmds:     map[*types.Func]wrapCmd{},
		dispatch:     map[*types.Func]*WrapperFact{},
		clientPkgs:   map[*types.Package]bool{},
		impls:        map[*types.Func][]impl{},
		implTypes:    map[*types.Package]*implIndex{},
	}
	if x, _ := pass.ResultOf[keyIndex].(*index); x != nil {
		s.decls, s.calls = x.decls, x.calls
	} else {
		s.decls, s.calls = indexDecls(pass.TypesInfo, ins)
	}
	s.memos = newMemos(s.calls)
	s.findForwarders()
	res.Forwarders = s.fieldForwarders
	for fn, r := range s.forwarders {
		if res.Forwarders == nil {
			res.Forwarders = map[*types.Func]Forwarder{}
		}
		res.Forwarders[fn] = Forwarder{Send: r}
	}
	res.Eval = s.eval
	if analysisutil.FactsRead(pass) {
		exportBuilders(pass, s.eval)
		s.exportForwarders()
	}
	res.Forwarded = s.forwarded()

	s.findTxWrappers()
	// First pass: where pipelines and Tx values come from. The walks
	// meet the calls in the order of the call table: they count them.
	k := 0
	ins.Preorder([]ast.Node{(*ast.CallExpr)(nil), (*ast.AssignStmt)(nil), (*ast.ValueSpec)(nil)}, func(n ast.Node) {
		switch n := n.(type) {
		case *ast.CallExpr:
			s.at(n, k)
			k++
			s.recordFuncOrigins(n)
			s.recordTxWrapperOrigins(n)
			s.recordAction(n)
			if fn, _ := s.method(n); model.InstallsRoutingPolicies(fn) {
				res.RoutingPolicies = true
			}
		case *ast.AssignStmt:
			if len(n.Lhs) == len(n.Rhs) {
				for i := range n.Lhs {
					s.recordVarOrigin(n.Lhs[i], n.Rhs[i])
				}
			}
		case *ast.ValueSpec:
			if len(n.Names) == len(n.Values) {
				for i := range n.Names {
					s.recordVarOrigin(n.Names[i], n.Values[i])
				}
			}
		}
	})

	s.findWrappers()
	s.findPipeHelpers()
	s.findTxKeyWrappers()

	// Second pass: commands.
	k = 0
	ins.WithStack([]ast.Node{(*ast.CallExpr)(nil)}, func(n ast.Node, push bool, stack []ast.Node) bool {
		if !push {
			return true
		}
		call := n.(*ast.CallExpr)
		s.at(call, k)
		k++
		for _, h := range append(append(s.helperCalls(call), s.txKeyCalls(call)...), s.namedTxCalls(call)...) {
			h.parent = stack[len(stack)-1]
			res.Calls = append(res.Calls, h)
			h.Tx.Calls = append(h.Tx.Calls, h)
		}
		w := s.watchWrapperCall(call)
		if w != nil {
			res.Calls = append(res.Calls, w)
		}
		c := s.command(call)
		if c == nil || w != nil && c.Call == call && c.Via != nil && c.Cmd.Name == "WATCH" {
			// The wrapper's WATCH is read as its transaction's (w).
			return true
		}
		for i := len(stack) - 1; i >= 0 && c.fn == nil; i-- {
			switch stack[i].(type) {
			case *ast.FuncDecl, *ast.FuncLit:
				c.fn = stack[i]
			}
		}
		if len(stack) >= 2 {
			c.parent = stack[len(stack)-2]
		}
		res.Calls = append(res.Calls, c)
		if c.Tx != nil {
			c.Tx.Calls = append(c.Tx.Calls, c)
			s.loopKeys(c, stack)
		}
		return true
	})
	s.returnedCommands(res.Calls)
	s.scriptCallers(res.Calls)
	s.rawTransactions(res.Calls)
	s.batches(res.Calls)
	res.ClientAPI = isClientAPI(pass, res.Calls)
	seen := map[*Tx]bool{}
	for _, c := range res.Calls {
		if c.Tx != nil && !seen[c.Tx] {
			seen[c.Tx] = true
			res.Txs = append(res.Txs, c.Tx)
		}
		if t, ok := s.txs[c.Call]; ok && !seen[t] {
			seen[t] = true
			res.Txs = append(res.Txs, t)
		}
	}
	return res, nil
}

// loopKeys sets the LoopKeys of a command queued in a loop that runs
// inside its transaction (one command per item).
func (s *state) loopKeys(c *Call, stack []ast.Node) {
	for i := len(stack) - 1; i >= 0; i-- {
		n := stack[i]
		if n == c.fn {
			return
		}
		switch n.(type) {
		case *ast.ForStmt, *ast.RangeStmt:
		default:
			continue
		}
		if n.Pos() < c.Tx.Start.Pos() {
			return // the transaction starts inside the loop
		}
		for j, k := range c.Keys {
			if _, ok := k.Const(); ok || k.Expr == nil {
				c.LoopKeys = append(c.LoopKeys, k)
				continue
			}
			c.Keys[j].Loop = n
			c.LoopKeys = append(c.LoopKeys, s.eval.InIteration(c.Keys[j], n, 2))
		}
		return
	}
}

// method returns the go-redis method a call calls and its receiver
// expression. Every pass over the calls asks it of each call: it is
// computed once per call (callMemo).
func (s *state) method(call *ast.CallExpr) (*types.Func, ast.Expr) {
	m := s.memo(call)
	if m.done&methodDone == 0 {
		m.method.fn, m.method.recv = s.findMethod(call)
		m.done |= methodDone
	}
	return m.method.fn, m.method.recv
}

// opensBatch reports whether a go-redis method of the name opens a
// pipeline or a transaction (Watch's included).
func opensBatch(name string) bool {
	switch name {
	case "Pipeline", "TxPipeline", "Pipelined", "TxPipelined", "Watch":
		return true
	}
	return false
}

type methodCall struct {
	fn   *types.Func
	recv ast.Expr
}

func (s *state) findMethod(call *ast.CallExpr) (*types.Func, ast.Expr) {
	fun := ast.Unparen(call.Fun)
	fn := s.callee(call)
	if fn == nil {
		// A method value held in a variable stored once: get := rdb.MGet;
		// get(ctx, a, b).
		if _, ok := fun.(*ast.Ident); ok && s.flow != nil {
			if v, ok := ast.Unparen(s.flow.Flow.SingleValue(fun)).(*ast.SelectorExpr); ok && v != fun {
				fun = v
				fn, _ = s.pass.TypesInfo.Uses[v.Sel].(*types.Func)
			}
		}
	}
	if fn != nil && fn.Pkg() != nil && !model.IsGoRedis(fn.Pkg().Path()) && opensBatch(fn.Name()) {
		// TxPipeline() or Watch(…) of the program's interface that
		// declares go-redis's methods itself: go-redis's, on whatever
		// client it holds. (Its commands are dispatched: dispatch.go.)
		if m := model.MirroredMethod(fn); m != nil {
			fn = m
		}
	}
	if fn == nil || fn.Pkg() == nil || !model.IsGoRedis(fn.Pkg().Path()) {
		return nil, nil
	}
	sel, ok := fun.(*ast.SelectorExpr)
	if !ok {
		return nil, nil
	}
	if selection, ok := s.pass.TypesInfo.Selections[sel]; !ok || selection.Kind() != types.MethodVal {
		return nil, nil
	}
	return fn, sel.X
}

// recordFuncOrigins records the parameter of a function literal given to
// Pipelined, TxPipelined or Watch as made by that call: a literal written
// there or held in a variable (clientflow's CallbackLit).
func (s *state) recordFuncOrigins(call *ast.CallExpr) {
	fn, recv := s.method(call)
	if fn == nil || !model.IsSameClientCallback(fn) {
		return
	}
	for _, arg := range call.Args {
		lit, _ := ast.Unparen(arg).(*ast.FuncLit)
		if lit == nil && s.flow != nil {
			lit = s.flow.Flow.CallbackLit(arg)
		}
		if lit == nil || len(lit.Type.Params.List) == 0 {
			continue
		}
		for _, field := range lit.Type.Params.List {
			for _, name := range field.Names {
				if obj := s.pass.TypesInfo.Defs[name]; obj != nil {
					s.origins[obj] = origin{start: call, method: fn.Name(), client: recv}
				}
			}
		}
	}
}

// recordVarOrigin records a variable assigned from Pipeline() or
// TxPipeline().
func (s *state) recordVarOrigin(lhs, rhs ast.Expr) {
	id, ok := ast.Unparen(lhs).(*ast.Ident)
	if !ok {
		return
	}
	call, ok := ast.Unparen(rhs).(*ast.CallExpr)
	if !ok {
		return
	}
	fn, recv := s.method(call)
	if fn == nil || (fn.Name() != "Pipeline" && fn.Name() != "TxPipeline") {
		return
	}
	obj := s.pass.TypesInfo.ObjectOf(id)
	if obj == nil {
		return
	}
	if _, dup := s.origins[obj]; dup {
		// Assigned twice: we do not know which.
		s.origins[obj] = origin{}
		return
	}
	s.origins[obj] = origin{start: call, method: fn.Name(), client: recv}
}

// kind resolves the client kind of a receiver expression, following
// pipelines and Tx values to the client they came from. It returns the
// transaction the receiver queues into, if any.
func (s *state) kind(recv ast.Expr, depth int) (model.Receiver, ast.Expr, *Tx) {
	k, _ := model.GoRedisReceiver(s.pass.TypesInfo.TypeOf(recv))
	if k == model.RecvMaybeCluster || k == model.RecvCluster {
		// What the client-flow layer knows: an interface whose every
		// stored value is one kind of construction is that kind; a
		// ClusterClient from NewFailoverClusterClient is a failover
		// cluster; a client behind a type guard is not a cluster client.
		if rk, origin, ok := s.flowKind(recv); ok {
			return rk, origin, nil
		}
	}
	if k != model.RecvPipeline && k != model.RecvTx {
		return k, recv, nil
	}
	id, ok := ast.Unparen(recv).(*ast.Ident)
	if !ok || depth > 8 {
		return model.RecvMaybeCluster, recv, nil
	}
	obj := s.pass.TypesInfo.Uses[id]
	o, ok := s.origins[obj]
	if !ok || o.start == nil {
		// A pipeline of unknown origin: it may be a cluster's.
		return model.RecvMaybeCluster, recv, nil
	}
	var ck model.Receiver
	var cexpr ast.Expr
	var outer *Tx
	if o.kind != model.RecvNone {
		ck, cexpr = o.kind, o.start
	} else {
		ck, cexpr, outer = s.kind(o.client, depth+1)
	}
	if outer != nil {
		// Inside a WATCH block (or a transaction): everything queued here
		// joins it.
		return ck, cexpr, outer
	}
	switch o.method {
	case "TxPipelined", "TxPipeline", "Watch":
		t := s.txs[o.start]
		if t == nil {
			t = &Tx{Start: o.start, Kind: ck}
			s.txs[o.start] = t
		}
		return ck, cexpr, t
	}
	return ck, cexpr, nil
}

// flowKind is the receiver kind the client-flow layer decides for a
// go-redis client handle, when it decides one.
func (s *state) flowKind(recv ast.Expr) (model.Receiver, ast.Expr, bool) {
	c := s.flow.Of(recv)
	switch {
	case c.IsCluster():
		if k, _ := model.GoRedisReceiver(s.pass.TypesInfo.TypeOf(recv)); k == model.RecvCluster {
			return model.RecvCluster, recv, true
		}
		if w, ok := c.First(clientflow.Cluster); ok {
			return model.RecvCluster, w.Origin, true
		}
		return model.RecvCluster, recv, true
	case c.Is(clientflow.FailoverCluster):
		if w, ok := c.First(clientflow.FailoverCluster); ok {
			return model.RecvFailoverCluster, w.Origin, true
		}
		return model.RecvFailoverCluster, recv, true
	case c.IsOneNode():
		return model.RecvStandalone, recv, true
	}
	return 0, nil, false
}

// client returns what the client-flow layer knows of the client
// expression e, or nil when e is not a client handle.
func (s *state) client(e ast.Expr) *clientflow.Client {
	if e == nil || !clientflow.IsClientType(s.pass.TypesInfo.TypeOf(e)) {
		return nil
	}
	return s.flow.Of(e)
}

// resolve returns what a call sends: the called method or wrapper, the
// receiver expression (nil for a wrapper), the command, and the client kind.
func (s *state) resolve(call *ast.CallExpr) (*types.Func, ast.Expr, *model.Command, model.Receiver, bool) {
	if fn, recv := s.method(call); fn != nil {
		cmd, ok := model.GoRedisCommandOf(fn)
		if !ok {
			// script.Run(ctx, c, keys, args...): the client is an argument.
			if cmd, client, ok := scriptClient(fn, call); ok {
				k, _, _ := s.kind(client, 0)
				return fn, client, cmd, k, true
			}
			return nil, nil, nil, 0, false
		}
		k, _, _ := s.kind(recv, 0)
		return fn, recv, cmd, k, true
	}
	fn := s.callee(call)
	if fn == nil {
		return nil, nil, nil, 0, false
	}
	fn = fn.Origin()
	if cmd, fact, ok := s.wrapperCommand(fn); ok {
		return fn, nil, cmd, fact.Kind, true
	}
	return nil, nil, nil, 0, false
}

// command returns the Call for a command call (a go-redis method, a call
// of another library, or a wrapper of one), or nil.
//
// The wrappers' rounds (findWrappers) and the commands' pass ask for every
// call: what does not depend on the package's own wrapper facts, which the
// rounds add to, is computed once (callMemo.direct).
func (s *state) command(call *ast.CallExpr) *Call {
	m := s.memo(call)
	if m.done&directDone == 0 {
		m.direct = s.direct(call)
		m.done |= directDone
	}
	d := m.direct
	if d.c != nil || d.fn == nil {
		return d.c
	}
	fn := d.fn
	cmd, fact, ok := s.wrapperCommand(fn)
	if !ok {
		return nil
	}
	c := &Call{Call: call, Fn: fn, Cmd: cmd, Kind: fact.Kind, Via: fn, Effect: fact.Effect, Lib: fact.Lib}
	c.Keys, c.Complete = s.keys(call, fn, cmd)
	c.Complete = c.Complete && fact.Complete
	for _, k := range fact.Fixed {
		c.Keys = append(c.Keys, keyexpr.Key{Expr: call, Parts: []keyexpr.Part{{Const: k}}})
	}
	return c
}

// direct is what a call sends without wrappers: the Call of a go-redis
// method or of another library's command, or else (c nil) the function
// called, which may be a wrapper.
type direct struct {
	c  *Call
	fn *types.Func
}

func (s *state) direct(call *ast.CallExpr) direct {
	if fn, recv := s.method(call); fn != nil {
		if c := s.methodCommand(call, fn, recv); c != nil {
			return direct{c: c}
		}
	}
	fn := s.callee(call)
	if fn == nil {
		return direct{}
	}
	fn = fn.Origin()
	if c := s.libCommand(call, fn); c != nil {
		return direct{c: c}
	}
	return direct{fn: fn}
}

func (s *state) methodCommand(call *ast.CallExpr, fn *types.Func, recv ast.Expr) *Call {
	cmd, ok := model.GoRedisCommandOf(fn)
	if !ok {
		return s.scriptCommand(call, fn, recv)
	}
	k, origin, tx := s.kind(recv, 0)
	if k == model.RecvNone {
		return nil
	}
	c := &Call{Call: call, Fn: fn, Cmd: cmd, Recv: recv, Kind: k, Origin: origin, Tx: tx, Client: s.client(origin)}
	c.Keys, c.Complete = s.keys(call, fn, cmd)
	if model.GoRedisEvalSource(cmd) {
		off := model.CtxOffset(fn.Type().(*types.Signature))
		if off < len(call.Args) {
			c.Script, c.src = s.script(call.Args[off]), call.Args[off]
		}
	}
	if cmd.Name == "WATCH" {
		// Client.Watch(ctx, fn, keys...) opens a WATCH block whose Tx the
		// function gets; Tx.Watch adds keys to the block it is called in.
		if !isTxType(s.pass.TypesInfo.TypeOf(recv)) {
			t := s.txs[call]
			if t == nil {
				t = &Tx{Start: call, Kind: k}
				s.txs[call] = t
			}
			t.Watch = c
			c.Tx = nil
		}
	}
	return c
}

func isTxType(t types.Type) bool {
	k, _ := model.GoRedisReceiver(t)
	return k == model.RecvTx
}

// scriptClient returns, for a call of a go-redis *Script method that runs
// the script (script.Run(ctx, c, keys, args...)), the command it sends and
// the client, pipeline or Tx it runs on: an argument, not the receiver.
func scriptClient(fn *types.Func, call *ast.CallExpr) (*model.Command, ast.Expr, bool) {
	cmd, ok := model.GoRedisScriptCall(fn)
	if !ok {
		return nil, nil, false
	}
	ci := model.CtxOffset(fn.Type().(*types.Signature)) + model.ScriptClientParam
	if ci >= len(call.Args) {
		return nil, nil, false
	}
	return cmd, call.Args[ci], true
}

// scriptCommand returns the Call for a go-redis *Script method that runs
// the script: the client it runs on is an argument, not the receiver.
func (s *state) scriptCommand(call *ast.CallExpr, fn *types.Func, recv ast.Expr) *Call {
	cmd, client, ok := scriptClient(fn, call)
	if !ok {
		return nil
	}
	k, origin, tx := s.kind(client, 0)
	if k == model.RecvNone {
		return nil
	}
	c := &Call{Call: call, Fn: fn, Cmd: cmd, Recv: client, Kind: k, Origin: origin, Tx: tx, Client: s.client(origin)}
	c.Keys, c.Complete = s.keys(call, fn, cmd)
	// The source: redis.NewScript(src) as the receiver, or a variable
	// holding one.
	if def, ok := s.eval.Def(recv); ok {
		if mk, ok := ast.Unparen(def).(*ast.CallExpr); ok && len(mk.Args) == 1 {
			if f := s.callee(mk); model.GoRedisScriptSource(f) {
				c.Script, c.src = s.script(mk.Args[0]), mk.Args[0]
			}
		}
	}
	return c
}

// script returns the Lua source given as x, when it is a constant.
func (s *state) script(x ast.Expr) *Script {
	k := s.eval.Eval(x)
	src, ok := k.Const()
	if !ok {
		return nil
	}
	return &Script{Src: src, Expr: x, Key: k}
}

// recordAction records the client of a radix action run by Do.
func (s *state) recordAction(call *ast.CallExpr) {
	fn := s.callee(call)
	ar, ok := model.ActionRunnerOf(fn)
	if !ok {
		return
	}
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return
	}
	if a, ok := ast.Unparen(argAt(call, fn, ar.Action)).(*ast.CallExpr); ok {
		s.actionClient[a] = sel.X
	}
}
