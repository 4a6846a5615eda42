package crossslot

import "testing"

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
		if got := mirrorsCommand(tc.name, tc.cmd); got != tc.want {
			t.Errorf("mirrorsCommand(%q, %q) = %v, want %v", tc.name, tc.cmd, got, tc.want)
		}
	}
}
