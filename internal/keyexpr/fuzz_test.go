package keyexpr

import (
	"testing"

	"github.com/redislint/redislint/internal/slot"
)

// splitConst returns the constant key s as two constant parts, split at
// at (modulo its length), so that Compare also meets merged parts.
func splitConst(s string, at int) Key {
	at %= len(s) + 1
	return tk(s[:at], s[at:])
}

// FuzzCompareConst: on constant keys, Compare is slot.Of exactly.
func FuzzCompareConst(f *testing.F) {
	for _, seed := range [][2]string{
		{"user:101:profile", "user:101:settings"},
		{"{user:101}:profile", "{user:101}:settings"},
		{"user:101", "{user:101}:x"},
		{"", "{}"},
		{"{}{a}", "{a}"},
		{"{{}}", "{"},
		{"a{b}c{d}e", "a{b}c"},
		{"{a{b}c}", "a{b"},
		{"\xff\x00{\x00}", "\x00"},
	} {
		f.Add(seed[0], seed[1], uint8(0), uint8(3))
	}
	f.Fuzz(func(t *testing.T, a, b string, atA, atB uint8) {
		ka, kb := splitConst(a, int(atA)), splitConst(b, int(atB))
		want := Different
		if slot.Of(a) == slot.Of(b) {
			want = Same
		}
		if got := Compare(ka, kb); got != want {
			t.Fatalf("Compare(%q, %q) = %v; slots %d, %d", a, b, got, slot.Of(a), slot.Of(b))
		}
		if got := Compare(kb, ka); got != want {
			t.Fatalf("Compare(%q, %q) = %v; slots %d, %d", b, a, got, slot.Of(b), slot.Of(a))
		}
		if s, ok := ka.Slot(); !ok || s != slot.Of(a) {
			t.Fatalf("Slot(%q) = %d, %v; want %d", a, s, ok, slot.Of(a))
		}
	})
}
