package luascript

import "strings"

// localExprs returns, for each local the script declares once with one
// value on one line (local k = KEYS[1] .. ':lock') and never assigns
// again, the Word of that value: a key argument naming the local is read
// as the value.
func localExprs(toks []token, src string) map[string]Word {
	assigned := map[string]int{}
	for i, t := range toks {
		if t.kind == tIdent && i+1 < len(toks) && toks[i+1].text == "=" && (i+2 >= len(toks) || toks[i+2].text != "=") {
			assigned[t.text]++
		}
	}
	out := map[string]Word{}
	for i := 0; i+3 < len(toks); i++ {
		if toks[i].text != "local" || toks[i+1].kind != tIdent || toks[i+2].text != "=" || assigned[toks[i+1].text] != 1 {
			continue
		}
		start := toks[i+3].off
		end := len(src)
		if nl := strings.IndexByte(src[start:], '\n'); nl >= 0 {
			end = start + nl
		}
		if semi := strings.IndexByte(src[start:end], ';'); semi >= 0 {
			end = start + semi
		}
		text := strings.TrimSpace(stripComment(src[start:end]))
		if text == "" {
			continue
		}
		w := Word{Text: text, Off: start}
		if ts := lex(text); len(ts) == 1 && ts[0].kind == tString {
			w.Str, w.IsStr = ts[0].text, true
		}
		out[toks[i+1].text] = w
	}
	return out
}

// stripComment cuts a trailing -- comment off one line of Lua (outside
// strings, which a key expression on one line rarely holds with "--").
func stripComment(line string) string {
	inStr := byte(0)
	for i := 0; i < len(line); i++ {
		c := line[i]
		switch {
		case inStr != 0:
			if c == '\\' {
				i++
			} else if c == inStr {
				inStr = 0
			}
		case c == '"' || c == '\'':
			inStr = c
		case c == '-' && i+1 < len(line) && line[i+1] == '-':
			return line[:i]
		}
	}
	return line
}

// formatDerived reads string.format('%s:lock', KEYS[n]): the KEYS[n] key
// with a constant suffix.
func formatDerived(w Word) (Derived, bool) {
	ts := lex(w.Text)
	// string . format ( 'fmt' , KEYS [ n ] )
	if len(ts) != 11 || ts[0].text != "string" || ts[1].text != "." || ts[2].text != "format" || ts[3].text != "(" ||
		ts[4].kind != tString || ts[5].text != "," || ts[6].text != "KEYS" || ts[7].text != "[" || ts[8].kind != tNumber || ts[9].text != "]" || ts[10].text != ")" {
		return Derived{}, false
	}
	f := ts[4].text
	if !strings.HasPrefix(f, "%s") || strings.Contains(f[2:], "%") {
		return Derived{}, false
	}
	n := 0
	for _, c := range ts[8].text {
		if c < '0' || c > '9' || n > 1<<16 {
			return Derived{}, false
		}
		n = n*10 + int(c-'0')
	}
	return Derived{Off: w.Off, Key: w.Text, Index: n, Suffix: f[2:], SuffixKnown: true}, n > 0
}

// keyFunc is a Lua helper that builds a key from its one parameter:
// local function lockKey(k) return k .. ':lock' end.
type keyFunc struct {
	suffix string
}

// keyFuncs returns the script's helpers of the form [local] function
// NAME(p) return p .. 'suffix' end, by name (a name defined twice is left
// out).
func keyFuncs(toks []token) map[string]keyFunc {
	out := map[string]keyFunc{}
	seen := map[string]int{}
	for i := 0; i+10 < len(toks); i++ {
		if toks[i].text != "function" || toks[i+1].kind != tIdent {
			continue
		}
		name := toks[i+1].text
		seen[name]++
		// function NAME ( p ) return p .. 'suffix' end
		t := toks[i:]
		if t[2].text != "(" || t[3].kind != tIdent || t[4].text != ")" || t[5].text != "return" ||
			t[6].text != t[3].text || t[7].text != ".." || t[8].kind != tString || t[9].text != "end" {
			continue
		}
		out[name] = keyFunc{suffix: t[8].text}
	}
	for name, n := range seen {
		if n > 1 {
			delete(out, name)
		}
	}
	return out
}

// helperDerived reads NAME(KEYS[n]) of a keyFunc: the KEYS[n] key with the
// helper's suffix.
func helperDerived(w Word, funcs map[string]keyFunc) (Derived, bool) {
	ts := lex(w.Text)
	// NAME ( KEYS [ n ] )
	if len(ts) != 7 || ts[0].kind != tIdent || ts[1].text != "(" || ts[2].text != "KEYS" || ts[3].text != "[" || ts[4].kind != tNumber || ts[5].text != "]" || ts[6].text != ")" {
		return Derived{}, false
	}
	f, ok := funcs[ts[0].text]
	if !ok {
		return Derived{}, false
	}
	n := 0
	for _, c := range ts[4].text {
		if c < '0' || c > '9' || n > 1<<16 {
			return Derived{}, false
		}
		n = n*10 + int(c-'0')
	}
	return Derived{Off: w.Off, Key: w.Text, Index: n, Suffix: f.suffix, SuffixKnown: true}, n > 0
}

// expandLocals rewrites a key expression whose first term is a local of
// the script (count_key = lock_key .. ':count:' .. ARGV[1], with local
// lock_key = KEYS[1]) into the expression with that local's value in its
// place, repeatedly: KEYS[1] .. ':count:' .. ARGV[1]. The Word keeps its
// text and offset for messages; the result is for reading only.
func expandLocals(w Word, locals map[string]Word) Word {
	text := w.Text
	for range 8 {
		ts := lex(text)
		if len(ts) == 0 || ts[0].kind != tIdent {
			break
		}
		v, ok := locals[ts[0].text]
		if !ok || v.Text == text {
			break
		}
		rest := ""
		if len(ts) > 1 {
			rest = " " + text[ts[1].off:]
		}
		if len(ts) > 1 && ts[1].text != ".." {
			break // lock_key:sub(…), a call: not a concatenation
		}
		text = v.Text + rest
	}
	if text == w.Text {
		return w
	}
	out := Word{Text: text, Off: w.Off}
	if ts := lex(text); len(ts) == 1 && ts[0].kind == tString {
		out.Str, out.IsStr = ts[0].text, true
	}
	return out
}

// taggedByKeys reports whether a key expression puts one of the script's
// KEYS in a hash tag of its own: '{' .. KEYS[1] .. '}' .. ':count'. Such a
// key hashes as that KEYS element does (when the element holds no braces
// itself), so it is in the slot the script runs on.
func taggedByKeys(w Word) bool {
	ts := lex(w.Text)
	if len(ts) < 8 || ts[0].kind != tString || ts[0].text != "{" || ts[1].text != ".." ||
		ts[2].text != "KEYS" || ts[3].text != "[" || ts[4].kind != tNumber || ts[5].text != "]" || ts[6].text != ".." {
		return false
	}
	return ts[7].kind == tString && strings.HasPrefix(ts[7].text, "}")
}
