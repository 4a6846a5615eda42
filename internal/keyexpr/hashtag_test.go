package keyexpr

import (
	"fmt"
	"go/ast"
	"go/token"
	"math/rand/v2"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/redislint/redislint/internal/slot"
)

// applyEdits returns the snippet's source with TagFix's edits made, each
// literal rewritten by LiteralText, and the new literals' texts in source
// order.
func applyEdits(t testing.TB, s *snippet, edits []Edit) (string, []string) {
	t.Helper()
	byLit := map[*ast.BasicLit][]Edit{}
	var lits []*ast.BasicLit
	for _, e := range edits {
		if _, ok := byLit[e.Lit]; !ok {
			lits = append(lits, e.Lit)
		}
		byLit[e.Lit] = append(byLit[e.Lit], e)
	}
	sort.Slice(lits, func(i, j int) bool { return lits[i].Pos() > lits[j].Pos() })
	src := s.src
	texts := make([]string, len(lits))
	for i, lit := range lits {
		text, ok := LiteralText(lit, byLit[lit])
		if !ok {
			t.Fatalf("LiteralText(%s, %v) failed", lit.Value, byLit[lit])
		}
		off, end := testFset.Position(lit.Pos()).Offset, testFset.Position(lit.End()).Offset
		src = src[:off] + text + src[end:]
		texts[len(lits)-1-i] = text
	}
	return src, texts
}

// checkFix applies a fix to the snippet, type-checks and evaluates the
// keys again, and checks that they are the fixed templates and share a
// slot for every value of their opaque parts (adversarial ones included).
func checkFix(t testing.TB, s *snippet, names []string, fixed []Key, edits []Edit, rng *rand.Rand) []string {
	t.Helper()
	src, texts := applyEdits(t, s, edits)
	s2 := load(t, src, false)
	keys := make([]Key, len(names))
	for i, name := range names {
		keys[i] = s2.key(t, name)
		if got, want := render(keys[i]), render(fixed[i]); got != want {
			t.Errorf("key %s is %s after the fix, TagFix said %s\n%s", name, got, want, src)
		}
	}
	for range 20 {
		val := values(rng, true)
		var slots []uint16
		for _, k := range keys {
			slots = append(slots, slot.Of(instantiate(k, val)))
		}
		for i := range slots {
			if slots[i] != slots[0] {
				t.Fatalf("fixed keys %s, %s in slots %d, %d\n%s", render(keys[0]), render(keys[i]), slots[0], slots[i], src)
			}
		}
	}
	return texts
}

func TestTagFix(t *testing.T) {
	const decls = `
const P = "user:101"

const C = "user"

const F = "user:%d:%s"`
	for _, tc := range []struct {
		name, stmts string
		keys        []string
		tag         string   // "" when there must be no fix
		lits        []string // the edited literals, in source order
	}{
		{name: "README", keys: []string{`"user:101:profile"`, `"user:101:settings"`},
			tag: "user:101", lits: []string{`"{user:101}:profile"`, `"{user:101}:settings"`}},
		{name: "a key is the prefix", keys: []string{`"user:101"`, `"user:101:a"`, `"user:101:b"`},
			tag: "user:101", lits: []string{`"{user:101}"`, `"{user:101}:a"`, `"{user:101}:b"`}},
		{name: "other separators", keys: []string{`"a.b/c:1"`, `"a.b/c:2"`, `"a.b/d"`},
			tag: "a.b", lits: []string{`"{a.b}/c:1"`, `"{a.b}/c:2"`, `"{a.b}/d"`}},
		{name: "no separator", keys: []string{`"user101a"`, `"user101b"`}},
		{name: "nothing shared", keys: []string{`"a:1"`, `"b:1"`}},
		{name: "already braced", keys: []string{`"{user:101}:a"`, `"user:101:b"`}},
		{name: "one key", keys: []string{`"user:101:a"`}},
		{name: "Sprintf %d", keys: []string{`fmt.Sprintf("user:%d:profile", n)`, `fmt.Sprintf("user:%d:settings", n)`},
			tag: "user:%v", lits: []string{`"{user:%d}:profile"`, `"{user:%d}:settings"`}},
		{name: "Sprintf %s", keys: []string{`fmt.Sprintf("user:%s:a", id)`, `fmt.Sprintf("user:%s:b", id)`},
			tag: "user:%v", lits: []string{`"{user:%s}:a"`, `"{user:%s}:b"`}},
		{name: "Sprintf %d first", keys: []string{`fmt.Sprintf("%d:a", n)`, `fmt.Sprintf("%d:b", n)`},
			tag: "%v", lits: []string{`"{%d}:a"`, `"{%d}:b"`}},
		{name: "Sprintf %s first", keys: []string{`fmt.Sprintf("%s:a", id)`, `fmt.Sprintf("%s:b", id)`}},
		{name: "Sprintf %%", keys: []string{`fmt.Sprintf("%%user:%d:a", n)`, `fmt.Sprintf("%%user:%d:b", n)`},
			tag: "%user:%v", lits: []string{`"{%%user:%d}:a"`, `"{%%user:%d}:b"`}},
		{name: "Sprintf shared format", keys: []string{`fmt.Sprintf(F, n, "a")`, `fmt.Sprintf(F, n, "b")`},
			tag: "user:%v", lits: []string{`"{user:%d}:%s"`}},
		{name: "Sprintf and Itoa", keys: []string{`fmt.Sprintf("user:%d:a", n)`, `"user:" + strconv.Itoa(n) + ":b"`},
			tag: "user:%v", lits: []string{`"{user:%d}:a"`, `"{user:"`, `"}:b"`}},
		{name: "close at the end of the earlier literal", keys: []string{`"user:101" + ":a"`, `"user:101" + ":b"`},
			tag: "user:101", lits: []string{`"{user:101}"`, `"{user:101}"`}},
		{name: "close before a literal after a value", keys: []string{`"user:" + id + ":a"`, `"user:" + id + ":b"`},
			tag: "user:%v", lits: []string{`"{user:"`, `"}:a"`, `"{user:"`, `"}:b"`}},
		{name: "value first", keys: []string{`id + ":a"`, `id + ":b"`}},
		{name: "different values", keys: []string{`"user:" + id + ":a"`, `"user:" + id2 + ":b"`},
			tag: "user", lits: []string{`"{user}:"`, `"{user}:"`}},
		{name: "shared constant, same edits", keys: []string{`P + ":a"`, `P + ":b"`},
			tag: "user:101", lits: []string{`"{user:101}"`}},
		{name: "shared constant and a literal", keys: []string{`P + ":a"`, `"user:101:b"`},
			tag: "user:101", lits: []string{`"{user:101}"`, `"{user:101}:b"`}},
		{name: "shared constant, different edits", keys: []string{`C + ":1"`, `"user:" + C`}},
		{name: "shared local", stmts: `p := "user:101"`, keys: []string{`p + ":a"`, `p + ":b"`},
			tag: "user:101", lits: []string{`"{user:101}"`}},
		{name: "literal twice in one key", stmts: `p := "user:"`, keys: []string{`p + "1:" + p`, `p + "1:x"`}},
		{name: "Join repeats its separator", keys: []string{`strings.Join([]string{"user", "101", "a"}, ":")`, `strings.Join([]string{"user", "101", "b"}, ":")`}},
		{name: "raw strings stay raw", keys: []string{"`user:101:a`", "`user:101:b`"},
			tag: "user:101", lits: []string{"`{user:101}:a`", "`{user:101}:b`"}},
		{name: "escapes", keys: []string{`"user:\x31\x30\x31:a"`, `"user:101:b"`},
			tag: "user:101", lits: []string{`"{user:101}:a"`, `"{user:101}:b"`}},
		{name: "NUL and invalid UTF-8", keys: []string{`"\xff\x00:1"`, `"\xff\x00:2"`},
			tag: "\xff\x00", lits: []string{`"{\xff\x00}:1"`, `"{\xff\x00}:2"`}},
		// The tag is written "a}b", but Redis reads "a": the keys still share it.
		{name: "closing brace in the prefix", keys: []string{`"a}b:1"`, `"a}b:2"`},
			tag: "a}b", lits: []string{`"{a}b}:1"`, `"{a}b}:2"`}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var stmts []string
			var names []string
			for i, x := range tc.keys {
				names = append(names, fmt.Sprintf("k%d", i))
				stmts = append(stmts, fmt.Sprintf("k(%q, %s)", names[i], x))
			}
			s := load(t, body(decls, tc.stmts+"\n"+strings.Join(stmts, "\n")), false)
			keys := make([]Key, len(names))
			for i, name := range names {
				keys[i] = s.key(t, name)
			}
			fixed, tag, edits, ok := TagFix(keys)
			if !ok {
				if tc.tag != "" {
					t.Fatalf("no fix, want tag %q", tc.tag)
				}
				return
			}
			if tc.tag == "" {
				t.Fatalf("fix with tag %q: %v", tag, renderAll(fixed))
			}
			if tag != tc.tag {
				t.Errorf("tag %q, want %q", tag, tc.tag)
			}
			lits := checkFix(t, s, names, fixed, edits, rand.New(rand.NewPCG(1, 2)))
			if strings.Join(lits, " ") != strings.Join(tc.lits, " ") {
				t.Errorf("edited literals %s, want %s", strings.Join(lits, " "), strings.Join(tc.lits, " "))
			}
		})
	}
}

func renderAll(keys []Key) string {
	var out []string
	for _, k := range keys {
		out = append(out, render(k))
	}
	return strings.Join(out, ", ")
}

func TestLiteralText(t *testing.T) {
	for _, tc := range []struct {
		kind  token.Token
		value string
		edits []Edit
		want  string // "!" when not ok
	}{
		{token.STRING, `"abc"`, []Edit{{Off: 2, Text: "}"}, {Off: 0, Text: "{"}}, `"{ab}c"`},
		{token.STRING, `"abc"`, []Edit{{Off: 3, Text: "}"}}, `"abc}"`},
		{token.STRING, `"abc"`, nil, `"abc"`},
		{token.STRING, `"abc"`, []Edit{{Off: 4, Text: "}"}}, `!`},
		{token.STRING, `"\x41\u00e9\t"`, []Edit{{Off: 0, Text: "{"}, {Off: 3, Text: "}"}}, `"{Aé}\t"`},
		{token.STRING, `"\xff\x00"`, []Edit{{Off: 1, Text: "}"}}, `"\xff}\x00"`},
		{token.STRING, "`a\"b\t`", []Edit{{Off: 0, Text: "{"}}, "`{a\"b\t`"},
		{token.STRING, "`a\nb`", []Edit{{Off: 0, Text: "{"}}, `"{a\nb"`},
		{token.STRING, "`a\\n`", []Edit{{Off: 3, Text: "}"}}, "`a\\n}`"},
		{token.INT, `42`, nil, `!`},
		{token.CHAR, `'a'`, nil, `!`},
	} {
		got, ok := LiteralText(&ast.BasicLit{Kind: tc.kind, Value: tc.value}, tc.edits)
		if !ok {
			got = "!"
		}
		if got != tc.want {
			t.Errorf("LiteralText(%s, %v) = %s, want %s", tc.value, tc.edits, got, tc.want)
		}
	}
}

// genKey is a key of a generated set: tokens of literal bytes, and the
// values id (a string) and n (an int) as "\x01id" and "\x01n".
type genKey []string

// expr writes the key in Go, declaring the constants it uses in decls.
func (g genKey) expr(rng *rand.Rand, consts map[string]string, decls *strings.Builder) string {
	lit := func(s string) string {
		if c, ok := consts[s]; ok && rng.IntN(2) == 0 {
			return c
		}
		if rng.IntN(4) == 0 {
			c := fmt.Sprintf("c%d", len(consts))
			consts[s] = c
			fmt.Fprintf(decls, "const %s = %s\n", c, strconv.Quote(s))
			return c
		}
		if rng.IntN(3) == 0 && strconv.CanBackquote(s) {
			return "`" + s + "`"
		}
		return strconv.Quote(s)
	}
	if rng.IntN(2) == 0 {
		// fmt.Sprintf with a constant format.
		var format strings.Builder
		var args []string
		for _, tok := range g {
			switch tok {
			case "\x01id":
				format.WriteString("%s")
				args = append(args, "id")
			case "\x01n":
				format.WriteString("%d")
				args = append(args, "n")
			default:
				format.WriteString(strings.ReplaceAll(tok, "%", "%%"))
			}
		}
		return "fmt.Sprintf(" + strings.Join(append([]string{lit(format.String())}, args...), ", ") + ")"
	}
	// A concatenation: runs of literal bytes cut at random into literals.
	var terms []string
	run := ""
	flush := func() {
		for run != "" {
			n := 1 + rng.IntN(len(run))
			terms = append(terms, lit(run[:n]))
			run = run[n:]
		}
	}
	for _, tok := range g {
		switch tok {
		case "\x01id":
			flush()
			terms = append(terms, "id")
		case "\x01n":
			flush()
			terms = append(terms, "strconv.Itoa(n)")
		default:
			run += tok
		}
	}
	flush()
	if len(terms) == 0 {
		return `""`
	}
	return strings.Join(terms, " + ")
}

func (g genKey) value(id string, n int) string {
	var b strings.Builder
	for _, tok := range g {
		switch tok {
		case "\x01id":
			b.WriteString(id)
		case "\x01n":
			b.WriteString(strconv.Itoa(n))
		default:
			b.WriteString(tok)
		}
	}
	return b.String()
}

// TestTagFixProperty: for generated sets of keys (random segments joined
// by separators, written as concatenations or fmt.Sprintf, with shared
// constants), the evaluator sees each key as it is, and TagFix never
// proposes a fix whose keys do not share a slot, or with braces already
// in a key.
func TestTagFixProperty(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 5))
	segs := []string{"user", "101", "a", "b", "x9", "é", "%", "}", "\xff\x00", "\x01id", "\x01n"}
	token := func() string {
		if rng.IntN(3) == 0 {
			return string(separators[rng.IntN(len(separators))])
		}
		return segs[rng.IntN(len(segs))]
	}
	fixes := 0
	const sets = 300
	for range sets {
		var base genKey
		for range 1 + rng.IntN(5) {
			base = append(base, token())
		}
		keys := make([]genKey, 2+rng.IntN(2))
		braced := false
		for i := range keys {
			keys[i] = append(genKey(nil), base[:len(base)/2+rng.IntN(len(base)/2+1)]...)
			for range rng.IntN(4) {
				keys[i] = append(keys[i], token())
			}
			if rng.IntN(25) == 0 {
				keys[i] = append(keys[i], "{")
				braced = true
			}
		}
		consts := map[string]string{}
		var decls strings.Builder
		var stmts, names []string
		for i, g := range keys {
			names = append(names, fmt.Sprintf("k%d", i))
			stmts = append(stmts, fmt.Sprintf("k(%q, %s)", names[i], g.expr(rng, consts, &decls)))
		}
		s := load(t, body(decls.String(), strings.Join(stmts, "\n")), false)
		evaluated := make([]Key, len(keys))
		for i, name := range names {
			evaluated[i] = s.key(t, name)
			for _, sample := range []struct {
				id string
				n  int
			}{{"", 0}, {"{x}", -7}, {"}", 42}} {
				got := instantiate(evaluated[i], func(o *Opaque) string {
					if o.Text == "n" {
						return strconv.Itoa(sample.n)
					}
					return sample.id
				})
				if want := keys[i].value(sample.id, sample.n); got != want {
					t.Fatalf("%s evaluated as %s, which is %q for id=%q n=%d, want %q", srcOf(s, name), render(evaluated[i]), got, sample.id, sample.n, want)
				}
			}
		}
		fixed, _, edits, ok := TagFix(evaluated)
		if !ok {
			continue
		}
		if braced {
			t.Fatalf("fix for keys with braces: %s", renderAll(evaluated))
		}
		fixes++
		checkFix(t, s, names, fixed, edits, rng)
	}
	if fixes < sets/5 {
		t.Errorf("only %d fixes in %d sets: the generator misses cases", fixes, sets)
	}
}

// srcOf returns the source of the key name, for messages.
func srcOf(s *snippet, name string) string {
	x := s.marks[name]
	return s.src[testFset.Position(x.Pos()).Offset:testFset.Position(x.End()).Offset]
}
