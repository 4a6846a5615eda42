package keyexpr

import (
	"go/ast"
	"go/types"
	"strings"
	"testing"
)

// TestElements: the slices whose every element is seen, and those whose
// writes may not happen.
func TestElements(t *testing.T) {
	for _, tc := range []struct {
		name, body string
		want       string // elements as "expr" or "expr*" (once per iteration); "-": not seen
	}{
		{name: "append from empty", body: `var ks []string; for _, x := range xs { ks = append(ks, "a:"+x) }`, want: `"a:" + x*`},
		{name: "make with capacity", body: `ks := make([]string, 0, len(xs)); for _, x := range xs { ks = append(ks, "a:"+x) }`, want: `"a:" + x*`},
		{name: "fill", body: `ks := make([]string, len(xs)); for i, x := range xs { ks[i] = "a:"+x }`, want: `"a:" + x*`},
		{name: "fill by index only", body: `ks := make([]string, len(xs)); for i := range xs { ks[i] = "a:"+xs[i] }`, want: `"a:" + xs[i]*`},
		{name: "fill of another length", body: `ks := make([]string, len(xs)+1); for i, x := range xs { ks[i] = x }`, want: `-`},
		{name: "fill over another range", body: `ks := make([]string, len(xs)); for i, x := range ys { ks[i] = x }`, want: `-`},
		{name: "fill that skips", body: `ks := make([]string, len(xs)); for i, x := range xs { if x == "" { continue }; ks[i] = x }`, want: `-`},
		{name: "fill under an if", body: `ks := make([]string, len(xs)); for i, x := range xs { if x != "" { ks[i] = x } }`, want: `-`},
		{name: "several per iteration", body: `var ks []string; for _, x := range xs { ks = append(ks, "a:"+x, "b:"+x) }`, want: `"a:" + x* "b:" + x*`},
		{name: "two appends per iteration", body: `var ks []string; for _, x := range xs { ks = append(ks, "a:"+x); ks = append(ks, "b:"+x) }`, want: `"a:" + x* "b:" + x*`},
		{name: "onto a literal", body: `ks := []string{"total"}; for _, x := range xs { ks = append(ks, "a:"+x) }`, want: `"total" "a:" + x*`},
		{name: "spread after the loop", body: `var ks []string; for _, x := range xs { ks = append(ks, x) }; more := []string{"m"}; ks = append(ks, more...)`, want: `x* "m"`},
		{name: "append of a collected slice", body: `var ks []string; for _, x := range xs { ks = append(ks, x) }; k2 := append(ks, "z")`, want: `x* "z"`},
		{name: "straight appends", body: `ks := []string{"a"}; ks = append(ks, "b")`, want: `"a" "b"`},
		// An append under a condition adds its elements, marked (?) with
		// the assumption that it ran.
		{name: "append under an if", body: `ks := []string{"a"}; if len(xs) > 0 { ks = append(ks, "b") }`, want: `"a" "b"?`},
		{name: "append in a function literal", body: `ks := []string{"a"}; f := func() { ks = append(ks, "b") }; f()`, want: `-`},
		{name: "append in a closure", body: `ks := []string{"a"}; func() { ks = append(ks, "b") }()`, want: `-`},
		{name: "written elsewhere", body: `ks := []string{"a"}; ks = append(ks, "b"); ks = nil`, want: `-`},
		{name: "one append under an if in a loop (as before)", body: `var ks []string; for _, x := range xs { if x != "" { ks = append(ks, x) } }`, want: `x*`},
		{name: "onto a literal under an if in a loop", body: `ks := []string{"t"}; for _, x := range xs { if x != "" { ks = append(ks, x) } }`, want: `"t" x*?`},
		{name: "spread of an unknown slice", body: `var ks []string; ks = append(ks, xs...)`, want: `-`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			name := "ks"
			if strings.Contains(tc.body, "k2 :=") {
				name = "k2"
			}
			src := prelude + "\nfunc f(xs, ys []string) {\n" + tc.body + "\nuse(" + name + ")\n}\n\nfunc use([]string) {}\n"
			s := load(t, src, false)
			var arg ast.Expr
			ast.Inspect(s.file, func(n ast.Node) bool {
				if call, ok := n.(*ast.CallExpr); ok {
					if id, ok := call.Fun.(*ast.Ident); ok && id.Name == "use" && len(call.Args) == 1 {
						arg = call.Args[0]
					}
				}
				return true
			})
			els, ok := s.ev.Elements(arg)
			got := "-"
			if ok {
				var parts []string
				for _, el := range els {
					p := types.ExprString(el.Expr)
					if el.Loop != nil {
						p += "*"
					}
					if len(el.Assume) > 0 {
						p += "?"
					}
					parts = append(parts, p)
				}
				got = strings.Join(parts, " ")
			}
			if got != tc.want {
				t.Errorf("Elements = %s, want %s", got, tc.want)
			}
		})
	}
}
