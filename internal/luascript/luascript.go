// Package luascript reads the Lua source of Redis scripts far enough to
// find the keys the script touches through redis.call / redis.pcall (and
// server.call / server.pcall) that it writes itself instead of receiving
// them in KEYS.
//
// On a cluster, a script runs on the node that owns the slot of its
// declared keys (KEYS). A key the script builds itself ('user:' ..
// ARGV[1]), takes from ARGV, or writes as a literal may belong to another
// node: the script then fails there. This package reports such accesses; it
// stays silent on anything it cannot read (dynamic command names, keys in
// variables it cannot trace). ModeOf tells from a script's shebang line
// whether Redis also holds it to the slot of its first key.
package luascript

import (
	"strings"
)

// Mode is how a Redis 7 cluster node checks the keys a script touches,
// as its shebang line sets it (redis-server 7.0.15, src/script.c
// scriptVerifyClusterState and src/eval.c evalExtractShebangFlags;
// measured on a 3-master cluster):
//
//   - a script without a shebang (compatibility mode) may touch keys of
//     any slot its node serves: EVAL with KEYS[1] in slot 3403 that GETs
//     a key of slot 3586 on the same node succeeds, and fails with
//     "Script attempted to access a non local key in a cluster node" when
//     the key's slot is served by another node;
//   - a script starting with "#!lua" (whatever other flags it gives) may
//     touch keys of one slot only, the slot of its KEYS or else of the first
//     key it touches: the same call fails with "Script attempted to access
//     keys that do not hash to the same slot";
//   - "#!lua flags=allow-cross-slot-keys" lifts that: like compatibility
//     mode, only the node counts.
//
// Functions (FUNCTION LOAD, FCALL) follow the shebang rule, with
// allow-cross-slot-keys given to redis.register_function.
type Mode uint8

const (
	// ModeNode: only the node counts (no shebang, or
	// allow-cross-slot-keys).
	ModeNode Mode = iota
	// ModeSlot: every key must be in one slot.
	ModeSlot
	// ModeOther: the script does not run on a cluster for other reasons
	// (a shebang Redis refuses, or the no-cluster flag).
	ModeOther
)

// ModeOf reads the shebang line of a script source as Redis 7.0 does.
func ModeOf(src string) Mode {
	if !strings.HasPrefix(src, "#!") {
		return ModeNode
	}
	line, _, ok := strings.Cut(src, "\n")
	if !ok || strings.ContainsAny(line, `"'`) {
		return ModeOther // "Invalid script shebang"; quoting not read
	}
	parts := strings.Fields(line)
	if len(parts) == 0 || parts[0] != "#!lua" {
		return ModeOther // "Unexpected engine in script shebang"
	}
	mode := ModeSlot
	for _, p := range parts[1:] {
		list, ok := strings.CutPrefix(p, "flags=")
		if !ok {
			return ModeOther // "Unknown lua shebang option"
		}
		if list == "" {
			continue
		}
		for _, f := range strings.Split(list, ",") {
			switch f {
			case "no-writes", "allow-oom", "allow-stale":
			case "allow-cross-slot-keys":
				mode = ModeNode
			default:
				return ModeOther // no-cluster, or "Unexpected flag in script shebang"
			}
		}
	}
	return mode
}

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

// Access is one key argument of a redis.call that does not come from KEYS
// and does not start with a value the caller passes (ARGV, a variable):
// such a value may carry the caller's hash tag, as in ARGV[1] .. id with
// ARGV[1] = "queue:{q}:", and is left alone.
type Access struct {
	// Off is the offset of the key argument in the script source.
	Off int
	// Command is the Redis command name (upper case).
	Command string
	// Key is the key argument's source text.
	Key string
	// Literal: the key is a string literal, whose value is Prefix.
	// Otherwise the key is built by concatenation and starts with the
	// string literal Prefix.
	Literal bool
	Prefix  string
	// Reply: the key is an element of a reply of another redis.call
	// (for _, k in ipairs(redis.call('ZRANGE', KEYS[1], 0, -1))), named
	// by the command ReplyOf: keys the script never declared.
	Reply   bool
	ReplyOf string
	// PCall: the access is a redis.pcall, whose error the script gets as
	// a value: it fails only if the script returns or raises it.
	PCall bool
}

// Derived is a key the script builds from one of its KEYS by appending to
// it (KEYS[1] .. ':lock'): in the slot of KEYS[Index] only when that key
// carries a hash tag.
type Derived struct {
	Off     int
	Command string
	Key     string
	// Index is the KEYS index (1-based), Suffix the appended string
	// literal when the rest is one ("" and Known false otherwise).
	Index       int
	Suffix      string
	SuffixKnown bool
	// PCall: as in Access.
	PCall bool
	// Argv: the key is built from ARGV[Index], not KEYS[Index] (a prefix
	// the caller passes as an argument: ARGV[1] .. '_g_' .. gid).
	Argv bool
}

// KeyIndexes returns which of a command's words are keys: words[0] is the
// command name. ok is false when that cannot be told.
type KeyIndexes func(words []Word) (idx []int, ok bool)

// UndeclaredKeys returns the key arguments of the script's redis.call /
// redis.pcall calls that the script writes itself: string literals, and
// concatenations that start with one. Keys from KEYS, from ARGV or from
// variables are not returned: they may carry the caller's hash tag.
func UndeclaredKeys(src string, keyIdx KeyIndexes) []Access {
	acc, _ := Keys(src, keyIdx)
	return acc
}

// Keys returns the undeclared key accesses of UndeclaredKeys, with those
// whose key is a reply element, and the keys derived from KEYS by
// concatenation.
func Keys(src string, keyIdx KeyIndexes) ([]Access, []Derived) {
	toks := lex(src)
	replies := replyVars(toks, src)
	locals := localExprs(toks, src)
	funcs := keyFuncs(toks)
	var derived []Derived
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
		pcall := toks[i+2].text == "pcall"
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
			if w, ok := locals[a.Text]; ok {
				a = w // local k = KEYS[1] .. ':lock'; redis.call('SET', k, …)
			}
			cmd := strings.ToUpper(args[0].Str)
			// Locals at the head of a concatenation (local lk = KEYS[1];
			// local ck = lk .. ':count:' .. ARGV[1]) are read as their
			// values; the key keeps its own text for messages.
			x := expandLocals(a, locals)
			if taggedByKeys(x) {
				continue // '{' .. KEYS[1] .. '}' .. …: in the slot of KEYS[1]
			}
			if x.Text != a.Text {
				if d, ok := derivedKey(x); ok {
					d.Off, d.Key = a.Off, a.Text
					d.Command, d.PCall = cmd, pcall
					derived = append(derived, d)
					continue
				}
			}
			if d, ok := argvKey(x); ok {
				d.Off, d.Key = a.Off, a.Text
				d.Command, d.PCall = cmd, pcall
				derived = append(derived, d)
				continue
			}
			if acc, ok := undeclared(a); ok {
				acc.Command, acc.PCall = cmd, pcall
				out = append(out, acc)
				continue
			}
			if of, ok := replies[a.Text]; ok {
				out = append(out, Access{Off: a.Off, Command: cmd, Key: a.Text, Reply: true, ReplyOf: of, PCall: pcall})
				continue
			}
			if d, ok := derivedKey(a); ok {
				d.Command, d.PCall = cmd, pcall
				derived = append(derived, d)
			} else if d, ok := formatDerived(a); ok {
				d.Command, d.PCall = cmd, pcall
				derived = append(derived, d)
			} else if d, ok := helperDerived(a, funcs); ok {
				d.Command, d.PCall = cmd, pcall
				derived = append(derived, d)
			}
		}
	}
	return out, derived
}

// replyVars returns the loop variables that run over the reply of a
// redis.call, with that call's command: for _, k in ipairs(redis.call('ZRANGE', …)) do,
// also through a local assigned once (local ks = redis.call(…); for _, k in ipairs(ks)).
// A name assigned anywhere else is left out.
func replyVars(toks []token, src string) map[string]string {
	calls := map[string]string{} // local name -> command of its redis.call
	assigned := map[string]int{}
	for i, t := range toks {
		if t.kind == tIdent && i+1 < len(toks) && toks[i+1].text == "=" && (i+2 >= len(toks) || toks[i+2].text != "=") {
			assigned[t.text]++
		}
	}
	// callAt returns the command of a redis.call starting at toks[i], and
	// the index of its closing ')'.
	callAt := func(i int) (string, int, bool) {
		if i+3 >= len(toks) || toks[i].kind != tIdent || (toks[i].text != "redis" && toks[i].text != "server") ||
			toks[i+1].text != "." || (toks[i+2].text != "call" && toks[i+2].text != "pcall") || toks[i+3].text != "(" {
			return "", 0, false
		}
		args, end := splitArgs(toks, i+3, src)
		if len(args) == 0 || !args[0].IsStr {
			return "", 0, false
		}
		return strings.ToUpper(args[0].Str), end, true
	}
	for i := 0; i+3 < len(toks); i++ {
		if toks[i].text == "local" && toks[i+1].kind == tIdent && toks[i+2].text == "=" {
			if cmd, _, ok := callAt(i + 3); ok && assigned[toks[i+1].text] == 1 {
				calls[toks[i+1].text] = cmd
			}
		}
	}
	out := map[string]string{}
	for i := 0; i < len(toks); i++ {
		if toks[i].text != "for" {
			continue
		}
		j := i + 1
		var names []string
		for j < len(toks) && toks[j].kind == tIdent && toks[j].text != "in" {
			names = append(names, toks[j].text)
			j++
			if j < len(toks) && toks[j].text == "," {
				j++
			}
		}
		if len(names) == 0 || j+2 >= len(toks) || toks[j].text != "in" {
			continue
		}
		it := toks[j+1].text
		if (it != "ipairs" && it != "pairs") || toks[j+2].text != "(" {
			continue
		}
		name := names[len(names)-1]
		if assigned[name] > 0 {
			continue
		}
		if cmd, _, ok := callAt(j + 3); ok {
			out[name] = cmd
		} else if j+4 < len(toks) && toks[j+4].text == ")" {
			if cmd, ok := calls[toks[j+3].text]; ok {
				out[name] = cmd
			}
		}
	}
	return out
}

// derivedKey reads KEYS[n] .. 'suffix' (or any other rest).
func derivedKey(w Word) (Derived, bool) {
	return derivedFrom(w, "KEYS")
}

// argvKey reads ARGV[n] .. 'suffix' (or any other rest): a key the script
// builds from a prefix its caller passes as an argument.
func argvKey(w Word) (Derived, bool) {
	d, ok := derivedFrom(w, "ARGV")
	d.Argv = true
	return d, ok
}

func derivedFrom(w Word, table string) (Derived, bool) {
	ts := lex(w.Text)
	if len(ts) < 6 || ts[0].text != table || ts[1].text != "[" || ts[2].kind != tNumber || ts[3].text != "]" || ts[4].text != ".." {
		return Derived{}, false
	}
	n := 0
	for _, c := range ts[2].text {
		if c < '0' || c > '9' || n > 1<<16 {
			return Derived{}, false
		}
		n = n*10 + int(c-'0')
	}
	d := Derived{Off: w.Off, Key: w.Text, Index: n}
	if len(ts) == 6 && ts[5].kind == tString {
		d.Suffix, d.SuffixKnown = ts[5].text, true
	}
	return d, n > 0
}

// undeclared returns the Access for a key argument that provably does not
// come from KEYS and starts with a string literal of the script.
func undeclared(w Word) (Access, bool) {
	if w.IsStr {
		return Access{Off: w.Off, Key: w.Text, Literal: true, Prefix: w.Str}, true
	}
	if !strings.Contains(w.Text, "..") {
		return Access{}, false
	}
	first := lex(w.Text)
	if len(first) < 2 || first[0].kind != tString || first[1].text != ".." {
		return Access{}, false
	}
	return Access{Off: w.Off, Key: w.Text, Prefix: first[0].text}, true
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
	if strings.HasPrefix(src, "#!") {
		// A shebang line, which Redis strips before Lua reads the script.
		i = strings.IndexByte(src, '\n')
		if i < 0 {
			return nil
		}
	}
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
