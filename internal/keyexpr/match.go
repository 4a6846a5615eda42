package keyexpr

import "strings"

// globChars are the bytes that start a wildcard or escape in a KEYS or
// SCAN MATCH pattern (Redis' stringmatchlen: *, ?, [ and \).
const globChars = "*?[\\"

// MatchTag reads k as a KEYS or SCAN MATCH pattern. It returns the
// beginning that every key the pattern matches starts with (the pattern up
// to its first wildcard or escape in constant bytes) when that beginning
// holds the hash tag Redis reads in each such key: a '{' in constant bytes
// with nothing before it that could hold braces (formatted integers
// only), then a constant byte other than '}' or a value, then a '}' in
// constant bytes. Every key the pattern matches is then in the slot of the
// beginning, which Compare compares with other keys: "{user:1}:*",
// m.prefix + fmt.Sprintf("c%d_*", inode) when m.prefix is "{%d}". As
// Compare does, it assumes that the values inside the tag hold no braces
// and no wildcards.
func (k Key) MatchTag() (Key, bool) {
	var head []Part
	for _, p := range k.Parts {
		if p.Value != nil {
			head = append(head, p)
			continue
		}
		if i := strings.IndexAny(p.Const, globChars); i >= 0 {
			if i > 0 {
				q := p
				q.Const = p.Const[:i]
				if q.Lit != nil {
					q.LitEnd = q.LitOff + i
				}
				head = append(head, q)
			}
			break
		}
		head = append(head, p)
	}
	us := units(head)
	open := -1
	for i, u := range us {
		if u.v != nil {
			if !u.v.Decimal {
				return Key{}, false // a value that may hold a '{' of its own
			}
			continue
		}
		if u.b == '{' {
			open = i
			break
		}
	}
	if open < 0 || open+1 >= len(us) {
		return Key{}, false
	}
	if first := us[open+1]; first.v == nil && first.b == '}' {
		return Key{}, false // "{}": no tag, Redis hashes the whole key
	}
	for _, u := range us[open+1:] {
		if u.v == nil && u.b == '}' {
			return Key{Expr: k.Expr, Parts: head, Loop: k.Loop, Assume: k.Assume}, true
		}
	}
	return Key{}, false
}
