package keyexpr

import (
	"fmt"
	"strings"
	"testing"
)

// builderDecls are key builders as services write them.
const builderDecls = `
const userFmt = "user:%d:%s"

func profileKey(id int) string  { return fmt.Sprintf("profile:%d", id) }
func settingsKey(id int) string { return fmt.Sprintf("settings:%d", id) }
func userKey(id int, f string) string { return fmt.Sprintf(userFmt, id, f) }
func tagged(id string) string   { return "{user:" + id + "}:a" }
func outKey(out *string, id string) { *out = "user:" + id + ":name" }
func hexKey(n int) string       { return fmt.Sprintf("h:%x", n) }
func rec(n int) string          { return rec(n-1) + ":x" }
func many(ids ...string) string { return ids[0] }
func two(b bool, id string) string {
	if b {
		return "q:" + id
	}
	return "q:" + id
}
func disagree(b bool, id string) string {
	if b {
		return "a:" + id
	}
	return "b:" + id
}
func sameTag(b bool, n int) string {
	if b {
		return "{u:" + strconv.Itoa(n) + "}:a"
	}
	return "{u:" + strconv.Itoa(n) + "}:b"
}
func generic[T any](id string, _ T) string { return "gen:" + id }

type Keys struct{ ns string }

func (k Keys) Inbox(id int64) string { return k.ns + ":inbox:" + strconv.FormatInt(id, 10) }
func (k *Keys) Feed(id int64) string { return k.ns + ":feed:" + strconv.FormatInt(id, 10) }

type UserKey string

func UserOf(id string) UserKey  { return UserKey("user:" + id) }
func (u UserKey) Posts() string { return string(u) + ":posts" }

type store struct {
	pending string
	prefix  string
	pk, ak  string
}

func newStore(prefix string) *store {
	return &store{pending: "asynq:pending", prefix: prefix, pk: prefix + ":pending", ak: prefix + ":active"}
}

func (s *store) keyA() string { return s.prefix + ":a" }

const queueTpl = "q:{queue}:pending"

var replacer = strings.NewReplacer("{queue}", "", "{id}", "")
`

func TestBuilders(t *testing.T) {
	for _, tc := range []struct {
		name, body, expr, want string
	}{
		{name: "Sprintf builder", expr: `profileKey(n)`, want: `"profile:" <n#>`},
		{name: "constant argument", expr: `profileKey(7)`, want: `"profile:7"`},
		{name: "named format", expr: `userKey(n, "a")`, want: `"user:" <n#> ":a"`},
		{name: "string parameter spliced", expr: `tagged("x" + id)`, want: `"{user:x" <id> "}:a"`},
		{name: "verb kept", expr: `hexKey(n)`, want: `"h:" <n>`},
		{name: "recursion is opaque", expr: `rec(n)`, want: `<rec(n - 1)> ":x"`},
		{name: "variadic parameter is opaque", expr: `many(id)`, want: `<*>`},
		{name: "agreeing returns", expr: `two(true, id)`, want: `"q:" <id>`},
		{name: "disagreeing returns", expr: `disagree(true, id)`, want: `<*>`},
		{name: "returns sharing a tag", expr: `sameTag(true, n)`, want: `"{u:" <n#> "}:" <sameTag(…)>`},
		{name: "generic", expr: `generic[int](id, 1)`, want: `"gen:" <id>`},
		{name: "generic inferred", expr: `generic(id, "x")`, want: `"gen:" <id>`},
		{name: "method with receiver field", body: `ks := Keys{ns: "app"}; k("k", ks.Inbox(n64))`, want: `"app:inbox:" <n64#>`},
		{name: "pointer method", body: `ks := &Keys{ns: "app"}; k("k", ks.Feed(n64))`, want: `"app:feed:" <n64#>`},
		{name: "method value", body: `ks := Keys{ns: "app"}; f := ks.Inbox; k("k", f(n64))`, want: `"app:inbox:" <n64#>`},
		{name: "chain", expr: `UserOf(id).Posts()`, want: `"user:" <id> ":posts"`},
		{name: "field set once", body: `s := newStore(id); k("k", s.pending)`, want: `"asynq:pending"`},
		{name: "field from a constructor parameter", body: `s := newStore(id); k("k", s.keyA())`, want: `<s.prefix> ":a"`},
		{name: "Replace", expr: `strings.Replace(queueTpl, "{queue}", id, 1)`, want: `"q:" <id> ":pending"`},
		{name: "ReplaceAll", expr: `strings.ReplaceAll("{id}:{id}", "{id}", id)`, want: `<id> ":" <id>`},
		{name: "Replace limited", expr: `strings.Replace("{id}:{id}", "{id}", id, 1)`, want: `<id> ":{id}"`},
		{name: "Replace of a run-time template", expr: `strings.Replace(id, "{queue}", id, 1)`, want: `<*>`},
		{name: "Replace in a run-time part only", expr: `strings.Replace("q:"+id, "{queue}", id, 1)`, want: `<*>`},
		{name: "strings.Builder", body: `var b strings.Builder; b.WriteString("user:"); b.WriteString(id); b.WriteByte(':'); b.WriteString("name"); k("k", b.String())`, want: `"user:" <id> ":name"`},
		{name: "strings.Builder with Fprintf", body: `var b strings.Builder; fmt.Fprintf(&b, "q:%s:", id); b.WriteString("jobs"); k("k", b.String())`, want: `"q:" <id> ":jobs"`},
		{name: "strings.Builder written under if", body: `var b strings.Builder; b.WriteString("a:"); if n > 0 { b.WriteString(id) }; k("k", b.String())`, want: `<*>`},
		{name: "strings.Builder given away", body: `var b strings.Builder; b.WriteString("a:"); fillB(&b); k("k", b.String())`, want: `<*>`},
		{name: "out-parameter", body: `var key string; outKey(&key, id); k("k", key)`, want: `"user:" <id> ":name"`},
		{name: "out-parameter written twice", body: `var key string; outKey(&key, id); outKey(&key, id2); k("k", key)`, want: `<*>`},
		{name: "out-parameter under if", body: `var key string; if n > 0 { outKey(&key, id) }; k("k", key)`, want: `<*>`},
		{name: "Replace of a Replace", expr: `strings.Replace(strings.Replace("user:ID:FIELD", "ID", id, 1), "FIELD", "name", 1)`, want: `"user:" <id> ":name"`},
		{name: "Replacer", body: `r := strings.NewReplacer("{queue}", id, "{id}", strconv.Itoa(n)); k("k", r.Replace("q:{queue}:{id}"))`, want: `"q:" <id> ":" <n#>`},
		{name: "Replacer first match wins", body: `r := strings.NewReplacer("ab", "1", "a", "2"); k("k", r.Replace("aab"))`, want: `"21"`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			src := body(builderDecls, tc.body)
			if tc.expr != "" {
				src = exprBody(builderDecls, tc.expr)
			}
			s := load(t, src, false)
			s.ev.SummariseAll()
			if got := render(s.key(t, "k")); got != tc.want {
				t.Errorf("Eval = %s, want %s", got, tc.want)
			}
		})
	}
}

// TestBuildersCompare: keys from builders compare as the inline keys do.
func TestBuildersCompare(t *testing.T) {
	cases := []struct {
		a, b string
		want Relation
	}{
		{`profileKey(n)`, `settingsKey(n)`, LikelyDifferent},
		{`tagged(id)`, `"{user:" + id + "}:b"`, Same},
		{`tagged(id)`, `tagged(id2)`, Unknown},
		{`sameTag(true, n)`, `sameTag(false, n)`, Same},
		{`sameTag(true, n)`, `sameTag(false, n2)`, Unknown},
		{`profileKey(1)`, `profileKey(2)`, Different},
		{`s.pk`, `s.ak`, LikelyDifferent},
		{`s.pk`, `s2.ak`, LikelyDifferent}, // as "a:"+id and "b:"+id2
		{`s.keyA()`, `s.pk`, LikelyDifferent},
	}
	var stmts []string
	for i, c := range cases {
		stmts = append(stmts, fmt.Sprintf("k(\"a%d\", %s)\nk(\"b%d\", %s)", i, c.a, i, c.b))
	}
	stmts = append([]string{"s, s2 := newStore(id), newStore(id2)"}, stmts...)
	s := load(t, body(builderDecls, strings.Join(stmts, "\n")), false)
	s.ev.SummariseAll()
	for i, c := range cases {
		a, b := s.key(t, fmt.Sprintf("a%d", i)), s.key(t, fmt.Sprintf("b%d", i))
		if got := compareBoth(t, a, b); got != c.want {
			t.Errorf("Compare(%s, %s) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

// TestBuilderChainBounded: a long chain of builders, each calling the
// next, is summarised in time linear in its length, and deep chains end
// opaque rather than overflow.
func TestBuilderChainBounded(t *testing.T) {
	const n = 2000
	var b strings.Builder
	b.WriteString("func c0(id string) string { return \"k:\" + id }\n")
	for i := 1; i < n; i++ {
		fmt.Fprintf(&b, "func c%d(id string) string { return c%d(id) + \":x\" }\n", i, i-1)
	}
	s := load(t, exprBody(b.String(), fmt.Sprintf("c%d(id)", n-1)), false)
	s.ev.SummariseAll()
	k := s.key(t, "k")
	if !strings.HasPrefix(render(k), `"k:" <id>`) {
		t.Errorf("chain = %.80s…, want it to start with the first builder's template", render(k))
	}
}

// TestBuildersBadInput: mutual recursion, type errors and odd shapes end
// opaque, never in a crash or a loop.
func TestBuildersBadInput(t *testing.T) {
	for _, tc := range []struct {
		name, decls, expr, want string
		errs                    bool
	}{
		{name: "mutual recursion", decls: "func ma(id string) string { return mb(id) + \":a\" }\nfunc mb(id string) string { return ma(id) + \":b\" }", expr: `ma(id)`, want: `<*> ":b:a"`},
		{name: "self field", decls: "type R struct{ s string }\nfunc (r R) K() string { return r.s }\nfunc init() { var r R; r.s = r.s + \"x\"; _ = r }", expr: `R{}.K()`, want: `<R{}.s>`},
		{name: "undefined in body", decls: "func bad(id string) string { return undefinedThing + id }", expr: `bad(id)`, want: `<*>`, errs: true},
		{name: "wrong arity call", decls: "func one(id string) string { return \"k:\" + id }", expr: `one()`, want: `<*>`, errs: true},
		{name: "naked return", decls: "func nr(id string) (s string) { s = \"k:\" + id; return }", expr: `nr(id)`, want: `<*>`},
		{name: "method expression", decls: "type T string\nfunc (t T) K() string { return string(t) + \":k\" }", expr: `T.K("x")`, want: `<*>`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := load(t, exprBody(tc.decls, tc.expr), tc.errs)
			s.ev.SummariseAll()
			if got := render(s.key(t, "k")); got != tc.want {
				t.Errorf("Eval = %s, want %s", got, tc.want)
			}
		})
	}
}
