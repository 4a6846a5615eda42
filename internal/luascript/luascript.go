// Package luascript reads the Lua source of Redis scripts far enough to
// find the keys the script touches through redis.call / redis.pcall (and
// server.call / server.pcall), and whether each comes from KEYS.
//
// On a cluster, a script runs on the node that owns the slot of its
// declared keys (KEYS). A key the script builds itself ('user:' ..
// ARGV[1]), takes from ARGV, or writes as a literal may belong to another
// node: the script then fails there. This package reports such accesses; it
// stays silent on anything it cannot read (dynamic command names, keys in
// variables it cannot trace).
package luascript

import (
	"strings"
)

// Word is one argument of a redis.call, as source text.
type Word struct {
	// Text is the argument's source text, trimmed.
	Text string
	// Off is its byte offset in the script.
	Off int
	// Str is the value of a plain string literal argument; IsStr says
	// whether the argument is one.
	Str   string
	IsStr bool
}

// Access is one key argument of a redis.call that does not come from KEYS.
type Access struct {
	// Off is the offset of the key argument in the script source.
	Off int
	// Command is the Redis command name (upper case).
	Command string
	// Key is the key argument's source text.
	Key string
	// How says where the key comes from: "literal", "ARGV", "built".
	How string
}

// KeyIndexes returns which of a command's words are keys: words[0] is the
// command name. ok is false when that cannot be told.
type KeyIndexes func(words []Word) (idx []int, ok bool)

// UndeclaredKeys returns the key arguments of the script's redis.call /
// redis.pcall calls that provably do not come from KEYS.
func UndeclaredKeys(src string, keyIdx KeyIndexes) []Access {
	toks := lex(src)
	fromKeys := keyVars(toks)
	var out []Access
	for i := 0; i+2 < len(toks); i++ {
		t := toks[i]
		if t.kind != tIdent || (t.text != "redis" && t.text != "server") {
			continue
		}
		if toks[i+1].text != "." || toks[i+2].kind != tIdent || (toks[i+2].text != "call" && toks[i+2].text != "pcall") {
			continue
		}
		j := i + 3
		if j >= len(toks) || toks[j].text != "(" {
			continue
		}
		args, end := splitArgs(toks, j, src)
		i = end
		if len(args) == 0 || !args[0].IsStr {
			continue // dynamic command name
		}
		idx, ok := keyIdx(args)
		if !ok {
			continue
		}
		for _, k := range idx {
			if k <= 0 || k >= len(args) {
				continue
			}
			a := args[k]
			how := classify(a, fromKeys)
			if how == "" {
				continue
			}
			out = append(out, Access{Off: a.Off, Command: strings.ToUpper(args[0].Str), Key: a.Text, How: how})
		}
	}
	return out
}

// classify says where a key argument comes from when it is provably not
// KEYS: "literal", "ARGV" or "built"; "" when it is KEYS or unknown.
func classify(w Word, fromKeys map[string]bool) string {
	text := w.Text
	switch {
	case w.IsStr:
		return "literal"
	case isIndex(text, "KEYS"):
		return ""
	case isIndex(text, "ARGV"):
		return "ARGV"
	case strings.Contains(text, ".."):
		return "built"
	case isIdent(text) && fromKeys[text]:
		return ""
	}
	return ""
}

// isIndex reports whether text is NAME[ … ] and nothing else.
func isIndex(text, name string) bool {
	rest, ok := strings.CutPrefix(text, name)
	if !ok {
		return false
	}
	rest = strings.TrimSpace(rest)
	if !strings.HasPrefix(rest, "[") || !strings.HasSuffix(rest, "]") {
		return false
	}
	depth := 0
	for i := 0; i < len(rest); i++ {
		switch rest[i] {
		case '[':
			depth++
		case ']':
			depth--
			if depth == 0 && i != len(rest)-1 {
				return false
			}
		}
	}
	return true
}

func isIdent(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || i > 0 && c >= '0' && c <= '9') {
			return false
		}
	}
	return true
}

// keyVars returns the local variables assigned only from KEYS[…]: `local k
// = KEYS[1]`. A variable assigned anything else anywhere is left out.
func keyVars(toks []token) map[string]bool {
	good := map[string]bool{}
	bad := map[string]bool{}
	for i := 0; i+1 < len(toks); i++ {
		if toks[i].kind != tIdent || toks[i+1].text != "=" {
			continue
		}
		if i > 0 && (toks[i-1].text == "." || toks[i-1].text == ",") {
			continue
		}
		name := toks[i].text
		// The value: up to the end of the expression (a new line's
		// statement is not tracked; take tokens while they form KEYS[…]).
		j := i + 2
		if j+3 < len(toks)+1 && j < len(toks) && toks[j].text == "KEYS" && j+1 < len(toks) && toks[j+1].text == "[" {
			depth := 0
			k := j + 1
			for ; k < len(toks); k++ {
				if toks[k].text == "[" {
					depth++
				}
				if toks[k].text == "]" {
					depth--
					if depth == 0 {
						break
					}
				}
			}
			if k+1 < len(toks) && (toks[k+1].text == ".." || toks[k+1].text == "[" || toks[k+1].text == ".") {
				bad[name] = true
				continue
			}
			good[name] = true
			continue
		}
		bad[name] = true
	}
	for n := range bad {
		delete(good, n)
	}
	return good
}

// splitArgs splits the arguments of the call whose '(' is toks[open],
// returning them and the index of the closing ')'.
func splitArgs(toks []token, open int, src string) ([]Word, int) {
	depth := 0
	var args []Word
	start := -1
	flush := func(end int) {
		if start < 0 || start > end {
			return
		}
		from, to := toks[start].off, toks[end].off+len(toks[end].raw)
		w := Word{Text: strings.TrimSpace(src[from:to]), Off: from}
		if start == end && toks[start].kind == tString {
			w.Str, w.IsStr = toks[start].text, true
		}
		args = append(args, w)
	}
	for i := open; i < len(toks); i++ {
		switch toks[i].text {
		case "(", "[", "{":
			depth++
			if depth == 1 {
				start = i + 1
				continue
			}
		case ")", "]", "}":
			depth--
			if depth == 0 {
				if i > start {
					flush(i - 1)
				}
				return args, i
			}
		case ",":
			if depth == 1 {
				flush(i - 1)
				start = i + 1
				continue
			}
		}
	}
	return nil, len(toks)
}

type tokKind uint8

const (
	tOther tokKind = iota
	tIdent
	tString
	tNumber
)

type token struct {
	kind tokKind
	text string // the value of a string; the source otherwise
	raw  string // the source
	off  int
}

// lex splits Lua source into tokens, skipping comments and keeping the
// values of short and long strings. Malformed input ends the token list.
func lex(src string) []token {
	var toks []token
	i := 0
	for i < len(src) {
		c := src[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v':
			i++
		case strings.HasPrefix(src[i:], "--"):
			if n, ok := longBracket(src[i+2:]); ok {
				end := strings.Index(src[i+2+n:], "]"+strings.Repeat("=", n-2)+"]")
				if end < 0 {
					return toks
				}
				i += 2 + n + end + n
				continue
			}
			nl := strings.IndexByte(src[i:], '\n')
			if nl < 0 {
				return toks
			}
			i += nl + 1
		case c == '"' || c == '\'':
			val, n, ok := shortString(src[i:])
			if !ok {
				return toks
			}
			toks = append(toks, token{kind: tString, text: val, raw: src[i : i+n], off: i})
			i += n
		case c == '[':
			if n, ok := longBracket(src[i:]); ok {
				closer := "]" + strings.Repeat("=", n-2) + "]"
				end := strings.Index(src[i+n:], closer)
				if end < 0 {
					return toks
				}
				val := src[i+n : i+n+end]
				val = strings.TrimPrefix(val, "\n")
				toks = append(toks, token{kind: tString, text: val, raw: src[i : i+n+end+len(closer)], off: i})
				i += n + end + len(closer)
				continue
			}
			toks = append(toks, token{text: "[", raw: "[", off: i})
			i++
		case c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
			j := i
			for j < len(src) && (src[j] == '_' || src[j] >= 'a' && src[j] <= 'z' || src[j] >= 'A' && src[j] <= 'Z' || src[j] >= '0' && src[j] <= '9') {
				j++
			}
			toks = append(toks, token{kind: tIdent, text: src[i:j], raw: src[i:j], off: i})
			i = j
		case c >= '0' && c <= '9':
			j := i
			for j < len(src) && (src[j] >= '0' && src[j] <= '9' || src[j] == '.' || src[j] == 'x' || src[j] >= 'a' && src[j] <= 'f' || src[j] >= 'A' && src[j] <= 'F') {
				if src[j] == '.' && j+1 < len(src) && src[j+1] == '.' {
					break
				}
				j++
			}
			toks = append(toks, token{kind: tNumber, text: src[i:j], raw: src[i:j], off: i})
			i = j
		default:
			n := 1
			for _, op := range []string{"...", "..", "==", "~=", "<=", ">=", "::"} {
				if strings.HasPrefix(src[i:], op) {
					n = len(op)
					break
				}
			}
			toks = append(toks, token{text: src[i : i+n], raw: src[i : i+n], off: i})
			i += n
		}
	}
	return toks
}

// longBracket reports whether s starts with a long bracket [[ or [=*[ and
// returns its length.
func longBracket(s string) (int, bool) {
	if !strings.HasPrefix(s, "[") {
		return 0, false
	}
	j := 1
	for j < len(s) && s[j] == '=' {
		j++
	}
	if j < len(s) && s[j] == '[' {
		return j + 1, true
	}
	return 0, false
}

// shortString reads a quoted Lua string at the start of s, returning its
// value and length.
func shortString(s string) (string, int, bool) {
	q := s[0]
	var b strings.Builder
	for i := 1; i < len(s); i++ {
		c := s[i]
		switch {
		case c == q:
			return b.String(), i + 1, true
		case c == '\n':
			return "", 0, false
		case c == '\\' && i+1 < len(s):
			i++
			switch e := s[i]; e {
			case 'n':
				b.WriteByte('\n')
			case 't':
				b.WriteByte('\t')
			case 'r':
				b.WriteByte('\r')
			case '\\', '"', '\'':
				b.WriteByte(e)
			default:
				// Escapes we do not decode make the value unknown for
				// our purposes, but the token still ends where it ends.
				b.WriteByte('\\')
				b.WriteByte(e)
			}
		default:
			b.WriteByte(c)
		}
	}
	return "", 0, false
}
