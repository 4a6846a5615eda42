package callsite

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/analysis"

	"github.com/redislint/redislint/internal/model"
)

// WrapperFact marks a function or method whose parameters flow, unchanged,
// into the keys of a Redis command it sends: calling it is calling the
// command. It is exported so that wrappers work across packages, as vet's
// printf does for printf wrappers.
type WrapperFact struct {
	// Cmd is the Redis command, Method the client method the wrapper calls.
	Cmd    string
	Method string
	// Kind is the kind of client the command runs on inside the wrapper.
	Kind model.Receiver
	// Args are the wrapper's parameters that are keys (Param counted after
	// a leading context.Context, as in the model).
	Args []model.Arg
	// Fixed are keys the wrapper adds itself (constants).
	Fixed []string
	// Complete is false when the command has keys that are neither
	// parameters nor constants.
	Complete bool
}

func (*WrapperFact) AFact() {}

func (f *WrapperFact) String() string { return "redis wrapper of " + f.Cmd }

// findWrappers exports a WrapperFact for every function of the package that
// passes its parameters as keys of a command. Wrappers of wrappers are found
// by repeating until nothing changes.
func (s *state) findWrappers(files []*ast.File) {
	for range 4 {
		changed := false
		for _, f := range files {
			for _, decl := range f.Decls {
				fd, ok := decl.(*ast.FuncDecl)
				if !ok || fd.Body == nil {
					continue
				}
				fn, ok := s.pass.TypesInfo.Defs[fd.Name].(*types.Func)
				if !ok {
					continue
				}
				var have WrapperFact
				if s.pass.ImportObjectFact(fn, &have) {
					continue
				}
				if fact, ok := s.wrapperOf(fd, fn); ok {
					s.pass.ExportObjectFact(fn, fact)
					changed = true
				}
			}
		}
		if !changed {
			return
		}
	}
}

// wrapperOf looks for one command call in fd whose keys include fd's
// parameters.
func (s *state) wrapperOf(fd *ast.FuncDecl, fn *types.Func) (*WrapperFact, bool) {
	sig := fn.Type().(*types.Signature)
	params := map[types.Object]int{}
	off := model.CtxOffset(sig)
	for i := off; i < sig.Params().Len(); i++ {
		params[sig.Params().At(i)] = i - off
	}
	if len(params) == 0 {
		return nil, false
	}
	var found *WrapperFact
	ambiguous := false
	ast.Inspect(fd.Body, func(n ast.Node) bool {
		if _, ok := n.(*ast.FuncLit); ok {
			return false // closures run who knows when
		}
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return true
		}
		target, _, cmd, kind, ok := s.resolve(call)
		if !ok || kind == model.RecvNone || kind == model.RecvStandalone {
			return true
		}
		w := &WrapperFact{Cmd: cmd.Name, Method: target.Name(), Kind: kind, Complete: true}
		uses := 0
		tsig := target.Type().(*types.Signature)
		toff := model.CtxOffset(tsig)
		for _, a := range cmd.Args {
			if a.Field != "" {
				w.Complete = false
				continue
			}
			pi := a.Param + toff
			variadic := tsig.Variadic() && pi == tsig.Params().Len()-1
			var args []ast.Expr
			switch {
			case pi >= len(call.Args):
				continue
			case variadic && !call.Ellipsis.IsValid():
				args = call.Args[pi:]
			default:
				args = call.Args[pi : pi+1]
			}
			for _, x := range args {
				if id, ok := ast.Unparen(x).(*ast.Ident); ok {
					if p, ok := s.pass.TypesInfo.Uses[id].(*types.Var); ok {
						if idx, isParam := params[p]; isParam && s.eval.Stable(p) {
							kind := model.Key
							if _, isSlice := p.Type().Underlying().(*types.Slice); isSlice {
								if a.Kind != model.Keys {
									w.Complete = false
									continue
								}
								kind = model.Keys
							} else if a.Kind != model.Key && a.Kind != model.Keys {
								w.Complete = false
								continue
							}
							w.Args = append(w.Args, model.Arg{Param: idx, Kind: kind})
							uses++
							continue
						}
					}
				}
				if a.Kind == model.Key || a.Kind == model.Keys && variadic && !call.Ellipsis.IsValid() {
					if c, ok := s.eval.Eval(x).Const(); ok {
						w.Fixed = append(w.Fixed, c)
						continue
					}
				}
				w.Complete = false
			}
		}
		if uses == 0 {
			return true
		}
		if found != nil {
			ambiguous = true
		}
		found = w
		return true
	})
	if found == nil || ambiguous {
		return nil, false
	}
	return found, true
}

// wrapperCommand returns the command a call of a wrapper sends.
func (s *state) wrapperCommand(fn *types.Func) (*model.Command, *WrapperFact, bool) {
	var f WrapperFact
	if !s.pass.ImportObjectFact(fn, &f) {
		return nil, nil, false
	}
	return &model.Command{Method: fn.Name(), Name: f.Cmd, Args: f.Args}, &f, true
}

var _ analysis.Fact = (*WrapperFact)(nil)
