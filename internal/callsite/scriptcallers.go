package callsite

// This file follows a script's source and arguments through a function of
// the package that runs the script it is given:
//
//	func callLua(args []interface{}, lua string) (string, error) {
//		return rdb.Eval(ctx, lua, []string{cfg.Prefix}, args...).Text()
//	}
//	callLua(newArgs().Add(gid).List, `redis.call('SET', ARGV[1] .. '_g_' .. ARGV[2], 1)`)
//
// The command is found in the function as any other (its Call, with the
// keys it names there); its Lua source is not known there, so it is read
// at each call of the function: the source given, the arguments that
// become ARGV, and the keys when the function takes them too.

import (
	"go/ast"
	"go/types"

	"github.com/redislint/redislint/internal/keyexpr"
	"github.com/redislint/redislint/internal/model"
)

// ScriptCaller is a call, in the package, of the function a script
// command is sent from, when the command's Lua source is a parameter of
// that function: what the call gives it.
type ScriptCaller struct {
	// Call is the call of the function, Fn the function.
	Call *ast.CallExpr
	Fn   *types.Func
	// Script is the source the call gives.
	Script *Script
	// Argv are the arguments the script gets as ARGV, from ARGV[1], as
	// far as their positions are known (a nil element is one not seen);
	// nil when the command's arguments are not the function's parameter.
	Argv []ast.Expr
	// Keys and Complete are the script's KEYS, when the function takes
	// them as a parameter (KeysHere); otherwise the command's own are.
	Keys     []keyexpr.Key
	Complete bool
	KeysHere bool
}

// ArgvParam returns the index of the parameter of c's function (in its
// signature, context included) that holds the script's ARGV: the one
// after the key list, where the model places the key list (the command's
// Keys argument, or the script call's keys). ok is false when that is not
// known.
func ArgvParam(c *Call) (int, bool) {
	ki, ok := keysParam(c)
	if !ok {
		return 0, false
	}
	sig := c.Fn.Type().(*types.Signature)
	ai := ki + 1 + model.CtxOffset(sig)
	if ai >= sig.Params().Len() {
		return 0, false
	}
	if _, isSlice := sig.Params().At(ai).Type().Underlying().(*types.Slice); !isSlice {
		return 0, false
	}
	return ai, true
}

// keysParam returns the model's index (after a context) of the script
// call's key list parameter.
func keysParam(c *Call) (int, bool) {
	if c.Via != nil || c.Fn == nil {
		return 0, false
	}
	if _, ok := c.Fn.Type().(*types.Signature); !ok {
		return 0, false
	}
	for _, a := range c.Cmd.Args {
		if a.Kind == model.Keys && a.Field == "" {
			return a.Param, true
		}
	}
	sc, ok := model.ScriptCallOf(c.Fn)
	if !ok || sc.Form != model.ScriptKeysSlice {
		return 0, false
	}
	return sc.Keys, true
}

// scriptCallers sets the Callers of each script command whose source is a
// parameter of the function it is in.
func (s *state) scriptCallers(calls []*Call) {
	var byFn map[*types.Func][]*ast.CallExpr
	for _, c := range calls {
		if c.Script != nil || c.src == nil || c.Via != nil {
			continue
		}
		fd, ok := c.fn.(*ast.FuncDecl)
		if !ok {
			continue
		}
		fn, ok := s.pass.TypesInfo.Defs[fd.Name].(*types.Func)
		if !ok {
			continue
		}
		sig := fn.Type().(*types.Signature)
		srcParam := s.paramIndex(c.src, sig)
		if srcParam < 0 {
			continue
		}
		// ARGV: the command's arguments are the function's parameter,
		// spread (args...) or as the slice it takes (rueidis).
		argvParam := -1
		if ai, ok := ArgvParam(c); ok && ai < len(c.Call.Args) {
			csig := c.Fn.Type().(*types.Signature)
			spread := csig.Variadic() && ai == csig.Params().Len()-1
			if !spread || c.Call.Ellipsis.IsValid() && ai == len(c.Call.Args)-1 {
				argvParam = s.paramIndex(c.Call.Args[ai], sig)
			}
		}
		kp := -1
		if ki, ok := keysParam(c); ok {
			if x := argAt(c.Call, c.Fn, ki); x != nil {
				kp = s.paramIndex(x, sig)
			}
		}
		if byFn == nil {
			byFn = s.callsOfFuncs()
		}
		for _, call := range byFn[fn] {
			sc := s.scriptCaller(call, fn, sig, srcParam, argvParam, kp)
			if sc != nil {
				c.Callers = append(c.Callers, *sc)
			}
		}
	}
}

// scriptCaller reads one call of a function that runs the script given as
// its parameter srcParam.
func (s *state) scriptCaller(call *ast.CallExpr, fn *types.Func, sig *types.Signature, srcParam, argvParam, keysParam int) *ScriptCaller {
	if srcParam >= len(call.Args) || call.Ellipsis.IsValid() && srcParam == len(call.Args)-1 {
		return nil
	}
	script := s.script(call.Args[srcParam])
	if script == nil {
		return nil
	}
	sc := &ScriptCaller{Call: call, Fn: fn, Script: script}
	last := sig.Params().Len() - 1
	if argvParam >= 0 {
		switch {
		case sig.Variadic() && argvParam == last && !call.Ellipsis.IsValid():
			if argvParam <= len(call.Args) {
				sc.Argv = call.Args[argvParam:]
			}
		case argvParam < len(call.Args):
			sc.Argv, _ = s.eval.LeadingElems(call.Args[argvParam])
		}
	}
	if keysParam >= 0 {
		sc.KeysHere = true
		switch {
		case sig.Variadic() && keysParam == last && !call.Ellipsis.IsValid():
			sc.Complete = true
			for _, x := range call.Args[min(keysParam, len(call.Args)):] {
				sc.Keys = append(sc.Keys, s.eval.EvalAlts(x)...)
			}
		case keysParam < len(call.Args):
			sc.Keys, sc.Complete = s.sliceKeys(call.Args[keysParam], nil, true)
		}
	}
	return sc
}

// paramIndex returns the index of the parameter (in sig) that x names,
// when x is a parameter the function never writes; -1 otherwise.
func (s *state) paramIndex(x ast.Expr, sig *types.Signature) int {
	id, ok := ast.Unparen(x).(*ast.Ident)
	if !ok {
		return -1
	}
	v, ok := s.pass.TypesInfo.Uses[id].(*types.Var)
	if !ok || !s.eval.Stable(v) {
		return -1
	}
	for i := range sig.Params().Len() {
		if sig.Params().At(i) == v {
			return i
		}
	}
	return -1
}

// callsOfFuncs maps the package's functions to the calls of them in the
// package.
func (s *state) callsOfFuncs() map[*types.Func][]*ast.CallExpr {
	out := map[*types.Func][]*ast.CallExpr{}
	for _, d := range s.decls {
		for i, call := range d.calls {
			if fn := d.callees[i]; fn != nil && fn.Pkg() == s.pass.Pkg {
				out[fn] = append(out[fn], call)
			}
		}
	}
	return out
}
