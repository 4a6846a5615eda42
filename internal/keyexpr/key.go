package keyexpr

// This file is the key template: Key, its Parts and Opaque values, and how
// a template is read (Const, Known) and shown (String, Pattern).

import (
	"go/ast"
	"go/token"
	"go/types"
	"strconv"
	"strings"
)

// Part is one piece of a key template: constant bytes, or an opaque value.
type Part struct {
	// Const holds the bytes of a constant part (when Value is nil).
	Const string
	// Lit is the string literal these constant bytes were written in, and
	// LitOff the offset of Const in the literal's value, so that a fix can
	// edit the literal. Lit is nil when the bytes cannot be traced to one
	// literal whose value maps byte for byte onto them.
	Lit    *ast.BasicLit
	LitOff int
	// LitEnd is the offset in Lit's value just after the part. For an
	// opaque part that a format verb produced (fmt.Sprintf), Lit is the
	// format literal and LitOff, LitEnd the verb's place in it; for the "%"
	// that a "%%" produced, the place of the "%%".
	LitEnd int
	// Value is the opaque value of a non-constant part.
	Value *Opaque
}

// Opaque is a value the evaluator cannot see.
type Opaque struct {
	// ID identifies the value: parts with equal IDs hold the same bytes.
	// Every occurrence of a value that may change gets an ID of its own.
	ID string
	// Text is how the value is written in the source, for messages.
	Text string
	// Decimal: the value is a formatted integer (strconv.Itoa, %d): it is
	// never empty and never contains '{' or '}'.
	Decimal bool
	// Computed: the value is what a call of a function the evaluator
	// cannot read returned (a key builder with several shapes, one that
	// writes a strings.Builder): likely a whole key, which may carry a
	// hash tag of its own.
	Computed bool
	// Default, when not nil, is the value a struct tag gives the field
	// this part reads when the configuration leaves it out (defaults.go):
	// one value it may hold, not its value.
	Default *Default

	// obj and path say which stable value the part is (obj, or the field
	// path of obj), verb the format verb it was printed with ("" for its
	// own bytes); pos is where obj is declared, or where the expression is
	// when the value has no identity. Builder summaries read them.
	obj   types.Object
	path  string
	ptext string // path as it is written, for messages
	verb  string
	pos   token.Pos
	// inner: a value inside a receiver field's write, with other parts
	// around it (BPart.Inner).
	inner bool
}

// Key is what is known of one key expression.
type Key struct {
	Expr  ast.Expr
	Parts []Part
	// Loop, when not nil, is the loop that makes this key once per
	// iteration (appended to a slice, or queued in a transaction): the key
	// stands for every one of them, and its values differ between them.
	Loop ast.Node
	// Assume are the writes this value of the key rests on, when it is
	// one of several (EvalAlts) or is in its slice only on some paths:
	// compare it only with keys it is Compatible with.
	Assume []Assumption
	// Each is set for a key one iteration of a loop over a constant list
	// makes (EvalEach): its expression is the loop's, its parts that
	// iteration's.
	Each bool
}

// Const returns the key's value when it is fully constant.
func (k Key) Const() (string, bool) {
	var b strings.Builder
	for _, p := range k.Parts {
		if p.Value != nil {
			return "", false
		}
		b.WriteString(p.Const)
	}
	return b.String(), true
}

// Known reports whether any part of the key is constant.
func (k Key) Known() bool {
	for _, p := range k.Parts {
		if p.Value == nil && p.Const != "" {
			return true
		}
	}
	return false
}

// String renders the template as a Go-like string for messages: constants
// quoted, opaque values as %v placeholders named after their source, e.g.
// "user:{id}:profile" is shown as "user:" + id + ":profile".
func (k Key) String() string {
	if s, ok := k.Const(); ok {
		return strconv.Quote(s)
	}
	var b strings.Builder
	for i, p := range k.Parts {
		if i > 0 {
			b.WriteString(" + ")
		}
		if p.Value != nil {
			b.WriteString(p.Value.Text)
		} else {
			b.WriteString(strconv.Quote(p.Const))
		}
	}
	return b.String()
}

// Joined is String with adjacent constants joined: "user:" + id +
// ":name" for "user:" + id + ":" + f with f = "name".
func (k Key) Joined() string {
	return Key{Parts: k.merged()}.String()
}

// merged returns the parts with adjacent constant parts joined, for
// reasoning (literal origins are dropped where two constants meet).
func (k Key) merged() []Part {
	var out []Part
	for _, p := range k.Parts {
		if p.Value == nil && p.Const == "" {
			continue
		}
		if n := len(out); n > 0 && p.Value == nil && out[n-1].Value == nil {
			out[n-1] = Part{Const: out[n-1].Const + p.Const}
			continue
		}
		out = append(out, p)
	}
	return out
}

// Pattern renders the template as a format: constant bytes as they are,
// each opaque value as the verb it is printed with (%d for a formatted
// integer, %s for a string's own bytes), quoted: "user:%d:a".
func (k Key) Pattern() string {
	var b strings.Builder
	for _, p := range k.Parts {
		switch {
		case p.Value == nil:
			b.WriteString(strings.ReplaceAll(p.Const, "%", "%%"))
		case p.Value.verb != "":
			b.WriteString("%" + p.Value.verb)
		case p.Value.Decimal:
			b.WriteString("%d")
		default:
			b.WriteString("%s")
		}
	}
	return strconv.Quote(b.String())
}
