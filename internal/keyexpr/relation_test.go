package keyexpr

import (
	"fmt"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"

	"github.com/redislint/redislint/internal/slot"
)

func (r Relation) String() string {
	return [...]string{"Unknown", "Same", "Different", "LikelyDifferent"}[r]
}

// tk builds a template from strings (constant parts) and *Opaque values.
func tk(items ...any) Key {
	var k Key
	for _, it := range items {
		switch it := it.(type) {
		case string:
			k.Parts = append(k.Parts, Part{Const: it})
		case *Opaque:
			k.Parts = append(k.Parts, Part{Value: it})
		}
	}
	return k
}

var (
	vx = &Opaque{ID: "x", Text: "x"}
	vy = &Opaque{ID: "y", Text: "y"}
	vd = &Opaque{ID: "d", Text: "d", Decimal: true}
)

// compareBoth returns Compare(a, b), failing the test when Compare(b, a)
// says otherwise.
func compareBoth(t testing.TB, a, b Key) Relation {
	t.Helper()
	r, back := Compare(a, b), Compare(b, a)
	if r != back {
		t.Errorf("Compare(%s, %s) = %v but Compare(%s, %s) = %v", render(a), render(b), r, render(b), render(a), back)
	}
	return r
}

// TestCompare: every rule of Compare, on keys written in Go.
func TestCompare(t *testing.T) {
	cases := []struct {
		a, b string
		want Relation
	}{
		// Same: a shared tag whatever the values are.
		{`"{user:"+id+"}:a"`, `"{user:"+id+"}:b"`, Same},
		{`fmt.Sprintf("{user:%d}:profile", n)`, `fmt.Sprintf("{user:%d}:settings", n)`, Same},
		{`fmt.Sprintf("{%d}:a", n)`, `fmt.Sprintf("{%d}:b", n)`, Same},
		{`"{"+strconv.Itoa(n)+"}"`, `"{"+strconv.Itoa(n)+"}:x"`, Same},
		{`fmt.Sprintf("%d{t}:a", n)`, `fmt.Sprintf("%d{t}:b", n)`, Same},
		{`"}{u:"+id+"}:a"`, `"}{u:"+id+"}:b"`, Same},
		{`"{{"+id+"}:a"`, `"{{"+id+"}:b"`, Same},
		{`"{user:"+id+"}"+id2`, `"{user:"+id+"}:"+g()`, Same},
		{`"{user:101}:profile"`, `"{user:101}:settings"`, Same},
		{`"user:101"`, `"{user:101}:settings"`, Same},
		{`"{user:101}:x"+id`, `"{user:101}"`, Same},
		{`"{a}"+id`, `"a"`, Same},
		// Different: both slots known.
		{`"user:101:profile"`, `"user:101:settings"`, Different},
		{`"foo"`, `"bar"`, Different},
		{`"{a}"+id`, `"{b}"+id`, Different},
		{`"{user:1}"+id`, `"{user:2}"`, Different},
		{`"{}{a}"`, `"{a}"`, Different},
		// LikelyDifferent: the hashed parts differ for almost every value.
		{`fmt.Sprintf("user:%d:profile", n)`, `fmt.Sprintf("user:%d:settings", n)`, LikelyDifferent},
		{`"{a:"+id+"}"`, `"{b:"+id+"}"`, LikelyDifferent},
		{`"user:"+id+":a"`, `"user:"+id+":b"`, LikelyDifferent},
		{`"{}"+id+":a"`, `"{}"+id+":b"`, LikelyDifferent},
		{`"{user:"+id+":a}"`, `"{user:"+id+":b}"`, LikelyDifferent},
		{`"a:"+id`, `"b:"+id2`, LikelyDifferent},
		{`id+":a"`, `"{"+id+"}:a"`, LikelyDifferent},
		{`"user:"+id`, `"user:"+id+":x"`, LikelyDifferent},
		// Unknown.
		{`"user:"+id`, `"user:"+id2`, Unknown},
		{`id`, `id2`, Unknown},
		{`g()`, `"{a}"`, Unknown},
		{`"{user:"+id+"}"`, `"{user:"+id2+"}"`, Unknown},
		{`"{"+id+"}:a"`, `"{"+id+"}:b"`, Unknown},
		{`id+"{t}:a"`, `id+"{t}:b"`, Unknown},
		// Partly known keys: one is longer than the other whatever the
		// values are (unless they are empty), or a tag holds a value
		// where the other key is a plain constant.
		{`"{a}"+id`, `"a"+id2`, LikelyDifferent},
		{`"egress"`, `"egress:room:"+id`, LikelyDifferent},
		{`"q"`, `"q"+id`, LikelyDifferent},
		{`"q"`, `"q"+strconv.Itoa(n)`, LikelyDifferent},
		{`id+strconv.Itoa(n)+"_tmp"`, `id`, LikelyDifferent},
		{`id+":"+id2`, `id`, LikelyDifferent},
		{`"asynq:{"+id+"}:pending"`, `"asynq:queues"`, LikelyDifferent},
		{`"asynq:{"+id+"}:pending"`, `"asynq:"+id`, LikelyDifferent},
		{`"{"+id+"}:x"`, `"{a}"`, Unknown},
		{`"{"+id+"}:x"`, `"a{b"`, Unknown},
		{`id`, `"foo"`, Unknown},
		{`"ab"+id`, `"abc"`, Unknown},
		{`"q"+id`, `"q"+id2`, Unknown},
		{`id+id2`, `id2+id`, Unknown},
		{`"user:"+g()`, `"user:"+g()`, Unknown},
		// c's String method may print "" or braces; %d prints the integer.
		{`fmt.Sprintf("{%v}:a", c)`, `fmt.Sprintf("{%v}:b", c)`, Unknown},
		{`fmt.Sprintf("{%d}:a", c)`, `fmt.Sprintf("{%d}:b", c)`, Same},
		// Identical templates are one key, but the rules do not say so.
		{`"user:"+id`, `"user:"+id`, Unknown},
		{`"{"+id+"}"`, `"{"+id+"}"`, Unknown},
	}
	stmts := []string{"c := Color(n)"}
	for i, c := range cases {
		stmts = append(stmts, fmt.Sprintf("k(\"a%d\", %s)\nk(\"b%d\", %s)", i, c.a, i, c.b))
	}
	s := load(t, body(colorDecls, strings.Join(stmts, "\n")), false)
	for i, c := range cases {
		a, b := s.key(t, fmt.Sprintf("a%d", i)), s.key(t, fmt.Sprintf("b%d", i))
		if got := compareBoth(t, a, b); got != c.want {
			t.Errorf("Compare(%s, %s) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

// TestCompareFacts checks the slots of FACTS.md and Compare on them.
func TestCompareFacts(t *testing.T) {
	facts := []struct {
		key  string
		slot uint16
	}{
		{"user:101", 13437}, {"user:101:profile", 14791}, {"user:101:settings", 6457},
		{"{user:101}:profile", 13437}, {"{user:101}:settings", 13437},
		{"foo", 12182}, {"bar", 5061}, {"123456789", 12739}, {"", 0},
		{"{", 4092}, {"}", 12090}, {"{}", 15257}, {"}{", 12793}, {"{{}}", 4092},
		{"a{b}c{d}e", 3300}, {"a{b}c", 3300}, {"{}{a}", 13650}, {"{a{b}c}", 13340},
	}
	for _, f := range facts {
		if got, ok := tk(f.key).Slot(); !ok || got != f.slot {
			t.Errorf("Slot(%q) = %d, %v; want %d", f.key, got, ok, f.slot)
		}
	}
	for _, f := range facts {
		for _, g := range facts {
			want := Different
			if f.slot == g.slot {
				want = Same
			}
			if got := compareBoth(t, tk(f.key), tk(g.key)); got != want {
				t.Errorf("Compare(%q, %q) = %v, want %v", f.key, g.key, got, want)
			}
		}
	}
}

func TestKeyMethods(t *testing.T) {
	for _, tc := range []struct {
		k                Key
		slot             string // "-" when unknown
		str              string
		known, hasBraces bool
	}{
		{tk("user:101"), "13437", `"user:101"`, true, false},
		{tk("user:", "101"), "13437", `"user:101"`, true, false},
		{tk(), "0", `""`, false, false},
		{tk("{user:101}", vx), "13437", `"{user:101}" + x`, true, true},
		{tk("{user:", "101}:", vx), "13437", `"{user:" + "101}:" + x`, true, true},
		{tk("user:101", vx), "-", `"user:101" + x`, true, false},
		{tk("{}", vx), "-", `"{}" + x`, true, true},
		{tk("{", vx, "}"), "-", `"{" + x + "}"`, true, true},
		{tk("}{a}", vx), strconv.Itoa(int(slot.Of("a"))), `"}{a}" + x`, true, true},
		{tk(vx, "{a}"), "-", `x + "{a}"`, true, true},
		{tk(vx, "", vy), "-", `x + "" + y`, false, false},
		{tk("a}", vd), "-", `"a}" + d`, true, false},
	} {
		got := "-"
		if s, ok := tc.k.Slot(); ok {
			got = strconv.Itoa(int(s))
		}
		if got != tc.slot || tc.k.String() != tc.str || tc.k.Known() != tc.known || tc.k.HasTagBraces() != tc.hasBraces {
			t.Errorf("%s: Slot %s, String %s, Known %v, HasTagBraces %v; want %s, %s, %v, %v",
				render(tc.k), got, tc.k.String(), tc.k.Known(), tc.k.HasTagBraces(), tc.slot, tc.str, tc.known, tc.hasBraces)
		}
	}
}

// randomTemplate returns a template of up to n units over the bytes that
// matter to hash tags and three opaque values, one of them Decimal.
func randomTemplate(rng *rand.Rand, n int) Key {
	var items []any
	for range rng.IntN(n + 1) {
		if rng.IntN(10) < 4 {
			items = append(items, []*Opaque{vx, vy, vd}[rng.IntN(3)])
			continue
		}
		var b strings.Builder
		for range 1 + rng.IntN(3) {
			b.WriteByte("ab:{}"[rng.IntN(5)])
		}
		items = append(items, b.String())
	}
	return tk(items...)
}

// values returns values for opaque parts, one for each ID: integers for
// Decimal ones; for others adversarial values (empty, braces) when
// adversarial, else brace-free, non-empty ones made of bytes no template
// constant holds.
func values(rng *rand.Rand, adversarial bool) func(*Opaque) string {
	pick := func() string {
		if adversarial {
			return []string{"", "", "", "{", "}", "{}", "a", "b", "}{", "{a}", "a}b", "x{y}z", ":", "{b"}[rng.IntN(14)]
		}
		b := make([]byte, 1+rng.IntN(6))
		for i := range b {
			b[i] = "pqrstu"[rng.IntN(6)]
		}
		return string(b)
	}
	m := map[string]string{}
	return func(o *Opaque) string {
		v, ok := m[o.ID]
		if !ok {
			v = pick()
			if o.Decimal {
				v = []string{"0", "7", "-3", "42", "123456"}[rng.IntN(5)]
			}
			m[o.ID] = v
		}
		return v
	}
}

// TestCompareSound checks Compare against the slots of instances of
// generated templates: Same and Different hold for every value, Slot is the
// slot of every instance, LikelyDifferent holds for brace-free values, and
// Compare is symmetric.
func TestCompareSound(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 11))
	// Keys share beginnings, as the keys of one command do.
	prefixes := make([]Key, 40)
	for i := range prefixes {
		prefixes[i] = randomTemplate(rng, 5)
	}
	keys := make([]Key, 400)
	for i := range keys {
		p := prefixes[rng.IntN(len(prefixes))].Parts
		keys[i] = Key{Parts: append(append([]Part(nil), p...), randomTemplate(rng, 3).Parts...)}
	}
	seen := map[Relation]int{}
	for i, a := range keys {
		if s, ok := a.Slot(); ok {
			for range 8 {
				if got := slot.Of(instantiate(a, values(rng, true))); got != s {
					t.Fatalf("Slot(%s) = %d, but an instance is in %d", render(a), s, got)
				}
			}
		}
		for _, b := range keys[i:] {
			r := compareBoth(t, a, b)
			seen[r]++
			for range 8 {
				adv := values(rng, true)
				ia, ib := instantiate(a, adv), instantiate(b, adv)
				if r == Same && slot.Of(ia) != slot.Of(ib) || r == Different && slot.Of(ia) == slot.Of(ib) {
					t.Fatalf("Compare(%s, %s) = %v, but %q, %q are in %d, %d", render(a), render(b), r, ia, ib, slot.Of(ia), slot.Of(ib))
				}
				free := values(rng, false)
				fa, fb := instantiate(a, free), instantiate(b, free)
				if r == LikelyDifferent && slot.HashPart(fa) == slot.HashPart(fb) {
					t.Fatalf("Compare(%s, %s) = LikelyDifferent, but %q, %q hash the same bytes", render(a), render(b), fa, fb)
				}
			}
		}
	}
	t.Logf("relations of the generated pairs: %v", seen)
	for _, r := range []Relation{Unknown, Same, Different, LikelyDifferent} {
		if seen[r] < 100 {
			t.Errorf("only %d pairs %v of %v: the generator misses cases", seen[r], r, seen)
		}
	}
}

// TestMatchTag: a MATCH pattern whose beginning, before any wildcard,
// holds a complete tag matches keys of that tag's slot only.
func TestMatchTag(t *testing.T) {
	cases := []struct {
		pattern Key
		tagged  bool
		same    Key // a key of the pattern's slot, when tagged
		other   Key // a key of another slot, when tagged
	}{
		{tk("{user:1}:*"), true, tk("{user:1}:a"), tk("{user:2}:a")},
		{tk("{", vd, "}c", vd, "_*"), true, tk("{", vd, "}i", vd), tk("{x}i")},
		{tk("{user:", vx, "}:*"), true, tk("{user:", vx, "}:b"), tk("{user:1}:b")},
		{tk(vd, ":{t}:*"), true, tk(vd, ":{t}:x"), tk("{u}")},
		{tk("{user:1}"), true, tk("{user:1}:a"), tk("user:2")},
		// No tag before the first wildcard, or a tag that is not one.
		{tk("user:*"), false, Key{}, Key{}},
		{tk("{user*}:x"), false, Key{}, Key{}},
		{tk("{*}:x"), false, Key{}, Key{}},
		{tk("{}:*"), false, Key{}, Key{}},
		{tk("\\{user:1}:*"), false, Key{}, Key{}},
		{tk("[{]user:1}:*"), false, Key{}, Key{}},
		{tk("{user:1?}"), false, Key{}, Key{}},
		{tk(vx, "{user:1}:*"), false, Key{}, Key{}}, // the value may hold a '{'
		{tk("{", vd, "*"), false, Key{}, Key{}},
		{tk("*{user:1}"), false, Key{}, Key{}},
	}
	for _, c := range cases {
		head, ok := c.pattern.MatchTag()
		if ok != c.tagged {
			t.Errorf("MatchTag(%s) = %s, %v; want tagged %v", render(c.pattern), render(head), ok, c.tagged)
			continue
		}
		if !ok {
			continue
		}
		if r := compareBoth(t, head, c.same); r != Same {
			t.Errorf("MatchTag(%s) = %s: against %s %v, want Same", render(c.pattern), render(head), render(c.same), r)
		}
		if r := compareBoth(t, head, c.other); r == Same {
			t.Errorf("MatchTag(%s) = %s: against %s Same", render(c.pattern), render(head), render(c.other))
		}
	}
}
