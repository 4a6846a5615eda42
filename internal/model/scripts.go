package model

import (
	"go/types"

	"github.com/redislint/redislint/internal/typesutil"
)

// ScriptClientParam is the parameter (after ctx) of a *Script method that
// is the client the script runs on.
const ScriptClientParam = 0

// GoRedisScriptCall returns the command a call of fn, a method of
// go-redis' *Script, sends, when fn runs the script.
func GoRedisScriptCall(fn *types.Func) (*Command, bool) {
	if fn == nil || fn.Pkg() == nil || !IsGoRedis(fn.Pkg().Path()) {
		return nil, false
	}
	sig, _ := fn.Type().(*types.Signature)
	if sig == nil || sig.Recv() == nil {
		return nil, false
	}
	if k, _ := goRedisRecvName(sig.Recv().Type()); k != "Script" {
		return nil, false
	}
	c, ok := goRedis.ScriptMethods[fn.Name()]
	if !ok || !SignatureFits(sig, c) {
		return nil, false
	}
	return c, true
}

// GoRedisScriptSource reports whether fn is a go-redis function that makes
// a *Script from Lua source given as its parameter 0 (NewScript,
// NewScriptServerSHA).
func GoRedisScriptSource(fn *types.Func) bool {
	if fn == nil || fn.Pkg() == nil || !IsGoRedis(fn.Pkg().Path()) {
		return false
	}
	sig, _ := fn.Type().(*types.Signature)
	if sig == nil || sig.Recv() != nil || sig.Params().Len() != 1 || !typesutil.IsString(sig.Params().At(0).Type()) {
		return false
	}
	return contains(goRedis.ScriptSources, fn.Name())
}

// GoRedisEvalSource reports whether cmd (a client method's command) takes
// Lua source as its parameter 0 (after ctx): EVAL and EVAL_RO.
func GoRedisEvalSource(cmd *Command) bool {
	return contains(goRedis.EvalSources, cmd.Method)
}

func goRedisRecvName(t types.Type) (string, bool) {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok {
		return "", false
	}
	return n.Obj().Name(), true
}
