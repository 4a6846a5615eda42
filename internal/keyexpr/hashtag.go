package keyexpr

import (
	"go/ast"
	"go/token"
	"sort"
	"strconv"
	"strings"
)

// separators end the shared part of keys that a hash tag wraps:
// "user:101:profile" and "user:101:settings" share "user:101".
const separators = ":._-/|#"

// An Edit inserts Text at offset Off of the value of string literal Lit.
type Edit struct {
	Lit  *ast.BasicLit
	Off  int
	Text string
}

// TagFix proposes a hash tag that puts every key in one slot: the longest
// beginning all keys share, cut at a separator, wrapped in braces
// ("user:101:profile", "user:101:settings" → "{user:101}:profile",
// "{user:101}:settings"). It returns the keys as they would be, the tag, and
// the literal edits that make them so; ok is false when the keys share no
// such beginning, when a key already has braces, when a needed edit has no
// literal to go into, or when the tagged keys would not provably share a
// slot (every proposal is checked with Compare before it is returned).
func TagFix(keys []Key) (fixed []Key, tag string, edits []Edit, ok bool) {
	if len(keys) < 2 {
		return nil, "", nil, false
	}
	us := make([][]unit, len(keys))
	for i, k := range keys {
		if k.HasTagBraces() {
			return nil, "", nil, false
		}
		us[i] = units(k.Parts)
	}
	lcp := len(us[0])
	for _, u := range us[1:] {
		n := 0
		for n < lcp && n < len(u) && u[n].same(us[0][n]) {
			n++
		}
		lcp = n
	}
	cut := -1
	for p := lcp; p > 0; p-- {
		good := true
		for _, u := range us {
			if p < len(u) && (u[p].v != nil || strings.IndexByte(separators, u[p].b) < 0) {
				good = false
				break
			}
		}
		if good {
			cut = p
			break
		}
	}
	if cut <= 0 {
		return nil, "", nil, false
	}
	// Every key needs its own two edits. A literal may serve several keys
	// (a named constant): editing it changes all of them, so each key that
	// reads a literal must need exactly the edits all keys together make
	// to it, and no key may read one literal twice.
	all := map[*ast.BasicLit]map[Edit]bool{}
	mine := make([]map[*ast.BasicLit]map[Edit]bool, len(keys))
	for i, k := range keys {
		mine[i] = map[*ast.BasicLit]map[Edit]bool{}
		read := map[*ast.BasicLit][][2]int{}
		for _, p := range k.Parts {
			if p.Lit == nil {
				continue
			}
			for _, r := range read[p.Lit] {
				if p.LitOff < r[1] && r[0] < p.LitEnd {
					// The same bytes of one literal twice in a key.
					return nil, "", nil, false
				}
			}
			read[p.Lit] = append(read[p.Lit], [2]int{p.LitOff, p.LitEnd})
			mine[i][p.Lit] = map[Edit]bool{}
		}
		for _, at := range []struct {
			u    int
			text string
		}{{0, "{"}, {cut, "}"}} {
			e, ok := insertAt(k.Parts, at.u, at.text)
			if !ok {
				return nil, "", nil, false
			}
			mine[i][e.Lit][e] = true
			if all[e.Lit] == nil {
				all[e.Lit] = map[Edit]bool{}
			}
			all[e.Lit][e] = true
		}
		fixed = append(fixed, Key{Expr: k.Expr, Parts: tagged(k.Parts, cut)})
	}
	for i := range keys {
		for lit, set := range mine[i] {
			if len(set) != len(all[lit]) {
				return nil, "", nil, false
			}
			for e := range all[lit] {
				if !set[e] {
					return nil, "", nil, false
				}
			}
		}
	}
	for i := range fixed {
		for j := i + 1; j < len(fixed); j++ {
			if Compare(fixed[i], fixed[j]) != Same {
				return nil, "", nil, false
			}
		}
	}
	for _, set := range all {
		for e := range set {
			edits = append(edits, e)
		}
	}
	sort.Slice(edits, func(i, j int) bool {
		if edits[i].Lit.Pos() != edits[j].Lit.Pos() {
			return edits[i].Lit.Pos() < edits[j].Lit.Pos()
		}
		return edits[i].Off < edits[j].Off
	})
	return fixed, renderUnits(us[0][:cut]), edits, true
}

// insertAt returns the literal edit that inserts text before unit u of the
// parts (or at their end when u is past the last unit).
func insertAt(parts []Part, u int, text string) (Edit, bool) {
	pos := 0
	for _, p := range parts {
		n := 1
		if p.Value == nil {
			n = len(p.Const)
		}
		if n == 0 {
			continue
		}
		// At a boundary, prefer the end of the part before: "user:101" +
		// ":x" is tagged as "{user:101}" + ":x", one literal edited.
		if u > 0 && u == pos+n {
			if p.Lit != nil {
				return Edit{p.Lit, p.LitEnd, text}, true
			}
		}
		if u >= pos && u < pos+n {
			if p.Lit == nil {
				return Edit{}, false
			}
			if p.Value != nil {
				return Edit{p.Lit, p.LitOff, text}, true
			}
			return Edit{p.Lit, p.LitOff + (u - pos), text}, true
		}
		pos += n
	}
	return Edit{}, false
}

// tagged returns parts with '{' before unit 0 and '}' before unit cut.
func tagged(parts []Part, cut int) []Part {
	out := []Part{{Const: "{"}}
	pos := 0
	closed := false
	for _, p := range parts {
		if p.Value != nil {
			if pos == cut && !closed {
				out = append(out, Part{Const: "}"})
				closed = true
			}
			out = append(out, Part{Value: p.Value})
			pos++
			continue
		}
		c := p.Const
		if !closed && cut >= pos && cut < pos+len(c) {
			c = c[:cut-pos] + "}" + c[cut-pos:]
			closed = true
		}
		out = append(out, Part{Const: c})
		pos += len(p.Const)
	}
	if !closed {
		out = append(out, Part{Const: "}"})
	}
	return out
}

func renderUnits(us []unit) string {
	var b strings.Builder
	for _, u := range us {
		if u.v != nil {
			b.WriteString("%v")
			continue
		}
		b.WriteByte(u.b)
	}
	return b.String()
}

// LiteralText returns the new source text of lit with edits (all of which
// are for lit) applied to its value: a quoted string, raw when lit was raw
// and can stay so. ok is false when lit is not a string literal.
func LiteralText(lit *ast.BasicLit, edits []Edit) (string, bool) {
	if lit.Kind != token.STRING {
		// strconv.Unquote also reads a rune literal.
		return "", false
	}
	val, err := strconv.Unquote(lit.Value)
	if err != nil {
		return "", false
	}
	sort.SliceStable(edits, func(i, j int) bool { return edits[i].Off < edits[j].Off })
	var b strings.Builder
	last := 0
	for _, e := range edits {
		if e.Off < last || e.Off > len(val) {
			return "", false
		}
		b.WriteString(val[last:e.Off])
		b.WriteString(e.Text)
		last = e.Off
	}
	b.WriteString(val[last:])
	nv := b.String()
	if strings.HasPrefix(lit.Value, "`") && strconv.CanBackquote(nv) {
		return "`" + nv + "`", true
	}
	return strconv.Quote(nv), true
}
