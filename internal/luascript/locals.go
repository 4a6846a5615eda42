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
