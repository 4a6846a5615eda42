package callsite

import (
	"go/ast"
	"go/types"
)

// callTable numbers the calls of a package's files (indexDecls, once per
// package) in the order of a walk of the syntax index: num gives a call's
// number, call[i] is call i and callee[i] the function or method it calls
// (calleeFunc), nil for any other call.
//
// The walks of Analyzer ask each call what it calls and what it sends
// several times. A lookup in the type checker's maps (typeutil.Callee
// reads Uses, the package's largest) or in maps of their own, one per
// question and sized for every call, cost more than the questions on a
// large package; the table is one map of small values, and what the walks
// learn of call i is kept in memos[i].
type callTable struct {
	num    map[*ast.CallExpr]int32
	call   []*ast.CallExpr
	callee []*types.Func
}

// callMemo is what Analyzer's walks learned of one call: its callee, and,
// once asked (done), the go-redis method it calls with its receiver
// (method) and what it sends without wrappers (direct).
type callMemo struct {
	callee *types.Func
	method methodCall
	direct direct
	done   uint8
}

const (
	methodDone = 1 << iota
	directDone
)

// memo returns the memo of call, remembering the last call asked: a walk
// asks several questions of one call in a row. A call the table does not
// number (outside the package's files) gets a memo of its own.
func (s *state) memo(call *ast.CallExpr) *callMemo {
	if call == s.lastCall && s.lastMemo != nil {
		return s.lastMemo
	}
	var m *callMemo
	if i, ok := s.calls.num[call]; ok {
		m = &s.memos[i]
	} else {
		m = s.extra[call]
		if m == nil {
			if s.extra == nil {
				s.extra = map[*ast.CallExpr]*callMemo{}
			}
			m = &callMemo{callee: calleeFunc(s.pass.TypesInfo, call)}
			s.extra[call] = m
		}
	}
	s.lastCall, s.lastMemo = call, m
	return m
}

// newMemos returns a memo for each call of the table, with its callee.
func newMemos(t callTable) []callMemo {
	memos := make([]callMemo, len(t.callee))
	for i, fn := range t.callee {
		memos[i].callee = fn
	}
	return memos
}

// at tells memo that call is number i of the table, as a walk of the
// syntax index that counts the calls it meets knows (a walk in the
// table's order), or as a function's list of calls records: the next
// questions about call then need no lookup. A wrong number is ignored.
func (s *state) at(call *ast.CallExpr, i int) {
	if i >= 0 && i < len(s.calls.call) && s.calls.call[i] == call {
		s.lastCall, s.lastMemo = call, &s.memos[i]
	}
}
