package callsite

import (
	"go/types"
	"testing"
)

// TestMirrorsCommand: a function named for its command, without case and
// without a Ctx, Context or WithContext suffix, mirrors it; a name for what
// it does with the keys, or a suffix alone, does not.
func TestMirrorsCommand(t *testing.T) {
	for _, tc := range []struct {
		name, cmd string
		want      bool
	}{
		{"Mget", "MGET", true},
		{"MgetCtx", "MGET", true},
		{"MGetWithContext", "MGET", true},
		{"DelContext", "DEL", true},
		{"BitOpAnd", "BITOP AND", true},
		{"Sunionstore", "SUNIONSTORE", true},
		{"EvalSha", "EVALSHA", true},
		{"GetMulti", "MGET", false},
		{"Delete", "DEL", false},
		{"ExistsMany", "EXISTS", false},
		{"MgetCtxCtx", "MGET", false},
		{"Ctx", "CTX", true},
		{"BitOp", "BITOP AND", false},
	} {
		if got := MirrorsCommand(tc.name, tc.cmd, nil); got != tc.want {
			t.Errorf("MirrorsCommand(%q, %q) = %v, want %v", tc.name, tc.cmd, got, tc.want)
		}
	}
}

// TestMirrorsCommandTyped: the command's name followed by the name of the
// function's first result type (through a pointer) mirrors it; a word
// that names another type, or no type, does not.
func TestMirrorsCommandTyped(t *testing.T) {
	intPtr := types.NewPointer(types.Typ[types.Int])
	bytes := types.NewSlice(types.Typ[types.Byte])
	for _, tc := range []struct {
		name, cmd string
		result    types.Type
		want      bool
	}{
		{"EvalInt", "EVAL", intPtr, true},
		{"EvalIntCtx", "EVAL", types.Typ[types.Int64], true},
		{"EvalInt64", "EVAL", types.Typ[types.Int64], true},
		{"EvalInt64", "EVAL", types.Typ[types.Int], false},
		{"EvalString", "EVAL", types.Typ[types.String], true},
		{"EvalBytes", "EVAL", bytes, true},
		{"MgetFloat", "MGET", types.Typ[types.Float64], true},
		{"EvalInt", "EVAL", types.Typ[types.String], false},
		{"EvalInt", "EVAL", nil, false},
		{"EvalKeys", "EVAL", types.Typ[types.Int], false},
		{"GetMultiString", "MGET", types.Typ[types.String], false},
	} {
		if got := MirrorsCommand(tc.name, tc.cmd, tc.result); got != tc.want {
			t.Errorf("MirrorsCommand(%q, %q, %v) = %v, want %v", tc.name, tc.cmd, tc.result, got, tc.want)
		}
	}
}
