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
	// Effect and Lib: what the library does with keys of several slots,
	// as for a Call.
	Effect model.CrossSlot
	Lib    model.Lib
}

func (*WrapperFact) AFact() {}

func (f *WrapperFact) String() string { return "redis wrapper of " + f.Cmd }

// findWrappers exports a WrapperFact for every function of the package that
// passes its parameters as keys of a command. Wrappers of wrappers are found
// by repeating until nothing changes: each round that changes anything
// exports at least one new fact and facts are never withdrawn, so there are
// at most as many rounds as functions, whatever order they are declared in.
func (s *state) findWrappers() {
	decls := s.decls
	done := make([]bool, len(decls))
	// decided are the wrappers the last round found (nil: the first round
	// reads every function); a later round reads only the functions it
	// can decide otherwise (mayChange).
	var decided map[*types.Func]bool
	for range len(decls) + 1 {
		now := map[*types.Func]bool{}
		for i, d := range decls {
			if done[i] || decided != nil && !decls[i].mayChange(decided) {
				continue
			}
			var have WrapperFact
			if s.pass.ImportObjectFact(d.fn, &have) {
				done[i] = true
				continue
			}
			if fact, ok := s.wrapperOf(&decls[i]); ok {
				s.pass.ExportObjectFact(d.fn, fact)
				delete(s.wrapCmds, d.fn)
				clear(s.dispatch) // an implementation may have become a wrapper
				done[i] = true
				now[d.fn.Origin()] = true
			}
		}
		if len(now) == 0 {
			return
		}
		decided = now
	}
}

// wrapperOf looks for one command call in fd whose keys include fd's
// parameters: as keys, elements of a slice literal ([]string{src,
// allQueuesKey}), a slice or variadic parameter, or a field of a struct
// parameter; for any library's command.
func (s *state) wrapperOf(d *funcDecl) (*WrapperFact, bool) {
	sig := d.fn.Type().(*types.Signature)
	params := map[types.Object]int{}
	off := model.CtxOffset(sig)
	for i := off; i < sig.Params().Len(); i++ {
		params[sig.Params().At(i)] = i - off
	}
	if len(params) == 0 {
		return nil, false
	}
	// param returns the wrapper parameter (or field of one) x is.
	param := func(x ast.Expr) (model.Arg, *types.Var, bool) {
		field := ""
		if sel, ok := ast.Unparen(x).(*ast.SelectorExpr); ok {
			if selection, ok := s.pass.TypesInfo.Selections[sel]; ok && selection.Kind() == types.FieldVal && len(selection.Index()) == 1 {
				field, x = sel.Sel.Name, sel.X
			}
		}
		id, ok := ast.Unparen(x).(*ast.Ident)
		if !ok {
			return model.Arg{}, nil, false
		}
		p, ok := s.pass.TypesInfo.Uses[id].(*types.Var)
		if !ok {
			return model.Arg{}, nil, false
		}
		idx, isParam := params[p]
		if !isParam || !s.eval.Stable(p) {
			return model.Arg{}, nil, false
		}
		return model.Arg{Param: idx, Field: field, Kind: model.Key}, p, true
	}
	var found *WrapperFact
	ambiguous := false
	// Calls in closures do not count: closures run who knows when.
	s.outerCalls(d, func(call *ast.CallExpr) bool {
		w, uses := s.goRedisWrapper(call, param)
		if w == nil {
			w, uses = s.libWrapper(call, param)
		}
		if w == nil || uses == 0 {
			return true
		}
		if s.flow != nil && s.flow.ClusterExcluded(call, Spread(call)) {
			// if len(keys) > 1 && c.rds.Type == redis.ClusterType { key
			// by key } else { c.rds.Del(ctx, keys...) }: the caller's keys
			// reach the command together only where no cluster client,
			// or one key, does; crossslot leaves the call alone, and so
			// do its callers.
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

type paramFunc func(ast.Expr) (model.Arg, *types.Var, bool)

// Spread returns the argument call spreads with ... (the key list of
// Del(ctx, keys...)), or nil.
func Spread(call *ast.CallExpr) ast.Expr {
	if call.Ellipsis.IsValid() && len(call.Args) > 0 {
		return call.Args[len(call.Args)-1]
	}
	return nil
}

// goRedisWrapper reads a call of a go-redis method (or of a wrapper) by
// the model's key arguments.
func (s *state) goRedisWrapper(call *ast.CallExpr, param paramFunc) (*WrapperFact, int) {
	target, _, cmd, kind, ok := s.resolve(call)
	if !ok || kind == model.RecvNone || kind == model.RecvStandalone {
		return nil, 0
	}
	w := &WrapperFact{Cmd: cmd.Name, Method: target.Name(), Kind: kind, Complete: true}
	var f WrapperFact
	if s.pass.ImportObjectFact(target, &f) {
		w.Effect, w.Lib = f.Effect, f.Lib
	}
	uses := 0
	tsig := target.Type().(*types.Signature)
	toff := model.CtxOffset(tsig)
	// one adds an expression that is one key.
	one := func(x ast.Expr) {
		if a, _, ok := param(x); ok {
			w.Args = append(w.Args, a)
			uses++
			return
		}
		if c, ok := s.eval.Eval(x).Const(); ok {
			w.Fixed = append(w.Fixed, c)
			return
		}
		w.Complete = false
	}
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
			if arg, p, ok := param(x); ok {
				if _, isSlice := p.Type().Underlying().(*types.Slice); isSlice && arg.Field == "" {
					if a.Kind != model.Keys {
						w.Complete = false
						continue
					}
					arg.Kind = model.Keys
				} else if a.Kind != model.Key && a.Kind != model.Keys {
					w.Complete = false
					continue
				}
				w.Args = append(w.Args, arg)
				uses++
				continue
			}
			switch {
			case a.Kind == model.Key || a.Kind == model.Keys && variadic && !call.Ellipsis.IsValid():
				one(x)
			case a.Kind == model.Keys:
				// A slice literal mixing parameters and constants:
				// []string{src, allQueuesKey}.
				elems, ok := s.eval.SliceElems(x)
				if !ok {
					w.Complete = false
					continue
				}
				for _, el := range elems {
					one(el)
				}
			default:
				w.Complete = false
			}
		}
	}
	return w, uses
}

// libWrapper reads any other command (go-redis scripts, redigo and redisc
// Do/Send, rueidis builders, radix Cmd, their scripts): its keys as the
// call site reads them, each a parameter or a constant.
func (s *state) libWrapper(call *ast.CallExpr, param paramFunc) (*WrapperFact, int) {
	c := s.command(call)
	if c == nil || c.Kind == model.RecvNone || c.Kind == model.RecvStandalone {
		return nil, 0
	}
	w := &WrapperFact{Cmd: c.Cmd.Name, Method: c.Cmd.Method, Kind: c.Kind, Complete: c.Complete, Effect: c.Effect, Lib: c.Lib}
	uses := 0
	for _, k := range c.Keys {
		if a, _, ok := param(k.Expr); ok {
			w.Args = append(w.Args, a)
			uses++
			continue
		}
		if v, ok := k.Const(); ok {
			w.Fixed = append(w.Fixed, v)
			continue
		}
		w.Complete = false
	}
	return w, uses
}

// wrapperCommand returns the command a call of a wrapper sends.
// The answers are kept (wrapCmds): findWrappers forgets a function's when
// it exports its fact.
func (s *state) wrapperCommand(fn *types.Func) (*model.Command, *WrapperFact, bool) {
	if w, ok := s.wrapCmds[fn]; ok {
		return w.cmd, w.fact, w.cmd != nil
	}
	f := new(WrapperFact)
	if !s.pass.ImportObjectFact(fn, f) {
		if ownInterface(fn) != nil {
			// Not kept in wrapCmds: dispatched keeps its own answers.
			d, ok := s.dispatched(fn)
			if !ok {
				return nil, nil, false
			}
			return &model.Command{Method: fn.Name(), Name: d.Cmd, Args: d.Args}, d, true
		}
		s.wrapCmds[fn] = wrapCmd{}
		return nil, nil, false
	}
	w := wrapCmd{&model.Command{Method: fn.Name(), Name: f.Cmd, Args: f.Args}, f}
	s.wrapCmds[fn] = w
	return w.cmd, w.fact, true
}

type wrapCmd struct {
	cmd  *model.Command
	fact *WrapperFact
}

var _ analysis.Fact = (*WrapperFact)(nil)
