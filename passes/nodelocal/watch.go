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
	tx := ch.watchTx(recv)
	if tx == nil {
		return false
	}
	if ch.paths == nil {
		ch.paths = callsite.NewClusterPaths(ch.flow)
	}
	watched := tx.Watch.Keys
	client := ch.flow.Of(recv)
	for _, p := range ch.sites.Eval.EvalAlts(pattern) {
		head, tagged := p.MatchTag()
		for _, w := range watched {
			if !keyexpr.Compatible(p, w) || !ch.paths.OnCluster(client, slices.Concat(p.Assume, w.Assume)) {
				continue // values of two paths that never meet, or never on a cluster client
			}
			if !tagged || keyexpr.Compare(head, w) != keyexpr.Same {
				return false
			}
		}
	}
	return true
}

// watchTx returns the WATCH transaction whose *redis.Tx recv is: the
// parameter of a function literal given to the call that opens it
// (rdb.Watch(ctx, func(tx *redis.Tx) error { … }, keys...), or a wrapper's
// m.txn(ctx, func(tx *redis.Tx) error { … }, keys...)), with every watched
// key seen.
func (ch *checker) watchTx(recv ast.Expr) *callsite.Tx {
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
		ch.txOfParam = map[*types.Var]*callsite.Tx{}
		for _, t := range ch.sites.Txs {
			if t.Watch == nil || len(t.Watch.Keys) == 0 || !t.Watch.Complete {
				continue
			}
			for _, arg := range t.Start.Args {
				lit, ok := ast.Unparen(arg).(*ast.FuncLit)
				if !ok {
					continue
				}
				for _, f := range lit.Type.Params.List {
					for _, name := range f.Names {
						if p, ok := ch.pass.TypesInfo.Defs[name].(*types.Var); ok && isTxType(p.Type()) {
							ch.txOfParam[p] = t
						}
					}
				}
			}
		}
	}
	return ch.txOfParam[v]
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
