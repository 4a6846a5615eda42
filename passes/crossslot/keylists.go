package crossslot

// Key lists from the caller (-keylists, off by default): an exported
// function that sends its caller's key list as one multi-key command
// (func (c *Cache) Del(keys ...string) { c.rdb.Del(ctx, keys...) }) on a
// client that may be a cluster client. The keys are the caller's, and
// callers outside the package cannot see that they must share a slot.

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/analysis"

	"github.com/redislint/redislint/internal/callsite"
	"github.com/redislint/redislint/internal/model"
	"github.com/redislint/redislint/internal/msgtext"
)

// checkKeyList reports c when one of its multi-key arguments is the whole
// key list of a parameter of the exported function it is in.
func checkKeyList(pass *analysis.Pass, cfg *Config, c *callsite.Call) {
	if !cfg.KeyLists || c.Tx != nil || c.Via != nil || c.Fn == nil || !reportsOn(cfg, c.Kind) {
		return
	}
	sig, ok := c.Fn.Type().(*types.Signature)
	if !ok {
		return
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
		fd, p := callerList(pass, x)
		if fd == nil {
			continue
		}
		s := subject{name: c.Cmd.Name, kind: c.Kind, recv: c.Origin, effect: c.Effect, lib: c.Lib}
		pass.Report(analysis.Diagnostic{
			Pos:      x.Pos(),
			End:      x.End(),
			Category: Category,
			Message: c.Cmd.Name + " of the caller's key list " + msgtext.Shorten(p.Name(), 30) + " (" + fd.Name.Name + " is exported): " +
				consequence(pass, s) + " unless the caller's keys share a slot: group them by slot, or send them one by one",
		})
		return
	}
}

// callerList returns the exported function declaration whose slice or
// variadic parameter x is, and that parameter.
func callerList(pass *analysis.Pass, x ast.Expr) (*ast.FuncDecl, *types.Var) {
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
