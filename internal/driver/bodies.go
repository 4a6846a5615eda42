package driver

import "bytes"

// blankBodies returns a copy of src with the inside of every function body at the
// top level of the file turned into spaces (newlines kept, so every offset,
// line and column after it is the same), or src itself when it cannot say
// where the bodies are. A body at the top level is that of a function
// declaration, or of a function literal outside any bracket (var f =
// func() {…}). The parser then spends nothing on the statements of a
// package that is only type-checked for its declarations (a dependency
// read from source on a cold build cache, whose bodies the type checker
// ignores): on a 2,000-file service, half of the parsing.
//
// It reads the bytes with a lexer that knows only what can hide a brace or
// a newline (comments, strings, runes, raw strings), the brackets, and
// where Go inserts a semicolon. A func keyword outside brackets starts a
// signature with a body when it starts a declaration or follows = or , (a
// value): elsewhere it is a type (type F func(); []func(){…}). The
// signature ends at a newline outside its brackets after a token that ends
// a statement, and its body is the first brace outside them that does not
// open an interface or struct type. A
// file with a line directive is left alone: one inside a body would move
// the positions of everything after it.
func blankBodies(src []byte) ([]byte, bool) {
	if bytes.Contains(src, []byte("//line ")) || bytes.Contains(src, []byte("/*line ")) {
		return nil, false
	}
	var (
		out      []byte // a copy of src, made at the first body
		depth    int    // open brackets of any kind
		inSig    bool   // between a top-level func keyword and its body
		semi     bool   // a newline here ends a statement
		lastWord string // the last identifier or keyword, if the last token was one
		start    = true // a func keyword here starts a declaration or a value
	)
	for i := 0; i < len(src); {
		c := src[i]
		switch {
		case c == '\n':
			if semi {
				if inSig && depth == 0 {
					inSig = false
				}
				start = depth == 0
			}
			semi = false
			i++
			continue
		case c == ' ' || c == '\t' || c == '\r':
			i++
			continue
		case c == '/' && i+1 < len(src) && src[i+1] == '/':
			end := bytes.IndexByte(src[i:], '\n')
			if end < 0 {
				i = len(src)
			} else {
				i += end // the newline is read next
			}
			continue
		case c == '/' && i+1 < len(src) && src[i+1] == '*':
			end := bytes.Index(src[i+2:], []byte("*/"))
			if end < 0 {
				return nil, false
			}
			comment := src[i : i+2+end+2]
			i += len(comment)
			if bytes.IndexByte(comment, '\n') >= 0 {
				// A comment with a newline is a newline.
				if semi {
					if inSig && depth == 0 {
						inSig = false
					}
					start = depth == 0
				}
				semi = false
			}
			continue
		case c == '"' || c == '\'' || c == '`':
			end := skipQuoted(src, i)
			if end < 0 {
				return nil, false
			}
			i = end
			semi, lastWord, start = true, "", false
			continue
		case isWordByte(c):
			j := i
			for j < len(src) && isWordByte(src[j]) {
				j++
			}
			word := string(src[i:j])
			i = j
			if word == "func" && depth == 0 && start && !inSig {
				inSig = true
			}
			start = false
			switch word {
			case "break", "continue", "fallthrough", "return":
				semi = true
			case "func", "interface", "struct", "map", "chan", "var", "const", "type", "import", "package",
				"if", "else", "for", "switch", "case", "default", "select", "go", "defer", "goto", "range":
				semi = false
			default:
				semi = true // an identifier, or a number
			}
			lastWord = word
			continue
		case c == '(' || c == '[':
			depth++
			semi = false
		case c == ')' || c == ']':
			depth--
			semi = true
		case c == '{':
			if inSig && depth == 0 && lastWord != "interface" && lastWord != "struct" {
				end := matchBrace(src, i)
				if end < 0 {
					return nil, false
				}
				if out == nil {
					out = bytes.Clone(src)
				}
				for k := i + 1; k < end; k++ {
					if out[k] != '\n' {
						out[k] = ' '
					}
				}
				i = end + 1
				inSig, semi, lastWord, start = false, true, "", false
				continue
			}
			depth++
			semi = false
		case c == '}':
			depth--
			semi = true
		case c == ';':
			if inSig && depth == 0 {
				inSig = false
			}
			semi = false
			lastWord, start = "", depth == 0
			i++
			continue
		case c == '=' || c == ',':
			// A value follows (var f = func() {…}; var a, b = …, func…).
			semi = false
			lastWord, start = "", depth == 0
			i++
			continue
		case c == '+' || c == '-':
			// ++ and -- end a statement; + and - do not.
			semi = i+1 < len(src) && src[i+1] == c
			if semi {
				i++
			}
		default:
			semi = false
		}
		lastWord, start = "", false
		if depth < 0 {
			return nil, false
		}
		i++
	}
	if depth != 0 || out == nil {
		return nil, false
	}
	return out, true
}

// isWordByte reports whether c can be part of an identifier, a keyword or
// a number (non-ASCII bytes are parts of letters: Go has no non-ASCII
// operator).
func isWordByte(c byte) bool {
	return c == '_' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c >= 0x80
}

// skipQuoted returns the offset just after the string, rune or raw string
// that starts at src[i], or -1 if it does not end (or an interpreted one
// reaches a newline).
func skipQuoted(src []byte, i int) int {
	q := src[i]
	if q == '`' {
		end := bytes.IndexByte(src[i+1:], '`')
		if end < 0 {
			return -1
		}
		return i + 1 + end + 1
	}
	for j := i + 1; j < len(src); j++ {
		switch src[j] {
		case '\\':
			j++
		case '\n':
			return -1
		case q:
			return j + 1
		}
	}
	return -1
}

// matchBrace returns the offset of the brace that closes the one at
// src[open], or -1.
func matchBrace(src []byte, open int) int {
	depth := 0
	for i := open; i < len(src); {
		switch c := src[i]; {
		case c == '{':
			depth++
		case c == '}':
			if depth--; depth == 0 {
				return i
			}
		case c == '/' && i+1 < len(src) && src[i+1] == '/':
			end := bytes.IndexByte(src[i:], '\n')
			if end < 0 {
				return -1
			}
			i += end
			continue
		case c == '/' && i+1 < len(src) && src[i+1] == '*':
			end := bytes.Index(src[i+2:], []byte("*/"))
			if end < 0 {
				return -1
			}
			i += 2 + end + 2
			continue
		case c == '"' || c == '\'' || c == '`':
			end := skipQuoted(src, i)
			if end < 0 {
				return -1
			}
			i = end
			continue
		}
		i++
	}
	return -1
}
