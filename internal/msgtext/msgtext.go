// Package msgtext shortens program text and keys for diagnostic messages,
// always at a rune boundary, so that a message is valid UTF-8 whatever the
// program holds (a key of 70 'é' once came out cut in the middle of one).
package msgtext

import (
	"go/types"
	"strconv"
	"unicode/utf8"
)

// Ellipsis marks text that was cut.
const Ellipsis = "..."

// Shorten returns s when it has at most max bytes, else its longest
// beginning that ends at a rune boundary and leaves room for Ellipsis,
// followed by Ellipsis.
func Shorten(s string, max int) string {
	if len(s) <= max {
		return s
	}
	n := max - len(Ellipsis)
	if n < 0 {
		n = 0
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n] + Ellipsis
}

// Quote returns s quoted as %q does when that takes at most max bytes;
// else the quoted form of the longest beginning of s whose quoted form,
// with Ellipsis before the closing quote, fits in max. The cut falls
// between runes (an invalid byte counts as one), never inside a rune or an
// escape sequence.
func Quote(s string, max int) string {
	q := strconv.Quote(s)
	if len(q) <= max {
		return q
	}
	n := 0
	for n < len(s) {
		_, size := utf8.DecodeRuneInString(s[n:])
		if len(strconv.Quote(s[:n+size]))+len(Ellipsis) > max {
			break
		}
		n += size
	}
	q = strconv.Quote(s[:n])
	return q[:len(q)-1] + Ellipsis + `"`
}

// FuncName names a function or method for messages: pkg.F or (*pkg.T).M,
// packages by their names.
func FuncName(fn *types.Func) string {
	qual := func(p *types.Package) string { return p.Name() }
	if sig, ok := fn.Type().(*types.Signature); ok && sig.Recv() != nil {
		return "(" + types.TypeString(sig.Recv().Type(), qual) + ")." + fn.Name()
	}
	if fn.Pkg() == nil {
		return fn.Name()
	}
	return fn.Pkg().Name() + "." + fn.Name()
}
