package crossslot

// Key lists from the caller (-keylists): an exported function of a package
// other modules can import that sends its caller's key list as one
// multi-key command (func (c *Cache) Invalidate(keys ...string) {
// c.rdb.Del(ctx, keys...) }) on a client that may be a cluster client. The
// keys are the caller's, and callers in other modules cannot see that they
// must share a slot, unless the function is named for its command
// (callsite.MirrorsCommand).

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/redislint/redislint/internal/callsite"
	"github.com/redislint/redislint/internal/keyexpr"
	"github.com/redislint/redislint/internal/model"
	"github.com/redislint/redislint/internal/msgtext"
)

// keyListFinding is a command that sends the caller's key list of the
// exported function fn: reported unless it goes through an exported
// function of the package with a finding of its own (reportKeyLists).
type keyListFinding struct {
	fn   types.Object
	via  *types.Func
	diag analysis.Diagnostic
}

// checkKeyList returns the finding of c when one of its multi-key
// arguments is the whole key list of a parameter of the exported function
// it is in, and that function is not the command under its own name.
func checkKeyList(pass *analysis.Pass, cfg *Config, eval *keyexpr.Evaluator, c *callsite.Call) *keyListFinding {
	if !cfg.KeyLists || c.Tx != nil || c.Fn == nil || !reportsOn(cfg, c.Kind) || !importable(pass.Pkg) {
		return nil
	}
	sig, ok := c.Fn.Type().(*types.Signature)
	if !ok {
		return nil
	}
	off := model.CtxOffset(sig)
	for _, a := range c.Cmd.Args {
		if a.Kind != model.Keys || a.Field != "" {
			continue
		}
		i := a.Param + off
		if i >= len(c.Call.Args) {
			continue
		}
		x := c.Call.Args[i]
		if sig.Variadic() && i == sig.Params().Len()-1 && !c.Call.Ellipsis.IsValid() {
			continue // keys written out at the call: compared as keys
		}
		fd, p := callerList(pass, x, eval)
		if fd == nil || callsite.MirrorsCommand(fd.Name.Name, c.Cmd.Name, callsite.FirstResult(pass.TypesInfo.Defs[fd.Name])) && (c.Via == nil || c.Via.Pkg() == pass.Pkg) {
			continue
		}
		s := subject{name: c.Cmd.Name, kind: c.Kind, recv: c.Origin, effect: c.Effect, lib: c.Lib}
		name := c.Cmd.Name
		if c.Via != nil {
			name += " (through " + funcName(c.Via) + ")"
		}
		return &keyListFinding{
			fn:  pass.TypesInfo.Defs[fd.Name],
			via: c.Via,
			diag: analysis.Diagnostic{
				Pos:      x.Pos(),
				End:      x.End(),
				Category: Category,
				Message: name + " of the caller's key list " + msgtext.Shorten(p.Name(), 30) + " (" + fd.Name.Name + " is exported): " +
					consequence(pass, s) + " unless the caller's keys share a slot: group them by slot, or send them one by one",
			},
		}
	}
	return nil
}

// reportKeyLists reports the findings of checkKeyList, but not one through
// a function of the package that has a finding itself (Del calling DelCtx,
// which sends the list): that is the function to fix, and its finding is
// reported there, once.
func reportKeyLists(pass *analysis.Pass, lists []*keyListFinding) {
	found := map[types.Object]bool{}
	for _, l := range lists {
		found[l.fn] = true
	}
	for _, l := range lists {
		if l.via != nil && found[l.via.Origin()] {
			continue
		}
		pass.Report(l.diag)
	}
}

// callerList returns the exported function declaration whose slice or
// variadic parameter x is, directly or through locals assigned it once,
// and that parameter.
func callerList(pass *analysis.Pass, x ast.Expr, eval *keyexpr.Evaluator) (*ast.FuncDecl, *types.Var) {
	// Through locals that hold it once (ks := keys; ks := keys[:n]).
	for range 8 {
		if sl, ok := ast.Unparen(x).(*ast.SliceExpr); ok {
			x = sl.X
			continue
		}
		def, ok := eval.Assigned(x)
		if !ok {
			break
		}
		x = def
	}
	id, ok := ast.Unparen(x).(*ast.Ident)
	if !ok {
		return nil, nil
	}
	v, ok := pass.TypesInfo.Uses[id].(*types.Var)
	if !ok {
		return nil, nil
	}
	if _, isSlice := v.Type().Underlying().(*types.Slice); !isSlice {
		return nil, nil
	}
	return exportedParam(pass, id, v)
}

// declAround returns the function declaration that holds pos.
func declAround(pass *analysis.Pass, pos token.Pos) *ast.FuncDecl {
	for _, f := range pass.Files {
		if pos < f.Pos() || pos >= f.End() {
			continue
		}
		for _, d := range f.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok && fd.Pos() <= pos && pos < fd.End() {
				return fd
			}
		}
	}
	return nil
}

// importable reports whether other modules can import pkg: not a main
// package, not below an internal directory. The callers of an exported
// function of any other package are all in the module, where the keys they
// pass are compared (the function's wrapper fact).
func importable(pkg *types.Package) bool {
	if pkg == nil || pkg.Name() == "main" {
		return false
	}
	p := "/" + pkg.Path() + "/"
	return !strings.Contains(p, "/internal/")
}

// callerKey returns the exported function whose string parameter the key
// expression x is, and that parameter: directly, through locals assigned
// once, or through a field of the package's own type every write of which
// is such a parameter (lock.key, set by New(ctx, client, lockKey)). Such a
// key is whatever the package's caller gives.
func callerKey(pass *analysis.Pass, x ast.Expr, eval *keyexpr.Evaluator) (*ast.FuncDecl, *types.Var) {
	return callerKeyAt(pass, x, eval, 0)
}

func callerKeyAt(pass *analysis.Pass, x ast.Expr, eval *keyexpr.Evaluator, depth int) (*ast.FuncDecl, *types.Var) {
	if depth > 8 {
		return nil, nil
	}
	if def, ok := eval.Assigned(x); ok {
		return callerKeyAt(pass, def, eval, depth+1)
	}
	if vals, ok := eval.FieldValues(x); ok {
		var fd *ast.FuncDecl
		var p *types.Var
		for _, v := range vals {
			f, q := callerKeyAt(pass, v, eval, depth+1)
			if f == nil {
				return nil, nil
			}
			if fd == nil {
				fd, p = f, q
			}
		}
		return fd, p
	}
	id, ok := ast.Unparen(x).(*ast.Ident)
	if !ok {
		return nil, nil
	}
	v, ok := pass.TypesInfo.Uses[id].(*types.Var)
	if !ok {
		return nil, nil
	}
	if b, isBasic := v.Type().Underlying().(*types.Basic); !isBasic || b.Info()&types.IsString == 0 {
		return nil, nil
	}
	return exportedParam(pass, id, v)
}

// fromCaller reports whether the key expression x, made once per
// iteration of a loop, is an element of the key list a caller gives an
// exported function of an importable package (keys[i], or k in for _, k
// := range keys): the caller's keys, of any slots.
func (ck *checker) fromCaller(x ast.Expr) bool {
	if !importable(ck.pass.Pkg) {
		return false
	}
	eval := ck.pass.ResultOf[callsite.Analyzer].(*callsite.Result).Eval
	switch x := ast.Unparen(x).(type) {
	case *ast.IndexExpr:
		return ck.callerSlice(x.X, eval, 0)
	case *ast.Ident:
		v, ok := ck.pass.TypesInfo.Uses[x].(*types.Var)
		if !ok {
			return false
		}
		for _, f := range ck.pass.Files {
			if v.Pos() < f.Pos() || v.Pos() >= f.End() {
				continue
			}
			found := false
			ast.Inspect(f, func(n ast.Node) bool {
				rs, ok := n.(*ast.RangeStmt)
				if !ok || found {
					return !found
				}
				if id, ok := rs.Value.(*ast.Ident); ok && ck.pass.TypesInfo.Defs[id] == v {
					found = ck.callerSlice(rs.X, eval, 0)
					return false
				}
				return true
			})
			return found
		}
	}
	return false
}

// callerSlice reports whether the slice x is the key list a caller gives
// an exported function (callerList), also through the parameters of the
// package's unexported functions whose every call passes one.
func (ck *checker) callerSlice(x ast.Expr, eval *keyexpr.Evaluator, depth int) bool {
	if fd, _ := callerList(ck.pass, x, eval); fd != nil {
		return true
	}
	if depth > 4 {
		return false
	}
	_, args, ok := ck.cf.Flow.ParamCalls(x)
	if !ok {
		return false
	}
	for _, a := range args {
		if !ck.callerSlice(a, eval, depth+1) {
			return false
		}
	}
	return true
}

// exportedParam returns the exported function declaration whose parameter
// v is (id names it), and v.
func exportedParam(pass *analysis.Pass, id *ast.Ident, v *types.Var) (*ast.FuncDecl, *types.Var) {
	fd := declAround(pass, id.Pos())
	if fd == nil || !fd.Name.IsExported() {
		return nil, nil
	}
	for _, f := range fd.Type.Params.List {
		for _, n := range f.Names {
			if pass.TypesInfo.Defs[n] == v {
				return fd, v
			}
		}
	}
	return nil, nil
}
