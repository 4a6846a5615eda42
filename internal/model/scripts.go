package model

import (
	"github.com/redislint/redislint/internal/typesutil"
	"go/types"
)

// goRedisScriptMethods are the methods of go-redis' *Script that run it,
// with the command each sends. All take (ctx, c Scripter, keys []string,
// args ...interface{}) (v6: no ctx): the client is parameter 0, the keys
// parameter 1, after ctx.
var goRedisScriptMethods = map[string]*Command{
	"Run":       {Method: "Run", Name: "EVALSHA", Args: []Arg{{Param: 1, Kind: Keys}}},
	"RunRO":     {Method: "RunRO", Name: "EVALSHA_RO", Args: []Arg{{Param: 1, Kind: Keys}}},
	"Eval":      {Method: "Eval", Name: "EVAL", Args: []Arg{{Param: 1, Kind: Keys}}},
	"EvalRO":    {Method: "EvalRO", Name: "EVAL_RO", Args: []Arg{{Param: 1, Kind: Keys}}},
	"EvalSha":   {Method: "EvalSha", Name: "EVALSHA", Args: []Arg{{Param: 1, Kind: Keys}}},
	"EvalShaRO": {Method: "EvalShaRO", Name: "EVALSHA_RO", Args: []Arg{{Param: 1, Kind: Keys}}},
}

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
	c, ok := goRedisScriptMethods[fn.Name()]
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
	return fn.Name() == "NewScript" || fn.Name() == "NewScriptServerSHA"
}

// GoRedisEvalSource reports whether cmd (a client method's command) takes
// Lua source as its parameter 0 (after ctx): EVAL and EVAL_RO.
func GoRedisEvalSource(cmd *Command) bool {
	return cmd.Method == "Eval" || cmd.Method == "EvalRO"
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
