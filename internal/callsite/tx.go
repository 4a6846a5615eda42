package callsite

import (
	"go/ast"
	"go/types"
	"sort"

	"github.com/redislint/redislint/internal/analysisutil"
	"github.com/redislint/redislint/internal/model"
)

// rawTransactions finds MULTI … EXEC written as raw commands (redigo and
// redisc Send/Do) on one connection within one function, and makes the
// commands between them one transaction.
func (s *state) rawTransactions(calls []*Call) {
	type stream struct {
		fn  ast.Node
		obj types.Object
	}
	streams := map[stream][]*Call{}
	var order []stream
	for _, c := range calls {
		// A redigo or redisc Conn is one connection: MULTI and EXEC sent
		// on it frame a transaction. (go-redis Do takes a pooled
		// connection per call: its MULTI frames nothing.)
		if c.Via != nil || c.Tx != nil || c.Recv == nil || c.fn == nil || !c.Lib.Info().OneConn {
			continue
		}
		if _, raw := model.RawSendOf(c.Fn); !raw {
			continue
		}
		id, ok := ast.Unparen(c.Recv).(*ast.Ident)
		if !ok {
			continue
		}
		obj := s.pass.TypesInfo.ObjectOf(id)
		if obj == nil {
			continue
		}
		k := stream{c.fn, obj}
		if _, seen := streams[k]; !seen {
			order = append(order, k)
		}
		streams[k] = append(streams[k], c)
	}
	for _, k := range order {
		cs := streams[k]
		sort.Slice(cs, func(i, j int) bool { return cs[i].Call.Pos() < cs[j].Call.Pos() })
		var tx *Tx
		for _, c := range cs {
			switch c.Cmd.Name {
			case "MULTI":
				tx = &Tx{Start: c.Call, Kind: c.Kind, Effect: model.CrossSlotServer, Lib: c.Lib}
				s.txs[c.Call] = tx
				continue
			case "EXEC", "DISCARD":
				tx = nil
				continue
			}
			if tx != nil {
				c.Tx = tx
				tx.Calls = append(tx.Calls, c)
			}
		}
	}
}

// batches finds batches (rueidis DoMulti) that hold a command without keys
// (MULTI, EXEC, …) as well as commands with keys: rueidis sends such a
// batch to one node, so all their keys must share a slot.
func (s *state) batches(calls []*Call) {
	var byArg map[*ast.CallExpr]*Call // made at the first batch
	analysisutil.Inspector(s.pass).Preorder([]ast.Node{(*ast.CallExpr)(nil)}, func(n ast.Node) {
		call := n.(*ast.CallExpr)
		if call.Ellipsis.IsValid() {
			return
		}
		sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if !ok {
			return
		}
		fn := s.callee(call)
		b, ok := model.BatchOf(fn)
		if !ok {
			return
		}
		k, _, _ := s.clientKind(sel.X)
		if k == model.RecvNone {
			return
		}
		first := b.Cmds + model.CtxOffset(fn.Type().(*types.Signature))
		if first > len(call.Args) {
			return
		}
		if byArg == nil {
			byArg = make(map[*ast.CallExpr]*Call, len(calls))
			for _, c := range calls {
				byArg[c.Call] = c
			}
		}
		var members []*Call
		keyless := false
		for _, a := range call.Args[first:] {
			ac, ok := ast.Unparen(a).(*ast.CallExpr)
			if !ok {
				continue
			}
			m, ok := byArg[ac]
			if !ok {
				continue
			}
			if len(m.Keys) == 0 {
				keyless = true
			}
			members = append(members, m)
		}
		if !keyless {
			return
		}
		tx := &Tx{Start: call, Kind: k, Effect: b.Lib.Info().CrossSlot, Lib: b.Lib}
		for _, m := range members {
			if m.Tx == nil {
				m.Tx = tx
				tx.Calls = append(tx.Calls, m)
			}
		}
		s.txs[call] = tx
	})
}
