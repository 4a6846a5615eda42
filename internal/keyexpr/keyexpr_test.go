package keyexpr

import (
	"fmt"
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// The snippets of these tests are type-checked against the real fmt,
// strconv and strings, imported once for all tests from export data (the
// build cache; from source, it took seconds).
var (
	testFset    = token.NewFileSet()
	testImpOnce sync.Once
	testImp     types.Importer
)

func sharedImporter() types.Importer {
	testImpOnce.Do(func() { testImp = importer.ForCompiler(testFset, "gc", nil) })
	return testImp
}

// prelude starts every snippet: k("name", expr) marks expr as the key
// "name" of the snippet.
const prelude = `package p

import (
	"fmt"
	"strconv"
	"strings"
)

var (
	_ = fmt.Sprint
	_ = strconv.Itoa
	_ = strings.Join
)

func k(string, any) {}

func fill(map[string]int) {}

func fillB(*strings.Builder) {}

func g() string { return "" }

type User struct {
	ID string
	N  int
}

`

// body wraps statements into a function with parameters of every kind the
// tests use.
func body(decls, stmts string) string {
	return prelude + decls + "\n\nfunc f(id, id2 string, n, n2 int, n64 int64, u User, pu *User, ps *string) {\n" + stmts + "\n}\n"
}

// exprBody is body for a single key expression named "k".
func exprBody(decls, expr string) string {
	return body(decls, `k("k", `+expr+`)`)
}

type snippet struct {
	src   string
	file  *ast.File
	info  *types.Info
	ev    *Evaluator
	marks map[string]ast.Expr
	errs  []error
}

// load parses and type-checks src (soft errors, such as unused variables,
// are ignored) and finds its marked keys. Hard errors fail the test unless
// allowErrors.
func load(t testing.TB, src string, allowErrors bool) *snippet {
	t.Helper()
	f, err := parser.ParseFile(testFset, "p.go", src, parser.ParseComments)
	if err != nil {
		t.Fatalf("parse: %v\n%s", err, src)
	}
	s := &snippet{src: src, file: f, marks: map[string]ast.Expr{}}
	s.info = &types.Info{
		Types:      map[ast.Expr]types.TypeAndValue{},
		Defs:       map[*ast.Ident]types.Object{},
		Uses:       map[*ast.Ident]types.Object{},
		Implicits:  map[ast.Node]types.Object{},
		Selections: map[*ast.SelectorExpr]*types.Selection{},
	}
	conf := types.Config{Importer: sharedImporter(), Error: func(err error) {
		if te, ok := err.(types.Error); ok && te.Soft {
			return
		}
		s.errs = append(s.errs, err)
	}}
	conf.Check("p", testFset, []*ast.File{f}, s.info)
	if len(s.errs) > 0 && !allowErrors {
		t.Fatalf("type errors: %v\n%s", s.errs, src)
	}
	ast.Inspect(f, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || len(call.Args) != 2 {
			return true
		}
		if id, ok := call.Fun.(*ast.Ident); ok && id.Name == "k" {
			if lit, ok := call.Args[0].(*ast.BasicLit); ok {
				name, _ := strconv.Unquote(lit.Value)
				s.marks[name] = call.Args[1]
			}
		}
		return true
	})
	s.ev = New(s.info, []*ast.File{f})
	return s
}

func (s *snippet) expr(t testing.TB, name string) ast.Expr {
	t.Helper()
	x, ok := s.marks[name]
	if !ok {
		t.Fatalf("no key %q in\n%s", name, s.src)
	}
	return x
}

// key evaluates the key marked name and checks the invariants every
// template keeps.
func (s *snippet) key(t testing.TB, name string) Key {
	t.Helper()
	x := s.expr(t, name)
	k := s.ev.Eval(x)
	checkKey(t, k)
	if again := s.ev.Eval(x); ids(again) != ids(k) || render(again) != render(k) {
		t.Errorf("%s: Eval is not deterministic: %s %s, then %s %s", name, render(k), ids(k), render(again), ids(again))
	}
	return k
}

// checkKey checks that every literal origin maps onto the part: the
// literal's value holds a constant part's bytes at [LitOff, LitEnd), and a
// format verb there for an opaque part.
func checkKey(t testing.TB, k Key) {
	t.Helper()
	for i, p := range k.Parts {
		if p.Lit == nil {
			continue
		}
		val, err := strconv.Unquote(p.Lit.Value)
		if err != nil || p.Lit.Kind != token.STRING {
			t.Errorf("part %d: Lit %s is not a string literal", i, p.Lit.Value)
			continue
		}
		if p.LitOff < 0 || p.LitOff > p.LitEnd || p.LitEnd > len(val) {
			t.Errorf("part %d: [%d:%d] out of %s", i, p.LitOff, p.LitEnd, p.Lit.Value)
			continue
		}
		seg := val[p.LitOff:p.LitEnd]
		switch {
		case p.Value != nil && (len(seg) < 2 || seg[0] != '%'):
			t.Errorf("part %d: opaque %s traced to %q, not a verb", i, p.Value.Text, seg)
		case p.Value == nil && seg != p.Const && !(p.Const == "%" && seg == "%%"):
			t.Errorf("part %d: constant %q traced to %q", i, p.Const, seg)
		}
	}
}

// render shows a template compactly: constants (adjacent ones merged)
// quoted, opaque values as <text>, with # when Decimal; <*> is an opaque
// value that is the whole key expression (the evaluator gave up).
func render(k Key) string {
	var out []string
	for _, p := range k.merged() {
		if p.Value == nil {
			out = append(out, strconv.Quote(p.Const))
			continue
		}
		text := p.Value.Text
		if k.Expr != nil && text == exprText(k.Expr) {
			text = "*"
		}
		if p.Value.Decimal {
			text += "#"
		}
		out = append(out, "<"+text+">")
	}
	if len(out) == 0 {
		return `""`
	}
	return strings.Join(out, " ")
}

// trace shows the parts unmerged with their literal origins:
// "ab"@"xab"[1:3] is the constant ab traced to bytes 1 to 3 of literal "xab".
func trace(k Key) string {
	var out []string
	for _, p := range k.Parts {
		s := strconv.Quote(p.Const)
		if p.Value != nil {
			s = "<" + p.Value.Text + ">"
		}
		if p.Lit != nil {
			s += fmt.Sprintf("@%s[%d:%d]", p.Lit.Value, p.LitOff, p.LitEnd)
		}
		out = append(out, s)
	}
	return strings.Join(out, " ")
}

// ids lists the identities of the opaque values of a key.
func ids(k Key) string {
	var out []string
	for _, p := range k.Parts {
		if p.Value != nil {
			out = append(out, p.Value.ID)
		}
	}
	return strings.Join(out, ",")
}

// instantiate returns the key with every opaque value replaced by val's.
func instantiate(k Key, val func(*Opaque) string) string {
	var b strings.Builder
	for _, p := range k.Parts {
		if p.Value != nil {
			b.WriteString(val(p.Value))
		} else {
			b.WriteString(p.Const)
		}
	}
	return b.String()
}

const colorDecls = `
type Color int

func (Color) String() string { return "" }

const Red Color = 1

type Name string

func (Name) String() string { return "{}" }

const Bob Name = "bob"

type Hex int

func (Hex) Format(f fmt.State, verb rune) { f.Write([]byte("{x}")) }
`

func TestEval(t *testing.T) {
	for _, tc := range []struct {
		name, decls, body, expr, want string
	}{
		// Literals and constants.
		{name: "literal", expr: `"user:1"`, want: `"user:1"`},
		{name: "raw string", expr: "`a\\n{b}`", want: `"a\\n{b}"`},
		{name: "empty", expr: `""`, want: `""`},
		{name: "NUL and invalid UTF-8", expr: `"\xff\x00:" + id`, want: `"\xff\x00:" <id>`},
		{name: "local constant", body: `const c = "user:"; k("k", c+id)`, want: `"user:" <id>`},
		{name: "package constant", decls: `const P = "user:"`, expr: `P + id`, want: `"user:" <id>`},
		{name: "constant expression", expr: `"a" + "b" + id`, want: `"ab" <id>`},
		{name: "typed constant", decls: "type Key string\n\nconst KP Key = \"user:\"", expr: `KP + Key(id)`, want: `"user:" <id>`},
		{name: "integer constant", expr: `42`, want: `"42"`},
		{name: "integer variable", expr: `n`, want: `<*#>`},
		{name: "parentheses", expr: `("u:" + (id))`, want: `"u:" <id>`},

		// fmt.Sprintf.
		{name: "%s", expr: `fmt.Sprintf("user:%s:a", id)`, want: `"user:" <id> ":a"`},
		{name: "%d", expr: `fmt.Sprintf("user:%d", n)`, want: `"user:" <n#>`},
		{name: "%v of a string", expr: `fmt.Sprintf("u:%v", id)`, want: `"u:" <id>`},
		{name: "%v of an int", expr: `fmt.Sprintf("u:%v", n)`, want: `"u:" <n#>`},
		{name: "%q", expr: `fmt.Sprintf("u:%q", id)`, want: `"u:" <id>`},
		{name: "%x of an int", expr: `fmt.Sprintf("u:%x", n)`, want: `"u:" <n>`},
		{name: "%d of a string", expr: `fmt.Sprintf("u:%d", id)`, want: `"u:" <id>`},
		{name: "%s of an int", expr: `fmt.Sprintf("u:%s", n)`, want: `"u:" <n>`},
		{name: "%%", expr: `fmt.Sprintf("100%%:%d", n)`, want: `"100%:" <n#>`},
		{name: "flags and width", expr: `fmt.Sprintf("u:%5d|%-3s|%05d|%+d", n, id, n, n)`, want: `"u:" <n> "|" <id> "|" <n> "|" <n>`},
		{name: "constant operands", expr: `fmt.Sprintf("u:%d:%s:%v", 42, "x", 7)`, want: `"u:42:x:7"`},
		{name: "explicit index", expr: `fmt.Sprintf("%[1]s:%[1]s", id)`, want: `<*>`},
		{name: "star width", expr: `fmt.Sprintf("%*d", 3, n)`, want: `<*>`},
		{name: "star precision", expr: `fmt.Sprintf("%.*d", 3, n)`, want: `<*>`},
		{name: "extra operand", expr: `fmt.Sprintf("u:%s", id, n)`, want: `<*>`},
		{name: "missing operand", expr: `fmt.Sprintf("u:%s:%s", id)`, want: `<*>`},
		{name: "no operand at all", expr: `fmt.Sprintf("u:%d")`, want: `<*>`},
		{name: "no verb", expr: `fmt.Sprintf("u:%", id)`, want: `<*>`},
		{name: "format not constant", expr: `fmt.Sprintf(id, n)`, want: `<*>`},
		{name: "spread operands", body: `args := []any{n}; k("k", fmt.Sprintf("u:%d", args...))`, want: `<*>`},
		{name: "multibyte verb", expr: `fmt.Sprintf("u:%é", id)`, want: `<*>`},
		{name: "percent verb with width", expr: `fmt.Sprintf("u:%5%:%d", n, n2)`, want: `<*>`},
		{name: "Stringer int %v", decls: colorDecls, expr: `fmt.Sprintf("c:%v", Red)`, want: `"c:" <Red>`},
		{name: "Stringer int %d", decls: colorDecls, expr: `fmt.Sprintf("c:%d", Red)`, want: `"c:1"`},
		{name: "Stringer int variable %v", decls: colorDecls, body: `c := Color(n); k("k", fmt.Sprintf("{c:%v}", c))`, want: `"{c:" <c> "}"`},
		{name: "Stringer string %s", decls: colorDecls, expr: `fmt.Sprintf("n:%s", Bob)`, want: `"n:" <Bob>`},
		{name: "Formatter %d", decls: colorDecls, expr: `fmt.Sprintf("h:%d", Hex(n))`, want: `"h:" <Hex(n)>`},

		// fmt.Sprint.
		{name: "Sprint of strings", expr: `fmt.Sprint("u:", id, ":a")`, want: `"u:" <id> ":a"`},
		{name: "Sprint of a non-string", expr: `fmt.Sprint("u:", n)`, want: `<*>`},
		{name: "Sprint of a Stringer", decls: colorDecls, expr: `fmt.Sprint("n:", Bob)`, want: `<*>`},
		{name: "Sprint spread", body: `a := []any{"x"}; k("k", fmt.Sprint(a...))`, want: `<*>`},

		// strings.Join.
		{name: "Join literal", expr: `strings.Join([]string{"user", id, "a"}, ":")`, want: `"user:" <id> ":a"`},
		{name: "Join variable", body: `s := []string{"a", id}; k("k", strings.Join(s, ":"))`, want: `"a:" <id>`},
		{name: "Join append", expr: `strings.Join(append([]string{"a"}, id, "b"), "-")`, want: `"a-" <id> "-b"`},
		{name: "Join append spread", body: `x := []string{"a"}; y := []string{"b", "c"}; k("k", strings.Join(append(x, y...), "."))`, want: `"a.b.c"`},
		{name: "Join empty", expr: `strings.Join([]string{}, ":")`, want: `""`},
		{name: "Join nil", expr: `strings.Join(nil, ":")`, want: `<*>`},
		{name: "Join keyed", expr: `strings.Join([]string{1: "a"}, ":")`, want: `<*>`},
		{name: "Join opaque separator", expr: `strings.Join([]string{"a", "b"}, id)`, want: `"a" <id> "b"`},
		{name: "Join unstable slice", body: `s := []string{"a"}; s = append(s, id); k("k", strings.Join(s, ":"))`, want: `<*>`},
		{name: "Join element assigned", body: `s := []string{"a", "b"}; s[0] = id; k("k", strings.Join(s, ":"))`, want: `<*>`},
		{name: "Join slice copied into", body: `s := []string{"a", "b"}; copy(s, []string{id}); k("k", strings.Join(s, ":"))`, want: `<*>`},

		// strconv.
		{name: "Itoa", expr: `"u:" + strconv.Itoa(n)`, want: `"u:" <n#>`},
		{name: "Itoa constant", expr: `strconv.Itoa(-42)`, want: `"-42"`},
		{name: "FormatInt 10", expr: `strconv.FormatInt(n64, 10)`, want: `<n64#>`},
		{name: "FormatUint 10", expr: `strconv.FormatUint(uint64(n), 10)`, want: `<uint64(n)#>`},
		{name: "FormatInt 16", expr: `strconv.FormatInt(n64, 16)`, want: `<*#>`}, // hex digits: no brace (bracefree.go),
		{name: "FormatInt 16 of a constant", expr: `strconv.FormatInt(255, 16)`, want: `<*#>`},
		{name: "FormatInt variable base", body: `b := 10; b++; k("k", strconv.FormatInt(n64, b))`, want: `<*#>`},

		// Variables.
		{name: "local assigned once", body: `p := "user:"; k("k", p+id)`, want: `"user:" <id>`},
		{name: "local var assigned once", body: `var p = "user:"; k("k", p+id)`, want: `"user:" <id>`},
		{name: "chained locals", body: `a := "user:"; b := a + id; c := b + ":x"; k("k", c)`, want: `"user:" <id> ":x"`},
		// A local written several times has, at each use, the value of
		// the write that reaches it (reach.go); several reaching writes
		// are alternatives (EvalAlts), and Eval keeps it opaque.
		{name: "local assigned twice", body: `p := "user:"; p = "x:"; k("k", p+id)`, want: `"x:" <id>`},
		{name: "local op-assigned", body: `p := "user:"; p += "x:"; k("k", p+id)`, want: `<p> <id>`},
		{name: "local address taken", body: `p := "user:"; q := &p; *q = "x"; k("k", p+id)`, want: `<p> <id>`},
		{name: "local modified in a loop", body: `p := "u"; for i := 0; i < n; i++ { p = p + ":" }; k("k", p+id)`, want: `<p> <id>`},
		{name: "local modified in a closure", body: `p := "u:"; fn := func() { p = "v:" }; fn(); k("k", p+id)`, want: `<p> <id>`},
		{name: "local declared without value", body: `var p string; p = "user:"; k("k", p+id)`, want: `"user:" <id>`},
		{name: "local redeclared by :=", body: `p, a := "user:", 1; p, b := "x:", 2; _, _ = a, b; k("k", p+id)`, want: `"x:" <id>`},
		{name: "parameter reassigned", body: `id = "x:" + id; k("k", "u:"+id)`, want: `"u:x:" <id>`},
		{name: "local assigned in both branches", body: `p := "a:"; if n > 0 { p = "b:" }; k("k", p+id)`, want: `<p> <id>`},
		// Package-level variables set once hold their value, exported or not
		// (another package could assign an exported one; keys and prefixes
		// are not reassigned).
		{name: "exported package var", decls: `var Prefix = "user:"`, expr: `Prefix + id`, want: `"user:" <id>`},
		{name: "exported package var assigned twice", decls: "var Prefix = \"user:\"\n\nfunc init() { Prefix = \"x:\" }", expr: `Prefix + id`, want: `<Prefix> <id>`},
		{name: "unexported package var", decls: `var prefix = "user:"`, expr: `prefix + id`, want: `"user:" <id>`},
		{name: "package var assigned in init", decls: "var prefix = \"user:\"\n\nfunc init() { prefix = \"x:\" }", expr: `prefix + id`, want: `<prefix> <id>`},
		{name: "call", expr: `"u:" + g()`, want: `"u:" <g()>`},
		{name: "field", expr: `"u:" + u.ID`, want: `"u:" <u.ID>`},
		{name: "range variable", body: `for _, x := range []string{"a"} { k("k", "u:"+x) }`, want: `"u:" <x>`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			src := body(tc.decls, tc.body)
			if tc.expr != "" {
				src = exprBody(tc.decls, tc.expr)
			}
			if got := render(load(t, src, false).key(t, "k")); got != tc.want {
				t.Errorf("Eval = %s, want %s", got, tc.want)
			}
		})
	}
}

// TestEvalTrace checks the literal each constant part is traced to.
func TestEvalTrace(t *testing.T) {
	const decls = `
const P = "user:"

const R = ` + "`raw:`" + `

const F = "u:%d:x"

type Key string

const KP Key = "k:"

const A = "a"

const B = A + "b"`
	for _, tc := range []struct{ stmts, expr, want string }{
		{``, `"a" + "b"`, `"a"@"a"[0:1] "b"@"b"[0:1]`},
		{`const l = "loc:"`, `l + id`, `"loc:"@"loc:"[0:4] <id>`},
		{`p := "v:"`, `p + id`, `"v:"@"v:"[0:2] <id>`},
		{``, `P + id`, `"user:"@"user:"[0:5] <id>`},
		{``, `R + id`, `"raw:"@` + "`raw:`" + `[0:4] <id>`},
		{``, `KP + "x"`, `"k:"@"k:"[0:2] "x"@"x"[0:1]`},
		{``, `B + id`, `"ab" <id>`},
		{``, `"\x41:" + id`, `"A:"@"\x41:"[0:2] <id>`},
		{``, `fmt.Sprintf("u:%d:x", n)`, `"u:"@"u:%d:x"[0:2] <n>@"u:%d:x"[2:4] ":x"@"u:%d:x"[4:6]`},
		{``, `fmt.Sprintf(F, n)`, `"u:"@"u:%d:x"[0:2] <n>@"u:%d:x"[2:4] ":x"@"u:%d:x"[4:6]`},
		{``, `fmt.Sprintf("a"+"%d", n)`, `"a" <n>`},
		{``, `fmt.Sprintf("%%u:%s", "x")`, `"%"@"%%u:%s"[0:2] "u:"@"%%u:%s"[2:4] "x"@"x"[0:1]`},
		{``, `fmt.Sprintf("%s:%s", P, id)`, `"user:"@"user:"[0:5] ":"@"%s:%s"[2:3] <id>@"%s:%s"[3:5]`},
		{``, `strings.Join([]string{"a", id}, "-")`, `"a"@"a"[0:1] "-"@"-"[0:1] <id>`},
		{``, `strconv.Itoa(42) + ":"`, `"42" ":"@":"[0:1]`},
	} {
		s := load(t, body(decls, tc.stmts+"\n"+`k("k", `+tc.expr+`)`), false)
		if got := trace(s.key(t, "k")); got != tc.want {
			t.Errorf("%s: parts %s, want %s", tc.expr, got, tc.want)
		}
	}
}

// TestIdentity checks which opaque values are known to be the same value:
// the first opaque value of key a against that of key b.
func TestIdentity(t *testing.T) {
	const decls = `
var Exported = g()

var unexported = g()

func (u *User) Set(s string) { u.ID = s }`
	for _, tc := range []struct {
		name, body string
		same       bool
	}{
		{"stable parameter", `k("a", "x:"+id); k("b", "y:"+id)`, true},
		{"different parameters", `k("a", id); k("b", id2)`, false},
		{"reassigned parameter", `k("a", "x:"+id); id = g(); k("b", "y:"+id)`, false},
		{"two calls", `k("a", "x:"+g()); k("b", "y:"+g())`, false},
		{"stable local holding a call", `c := g(); k("a", "x:"+c); k("b", "y:"+c)`, true},
		{"inlined definition", `c := "p:" + g(); k("a", c+":a"); k("b", c+":b")`, true},
		{"field of a stable value", `k("a", u.ID); k("b", "x"+u.ID)`, true},
		{"field of a stable pointer", `k("a", pu.ID); k("b", pu.ID)`, true},
		{"deref of a stable pointer", `k("a", *ps); k("b", *ps)`, true},
		{"field of an unstable value", `v := u; v = User{}; k("a", v.ID); k("b", v.ID)`, false},
		{"field assigned between", `v := u; k("a", v.ID); v.ID = g(); k("b", v.ID)`, false},
		{"field assigned through a pointer", `k("a", pu.ID); pu.ID = g(); k("b", pu.ID)`, false},
		{"pointee assigned", `k("a", *ps); *ps = g(); k("b", *ps)`, false},
		{"field address taken", `v := u; p := &v.ID; *p = g(); k("a", v.ID); k("b", v.ID)`, false},
		{"pointer method on a value", `v := u; k("a", v.ID); v.Set(g()); k("b", v.ID)`, false},
		{"%s and plain", `k("a", fmt.Sprintf("%s", id)); k("b", id)`, true},
		{"%q and %s", `k("a", fmt.Sprintf("%q", id)); k("b", fmt.Sprintf("%s", id))`, false},
		{"%d and Itoa", `k("a", fmt.Sprintf("%d", n)); k("b", strconv.Itoa(n))`, true},
		{"%x and %d", `k("a", fmt.Sprintf("%x", n)); k("b", fmt.Sprintf("%d", n))`, false},
		{"%5d twice", `k("a", fmt.Sprintf("%5d", n)); k("b", fmt.Sprintf("%5d", n))`, true},
		{"exported package var", `k("a", Exported); k("b", Exported)`, true},
		{"unexported package var", `k("a", unexported); k("b", unexported)`, true},
	} {
		s := load(t, body(decls, tc.body), false)
		a, b := s.key(t, "a"), s.key(t, "b")
		ia, ib := strings.Split(ids(a), ",")[0], strings.Split(ids(b), ",")[0]
		if ia == "" || ib == "" {
			t.Errorf("%s: %s and %s should both hold an opaque value", tc.name, render(a), render(b))
			continue
		}
		if (ia == ib) != tc.same {
			t.Errorf("%s: IDs %q and %q, want same=%v", tc.name, ia, ib, tc.same)
		}
	}
}

func TestStable(t *testing.T) {
	const decls = "var Exported = g()\n\nvar unexported = g()\n\nconst C = \"c\""
	for _, tc := range []struct {
		body string
		want bool
	}{
		{`k("k", id)`, true},
		{`id = g(); k("k", id)`, false},
		{`v := g(); k("k", v)`, true},
		{`v := g(); v = g(); k("k", v)`, false},
		{`v := u; v.N++; k("k", v)`, false},
		{`k("k", Exported)`, false},
		{`k("k", unexported)`, true},
		{`k("k", C)`, false},
	} {
		s := load(t, body(decls, tc.body), false)
		obj := s.info.Uses[s.expr(t, "k").(*ast.Ident)]
		if got := s.ev.Stable(obj); got != tc.want {
			t.Errorf("%s: Stable = %v, want %v", tc.body, got, tc.want)
		}
	}
}

// TestAccessors covers SliceElems, MapKeys and Field: the element
// expressions they see, or "!" when they must not claim to see them all.
func TestAccessors(t *testing.T) {
	const decls = `func (u *User) Set(s string) { u.ID = s }`
	for _, tc := range []struct {
		name, fn, body, want string
	}{
		{"slice literal", "SliceElems", `k("k", []string{"a", id})`, `"a", id`},
		{"slice variable", "SliceElems", `s := []string{"a"}; k("k", s)`, `"a"`},
		{"append", "SliceElems", `s := []string{"a"}; k("k", append(s, "b", id))`, `"a", "b", id`},
		{"append spread", "SliceElems", `s := []string{"a"}; k("k", append(s, []string{"b"}...))`, `"a", "b"`},
		{"array", "SliceElems", `k("k", [2]string{"a", "b"})`, `!`},
		{"slice reassigned", "SliceElems", `s := []string{"a"}; s = nil; k("k", s)`, `!`},
		{"slice element assigned", "SliceElems", `s := []string{"a"}; s[0] = id; k("k", s)`, `!`},
		{"slice element address taken", "SliceElems", `s := []string{"a"}; p := &s[0]; *p = id; k("k", s)`, `!`},
		{"slice copied into", "SliceElems", `s := []string{"a"}; copy(s, []string{id}); k("k", s)`, `!`},
		{"map literal", "MapKeys", `k("k", map[string]int{"a": 1, id: 2})`, `"a", id`},
		{"map variable", "MapKeys", `m := map[string]int{"a": 1}; k("k", m)`, `"a"`},
		{"not a map", "MapKeys", `k("k", []string{"a"})`, `!`},
		{"map key inserted", "MapKeys", `m := map[string]int{"a": 1}; m[id] = 2; k("k", m)`, `"a", id`},
		{"map made and filled", "MapKeys", `m := make(map[string]int); m["a"] = 1; m["b"] = 2; k("k", m)`, `"a", "b"`},
		{"map filled after", "MapKeys", `m := map[string]int{"a": 1}; k("k", m); m["b"] = 2`, `"a"`},
		{"map key inserted under if", "MapKeys", `m := map[string]int{"a": 1}; if id != "" { m[id] = 2 }; k("k", m)`, `!`},
		{"map key inserted in loop", "MapKeys", `m := map[string]int{}; for _, s := range []string{"a"} { m[s] = 1 }; k("k", m)`, `!`},
		{"map given away", "MapKeys", `m := map[string]int{}; m["a"] = 1; fill(m); k("k", m)`, `!`},
		{"map key deleted", "MapKeys", `m := map[string]int{"a": 1, "b": 2}; delete(m, "a"); k("k", m)`, `!`},
		{"map cleared", "MapKeys", `m := map[string]int{"a": 1}; clear(m); k("k", m)`, `!`},
		{"keyed field", "Field", `k("k", User{N: 1, ID: "a"})`, `"a"`},
		{"positional field", "Field", `k("k", User{"a", 1})`, `"a"`},
		{"field of &T{}", "Field", `k("k", &User{ID: id})`, `id`},
		{"field of a variable", "Field", `v := User{ID: "a"}; k("k", v)`, `"a"`},
		{"absent field", "Field", `k("k", User{N: 1})`, `!`},
		{"field assigned", "Field", `v := User{ID: "a"}; v.ID = id; k("k", v)`, `!`},
		{"field set by a pointer method", "Field", `v := User{ID: "a"}; v.Set(id); k("k", v)`, `!`},
		{"field of a pointer assigned", "Field", `v := &User{ID: "a"}; v.ID = id; k("k", v)`, `!`},
	} {
		s := load(t, body(decls, tc.body), false)
		x := s.expr(t, "k")
		var got []ast.Expr
		ok := false
		switch tc.fn {
		case "SliceElems":
			got, ok = s.ev.SliceElems(x)
		case "MapKeys":
			got, ok = s.ev.MapKeys(x)
		case "Field":
			var f ast.Expr
			f, ok = s.ev.Field(x, "ID")
			got = []ast.Expr{f}
		}
		text := "!"
		if ok {
			var parts []string
			for _, e := range got {
				parts = append(parts, types.ExprString(e))
			}
			text = strings.Join(parts, ", ")
		}
		if text != tc.want {
			t.Errorf("%s: %s = %s, want %s", tc.name, tc.fn, text, tc.want)
		}
	}
}

// within fails the test when fn does not return in time (it would hang).
func within(t *testing.T, d time.Duration, fn func()) {
	t.Helper()
	done := make(chan struct{})
	go func() {
		defer close(done)
		fn()
	}()
	select {
	case <-done:
	case <-time.After(d):
		t.Fatalf("did not return within %v", d)
	}
}

// TestEvalTerminates: cycles (only in code with type errors), long chains
// and chains that fan out must neither hang nor crash.
func TestEvalTerminates(t *testing.T) {
	var chain, fan strings.Builder
	chain.WriteString("s0 := id\n")
	for i := 1; i <= 300; i++ {
		fmt.Fprintf(&chain, "s%d := s%d + \":x\"\n", i, i-1)
	}
	chain.WriteString(`k("k", s300)`)
	fan.WriteString("s0 := id\n")
	for i := 1; i <= 12; i++ {
		fmt.Fprintf(&fan, "s%d := fmt.Sprintf(\"%s\"%s)\n", i, strings.Repeat("%s", 10), strings.Repeat(fmt.Sprintf(", s%d", i-1), 10))
	}
	fan.WriteString(`k("k", strings.Join([]string{s12, s12, s12, s12}, ":"))`)
	cycle := `
var a = b + ":x"
var b = a + ":y"
var m1 = m2
var m2 = m1
var s1 = append(s2, "x")
var s2 = s1
var v1 = v2
var v2 = v1
var bad = []Undefined{"a"}
`
	for _, tc := range []struct {
		name, src   string
		allowErrors bool
	}{
		{"long chain", body("", chain.String()), false},
		{"fan-out", body("", fan.String()), false},
		{"initialization cycle", body(cycle, `k("k", a); k("m", m1); k("s", s1); k("v", v1); k("bad", bad)`), true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := load(t, tc.src, tc.allowErrors)
			within(t, 20*time.Second, func() {
				for name, x := range s.marks {
					k := s.ev.Eval(x)
					if len(k.Parts) > 1<<16 {
						t.Errorf("%s: %d parts", name, len(k.Parts))
					}
					s.ev.SliceElems(x)
					s.ev.MapKeys(x)
					s.ev.Field(x, "ID")
				}
			})
		})
	}
}

func TestEvalHugeString(t *testing.T) {
	// One MiB of value, written with escapes (source cannot hold NUL).
	big := strings.Repeat(`ab\x00\xff`, 1<<18)
	s := load(t, body("", `k("a", "`+big+`:1"); k("b", "`+big+`:2"+id); k("c", "{`+big+`}:3"+id)`), false)
	a, b, c := s.key(t, "a"), s.key(t, "b"), s.key(t, "c")
	if v, ok := a.Const(); !ok || len(v) != 4<<18+2 || v[2] != 0 || v[3] != 0xff {
		t.Fatalf("huge constant not kept: %d bytes", len(v))
	}
	if got := Compare(a, b); got != LikelyDifferent {
		t.Errorf("Compare(huge, huge+id) = %v, want LikelyDifferent", got)
	}
	if got := Compare(c, c); got != Same {
		t.Errorf("Compare of a huge tagged key with itself = %v, want Same", got)
	}
}

// TestEvalAlts checks the alternatives of keys whose variables several
// writes reach, and which pairs of them can meet on one path.
func TestEvalAlts(t *testing.T) {
	for _, tc := range []struct {
		name, body string
		a, b       []string // the alternatives of keys "a" and "b"
		together   [][2]int // the pairs (i of a, j of b) that are Compatible
	}{
		{
			name:     "zero value or a tag",
			body:     `var t string; if n > 0 { t = "{" + id + "}:r" }; k("a", t); k("b", "{x}:s")`,
			a:        []string{`""`, `"{" <id> "}:r"`},
			b:        []string{`"{x}:s"`},
			together: [][2]int{{0, 0}, {1, 0}},
		},
		{
			name: "two variables written in the same branches",
			body: `var p, q string; if n > 0 { p, q = "{a}1", "{a}2" } else { p = "{b}1"; q = "{b}2" }; k("a", p); k("b", q)`,
			a:    []string{`"{a}1"`, `"{b}1"`},
			b:    []string{`"{a}2"`, `"{b}2"`},
			// The else branch writes p and q in two statements: the
			// pairs of one branch meet, those across branches do not.
			together: [][2]int{{0, 0}, {1, 1}},
		},
		{
			name:     "one variable in two keys",
			body:     `p := "{t}"; if n > 0 { p = "" }; k("a", p+"x"); k("b", p+"y")`,
			a:        []string{`"{t}x"`, `"x"`},
			b:        []string{`"{t}y"`, `"y"`},
			together: [][2]int{{0, 0}, {1, 1}},
		},
		{
			name:     "switch",
			body:     `var p string; switch n { case 1: p = "a"; case 2: p = "b"; default: return }; k("a", p); k("b", "c")`,
			a:        []string{`"a"`, `"b"`},
			b:        []string{`"c"`},
			together: [][2]int{{0, 0}, {1, 0}},
		},
		{
			name:     "a closure writes it: opaque",
			body:     `p := "a"; fn := func() { p = "b" }; fn(); if n > 0 { p = "c" }; k("a", p); k("b", "c")`,
			a:        []string{`<*>`},
			b:        []string{`"c"`},
			together: [][2]int{{0, 0}},
		},
		{
			name:     "address taken: opaque",
			body:     `p := "a"; q := &p; _ = q; if n > 0 { p = "c" }; k("a", p); k("b", "c")`,
			a:        []string{`<*>`},
			b:        []string{`"c"`},
			together: [][2]int{{0, 0}},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := load(t, body("", tc.body), false)
			a := s.ev.EvalAlts(s.expr(t, "a"))
			b := s.ev.EvalAlts(s.expr(t, "b"))
			var ra, rb []string
			for _, k := range a {
				ra = append(ra, render(k))
			}
			for _, k := range b {
				rb = append(rb, render(k))
			}
			if !slices.Equal(ra, tc.a) || !slices.Equal(rb, tc.b) {
				t.Fatalf("alternatives %q and %q, want %q and %q", ra, rb, tc.a, tc.b)
			}
			for i := range a {
				for j := range b {
					want := slices.Contains(tc.together, [2]int{i, j})
					if got := Compatible(a[i], b[j]); got != want {
						t.Errorf("Compatible(%s, %s) = %v, want %v", ra[i], rb[j], got, want)
					}
				}
			}
		})
	}
}
