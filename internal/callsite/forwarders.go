package callsite

// Raw-command forwarders: functions of the package that pass a command name
// and its words to a library's raw send unchanged (func doRedisCmd(c
// redis.Conn, cmd string, args ...interface{}) (interface{}, error) {
// return c.Do(cmd, args...) }). A call of one is that raw command:
// doRedisCmd(c, "XINFO", "STREAM", key) sends XINFO STREAM key on c.

import (
	"go/ast"
	"go/types"

	"github.com/redislint/redislint/internal/model"
)

// Forwarder is a forwarder of the package (Result.Forwarders): Send reads
// the command at a call of it; Client, for a method that forwards on a
// client its receiver holds (func (c *client) doWrite(ctx, args
// ...interface{}) error { return c.c.Do(ctx, args...).Err() }), is that
// client expression inside it (c.c), nil when the client is a parameter.
type Forwarder struct {
	Send   model.RawSend
	Client ast.Expr
}

// findForwarders records the package's forwarders (s.forwarders, and the
// methods forwarding on their receiver's client, s.fieldForwarders).
func (s *state) findForwarders() {
	for i := range s.decls {
		d := &s.decls[i]
		r, client, ok := s.forwarderOf(d)
		switch {
		case !ok:
		case client != nil:
			if s.fieldForwarders == nil {
				s.fieldForwarders = map[*types.Func]Forwarder{}
			}
			s.fieldForwarders[d.fn] = Forwarder{Send: r, Client: client}
		default:
			if s.forwarders == nil {
				s.forwarders = map[*types.Func]model.RawSend{}
			}
			s.forwarders[d.fn] = r
		}
	}
}

// recvField reports whether x is a field of d's receiver (c.c in a method
// of c), a client the method holds.
func (s *state) recvField(d *funcDecl, x ast.Expr) bool {
	sel, ok := ast.Unparen(x).(*ast.SelectorExpr)
	if !ok || d.fd.Recv == nil || len(d.fd.Recv.List) != 1 || len(d.fd.Recv.List[0].Names) != 1 {
		return false
	}
	id, ok := ast.Unparen(sel.X).(*ast.Ident)
	if !ok {
		return false
	}
	recv := s.pass.TypesInfo.Defs[d.fd.Recv.List[0].Names[0]]
	if recv == nil || s.pass.TypesInfo.Uses[id] != recv || !s.eval.Stable(recv) {
		return false
	}
	selection, ok := s.pass.TypesInfo.Selections[sel]
	return ok && selection.Kind() == types.FieldVal
}

// forwarderOf returns the raw send d forwards to: a call in d (outside
// function literals) of a library's raw send whose client is a parameter
// of d, whose command name is a string parameter of d (or, for a send that
// takes the name as its first word, absent), and whose words are d's
// variadic parameter spread.
func (s *state) forwarderOf(d *funcDecl) (model.RawSend, ast.Expr, bool) {
	sig := d.fn.Type().(*types.Signature)
	if !sig.Variadic() {
		return model.RawSend{}, nil, false
	}
	off := model.CtxOffset(sig)
	// param returns the index (after d's context) of the parameter x is.
	param := func(x ast.Expr) (int, bool) {
		id, ok := ast.Unparen(x).(*ast.Ident)
		if !ok {
			return 0, false
		}
		v, ok := s.pass.TypesInfo.Uses[id].(*types.Var)
		if !ok || !s.eval.Stable(v) {
			return 0, false
		}
		for i := off; i < sig.Params().Len(); i++ {
			if sig.Params().At(i) == v {
				return i - off, true
			}
		}
		return 0, false
	}
	variadic := sig.Params().Len() - 1 - off
	var out model.RawSend
	var client ast.Expr
	found := false
	s.outerCalls(d, func(call *ast.CallExpr) bool {
		fn := s.callee(call)
		if fn == nil || fn.Pkg() == nil || !model.IsClientPackage(fn.Pkg().Path()) {
			return true
		}
		r, ok := model.RawSendOf(fn)
		if !ok || r.Builds || r.Words || r.Key >= 0 || !call.Ellipsis.IsValid() {
			return true
		}
		conn, ok := param(argAt(call, fn, r.Conn))
		var field ast.Expr
		if !ok {
			if x := argAt(call, fn, r.Conn); x == nil || !s.recvField(d, x) {
				return true
			}
			field, conn = argAt(call, fn, r.Conn), -1
		}
		cmd := -1
		if r.Cmd >= 0 {
			if cmd, ok = param(argAt(call, fn, r.Cmd)); !ok {
				return true
			}
			if b, isBasic := sig.Params().At(cmd + off).Type().Underlying().(*types.Basic); !isBasic || b.Info()&types.IsString == 0 {
				return true
			}
		}
		if a, ok := param(argAt(call, fn, r.Args)); !ok || a != variadic {
			return true
		}
		out = r
		out.Conn, out.Cmd, out.Args = conn, cmd, variadic
		client = field
		found = true
		return false
	})
	return out, client, found
}
