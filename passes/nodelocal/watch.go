package nodelocal

import (
	"go/ast"
	"go/types"
	"slices"

	"github.com/redislint/redislint/internal/callsite"
	"github.com/redislint/redislint/internal/keyexpr"
	"github.com/redislint/redislint/internal/model"
)

// watchedNode reports whether a KEYS or SCAN sent on recv, a go-redis
// *redis.Tx, with the MATCH pattern pattern, reads every key the pattern
// can match. The *redis.Tx that a cluster client's Watch hands its
// function runs every command on the master of the watched keys' slot (osscluster.go: Watch picks the
// node, then runs the function on that node's client), so a pattern whose
// beginning holds the watched keys' hash tag ("{user:1}:*" watching
// "{user:1}:a") matches keys of that node only. The pattern may be one of
// several values, as the watched keys may (a prefix that is a hash tag on
// the cluster path only, m.prefix + fmt.Sprintf("c%d_*", inode) in a
// m.txn(ctx, fn, m.inodeKey(inode)) wrapper): every pair of their values
// that can meet on a cluster client must be of one slot.
func (ch *checker) watchedNode(recv, pattern ast.Expr) bool {
	txs := ch.watchTx(recv)
	if len(txs) == 0 {
		return false
	}
	if ch.paths == nil {
		ch.paths = callsite.NewClusterPaths(ch.flow)
	}
	client := ch.flow.Of(recv)
	ch.sites.EvalMu.Lock()
	pats := ch.sites.Eval.EvalAlts(pattern)
	ch.sites.EvalMu.Unlock()
	for _, tx := range txs {
		for _, p := range pats {
			head, tagged := p.MatchTag()
			for _, w := range tx.Watch.Keys {
				if !keyexpr.Compatible(p, w) || !ch.paths.OnCluster(client, slices.Concat(p.Assume, w.Assume)) {
					continue // values of two paths that never meet, or never on a cluster client
				}
				if !tagged || keyexpr.Compare(head, w) != keyexpr.Same {
					return false
				}
			}
		}
	}
	return true
}

// watchTx returns the WATCH transactions whose *redis.Tx recv is, each
// with every watched key seen: recv is the parameter of a function literal
// given to the call that opens one (rdb.Watch(ctx, func(tx *redis.Tx)
// error { … }, keys...), or a wrapper's m.txn(ctx, func(tx *redis.Tx)
// error { … }, keys...)), or of a function of the package given by name to
// every call that references it (txParams).
func (ch *checker) watchTx(recv ast.Expr) []*callsite.Tx {
	id, ok := ast.Unparen(recv).(*ast.Ident)
	if !ok {
		return nil
	}
	v, ok := ch.pass.TypesInfo.Uses[id].(*types.Var)
	if !ok {
		return nil
	}
	switch r, _ := model.GoRedisReceiver(v.Type()); r {
	case model.RecvTx:
	case model.RecvPipeline:
		// A pipeline the Tx opens (tx.TxPipelined(ctx, func(pipe
		// redis.Pipeliner) error { … })) sends on the Tx's connection.
		if opener := ch.pipeOpener(v); opener != nil {
			return ch.watchTx(opener)
		}
		return nil
	default:
		return nil
	}
	if ch.txOfParam == nil {
		ch.txOfParam = ch.txParams()
	}
	return ch.txOfParam[v]
}

// txParams maps the *redis.Tx parameter of each function a WATCH
// transaction with every watched key seen runs to the transactions that
// run it: the function literal given to the call that opens one (or
// held in a variable given to it: clientflow's CallbackLit), or a
// function of the package given by name (rdb.Watch(ctx, s.scanChunks,
// keys...)) when every reference to it is such a call's argument (one
// called on another Tx too, or stored, may run on any).
func (ch *checker) txParams() map[*types.Var][]*callsite.Tx {
	out := map[*types.Var][]*callsite.Tx{}
	txParams := func(params *types.Tuple, txs []*callsite.Tx) {
		for p := range params.Variables() {
			if isTxType(p.Type()) {
				out[p] = append(out[p], txs...)
			}
		}
	}
	named := map[*types.Func][]*callsite.Tx{}
	refs := map[*types.Func]map[ast.Expr]bool{}
	for _, t := range ch.sites.Txs {
		if t.Watch == nil || len(t.Watch.Keys) == 0 || !t.Watch.Complete {
			continue
		}
		for _, arg := range t.Start.Args {
			if lit := ch.flow.Flow.CallbackLit(arg); lit != nil {
				// Written in the call, or held in a variable.
				if sig, ok := ch.pass.TypesInfo.TypeOf(lit).(*types.Signature); ok {
					txParams(sig.Params(), []*callsite.Tx{t})
				}
				continue
			}
			if h := ch.flow.Flow.HeldCallback(arg); h != nil {
				arg = h // fn := s.scanChunks; rdb.Watch(ctx, fn, …)
			}
			switch a := ast.Unparen(arg).(type) {
			case *ast.Ident, *ast.SelectorExpr:
				if fn := ch.namedCallback(a); fn != nil {
					named[fn] = append(named[fn], t)
					if refs[fn] == nil {
						refs[fn] = map[ast.Expr]bool{}
					}
					refs[fn][a] = true
				}
			}
		}
	}
	if len(named) == 0 {
		return out
	}
	uses := map[*types.Func]int{}
	for _, obj := range ch.pass.TypesInfo.Uses {
		if fn, ok := obj.(*types.Func); ok && named[fn] != nil {
			uses[fn]++
		}
	}
	for fn, txs := range named {
		if uses[fn] == len(refs[fn]) {
			txParams(fn.Signature().Params(), txs)
		}
	}
	return out
}

// namedCallback returns the function of the package that x names (scan,
// or the method value s.scan), or nil.
func (ch *checker) namedCallback(x ast.Expr) *types.Func {
	var id *ast.Ident
	switch x := x.(type) {
	case *ast.Ident:
		id = x
	case *ast.SelectorExpr:
		if sel, ok := ch.pass.TypesInfo.Selections[x]; !ok || sel.Kind() != types.MethodVal {
			return nil
		}
		id = x.Sel
	}
	fn, ok := ch.pass.TypesInfo.Uses[id].(*types.Func)
	if !ok || fn.Pkg() != ch.pass.Pkg {
		return nil
	}
	if recv := fn.Signature().Recv(); recv != nil {
		if _, isIface := recv.Type().Underlying().(*types.Interface); isIface {
			return nil // an interface's method: its implementations are elsewhere
		}
	}
	return fn
}

func isTxType(t types.Type) bool {
	r, _ := model.GoRedisReceiver(t)
	return r == model.RecvTx
}

// pipeOpener returns the *redis.Tx whose Pipelined or TxPipelined runs
// the function literal that takes the pipeline parameter v (the client
// flow's callback receivers), or nil.
func (ch *checker) pipeOpener(v *types.Var) ast.Expr {
	recv, ok := ch.flow.Flow.CallbackReceiver(v)
	if !ok || !isTxType(ch.pass.TypesInfo.TypeOf(recv)) {
		return nil
	}
	return recv
}

// keysOfTag reports whether a KEYS with the pattern pattern, a call of the
// go-redis method fn on recv (Keys, or Do with "KEYS" and the pattern:
// go-redis reads the position of the first key alike for both), reads
// every key the pattern can match: a
// cluster client of go-redis v9.3.1 to v9.19.x sends KEYS to the master
// of its pattern's slot (model.FeatureKeysByPattern), and a pattern whose
// beginning holds a hash tag ("jobs:{" + queue + "}:t:*") matches keys of
// that slot only, whatever values it takes (measured: doc.go).
func (ch *checker) keysOfTag(fn *types.Func, command string, recv, pattern ast.Expr) bool {
	if command != "KEYS" || fn.Pkg() == nil || !model.GoRedisHas(ch.pass.Fset, fn.Pkg(), model.FeatureKeysByPattern) {
		return false
	}
	switch r, _ := model.GoRedisReceiver(ch.pass.TypesInfo.TypeOf(recv)); r {
	case model.RecvCluster, model.RecvMaybeCluster, model.RecvPipeline:
	default:
		return false
	}
	ch.sites.EvalMu.Lock()
	pats := ch.sites.Eval.EvalAlts(pattern)
	ch.sites.EvalMu.Unlock()
	if len(pats) == 0 {
		return false
	}
	for _, p := range pats {
		if _, tagged := p.MatchTag(); !tagged {
			return false
		}
	}
	return true
}
