// Package splitutil is a program's own string helpers, in a package of its
// own (as gstr is gogf's).
package splitutil

import "strings"

// SplitAndTrim splits s at sep and trims each part.
func SplitAndTrim(s, sep string) []string {
	var out []string
	for _, p := range strings.Split(s, sep) {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}
