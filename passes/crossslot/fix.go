package crossslot

// This file is the suggested fix: a hash tag around the longest beginning
// the keys share.

import (
	"fmt"
	"go/ast"
	"go/token"
	"strings"

	"github.com/redislint/redislint/internal/keyexpr"
	"golang.org/x/tools/go/analysis"
)

// tagFix builds the hash-tag fix for a set of keys, when there is one.
func tagFix(pass *analysis.Pass, keys []key) (analysis.SuggestedFix, bool) {
	ks := make([]keyexpr.Key, len(keys))
	for i, k := range keys {
		ks[i] = k.Key
	}
	fixed, tag, edits, ok := keyexpr.TagFix(ks)
	if !ok {
		return analysis.SuggestedFix{}, false
	}
	files := map[*token.File]bool{}
	for _, f := range pass.Files {
		files[pass.Fset.File(f.Pos())] = true
	}
	byLit := map[*ast.BasicLit][]keyexpr.Edit{}
	var lits []*ast.BasicLit
	for _, e := range edits {
		if !files[pass.Fset.File(e.Lit.Pos())] {
			// A literal in another package cannot be edited from here.
			return analysis.SuggestedFix{}, false
		}
		if _, ok := byLit[e.Lit]; !ok {
			lits = append(lits, e.Lit)
		}
		byLit[e.Lit] = append(byLit[e.Lit], e)
	}
	var tes []analysis.TextEdit
	consts := false
	for _, lit := range lits {
		text, ok := keyexpr.LiteralText(lit, byLit[lit])
		if !ok {
			return analysis.SuggestedFix{}, false
		}
		tes = append(tes, analysis.TextEdit{Pos: lit.Pos(), End: lit.End(), NewText: []byte(text)})
		if !inCall(lit, keys) {
			consts = true
		}
	}
	var shown []string
	seen := map[string]bool{}
	for _, k := range fixed {
		d := k.String()
		if s, ok := k.Const(); ok {
			d = quote(s)
		}
		if !seen[d] {
			seen[d] = true
			shown = append(shown, d)
		}
	}
	msg := fmt.Sprintf("Put the keys in hash tag {%s}: %s", tag, strings.Join(shown, ", "))
	if consts {
		msg += " (edits the constants' declarations)"
	}
	msg += "; data stored under the old key names must be migrated"
	return analysis.SuggestedFix{Message: msg, TextEdits: tes}, true
}

// inCall reports whether lit is one of the keys' own expressions (as
// opposed to a constant declared elsewhere).
func inCall(lit *ast.BasicLit, keys []key) bool {
	for _, k := range keys {
		if k.call != nil && lit.Pos() >= k.call.Call.Pos() && lit.End() <= k.call.Call.End() {
			return true
		}
	}
	return false
}
