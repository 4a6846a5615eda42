package model

import "strings"

// IsStreamID reports whether s is what XREAD and XREADGROUP take as the ID
// of a stream after its keys: ">" (new messages of the group), "$" (new
// messages), "+" (the last entry, Redis 7.4), or an entry ID, ms or
// ms-seq in decimal. A key could be spelled so too; the callers read IDs
// where the command's arity puts them, and take this as the evidence.
func IsStreamID(s string) bool {
	switch s {
	case ">", "$", "+":
		return true
	}
	ms, seq, dash := strings.Cut(s, "-")
	return decimal(ms) && (!dash || decimal(seq))
}

func decimal(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
