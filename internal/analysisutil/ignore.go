package analysisutil

import (
	"go/ast"
	"go/token"
	"sort"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// IgnoreDirective is the comment that silences one diagnostic:
//
//	//redislint:ignore NAME[,NAME…] reason
//
// on the line of the diagnostic (after the code: a trailing directive) or
// alone on the line above it.
const IgnoreDirective = "//redislint:ignore"

type ignore struct {
	pos      token.Pos
	file     *token.File
	line     int
	trailing bool // after code on its line: it covers that line only
	reason   string
	used     bool
}

// covers reports whether the directive silences a diagnostic on line of f.
func (ig *ignore) covers(f *token.File, line int) bool {
	if ig.file != f || ig.reason == "" {
		return false
	}
	return ig.line == line || !ig.trailing && ig.line == line-1
}

// WithIgnores wraps an analyzer's run function so that it honours
// //redislint:ignore directives naming it, in every driver: a diagnostic on
// the directive's line, or on the line below a directive that stands on a
// line of its own, is dropped. A directive for this analyzer without a
// reason, or one that silences nothing, is itself reported, so that
// suppressions stay deliberate and do not outlive the code they were written
// for; and the first analyzer of AnalyzerNames reports names that are no
// analyzer's ("crosslot"), which would otherwise silence nothing, silently.
func WithIgnores(name string, run func(*analysis.Pass) (any, error)) func(*analysis.Pass) (any, error) {
	return func(pass *analysis.Pass) (any, error) {
		igns := collectIgnores(pass, name)
		if len(igns) == 0 {
			return run(pass)
		}
		report := pass.Report
		pass.Report = func(d analysis.Diagnostic) {
			if f := pass.Fset.File(d.Pos); f != nil {
				line := f.Line(d.Pos)
				for _, ig := range igns {
					if ig.covers(f, line) {
						ig.used = true
						return
					}
				}
			}
			report(d)
		}
		res, err := run(pass)
		pass.Report = report
		for _, ig := range igns {
			switch {
			case ig.reason == "":
				report(analysis.Diagnostic{Pos: ig.pos, Category: "ignore", Message: "redislint:ignore " + name + " needs a reason: //redislint:ignore " + name + " <why this is fine>"})
			case !ig.used:
				report(analysis.Diagnostic{Pos: ig.pos, Category: "ignore", Message: "redislint:ignore " + name + " silences nothing: remove it"})
			}
		}
		return res, err
	}
}

// directive is one //redislint:ignore comment, parsed.
type directive struct {
	c      *ast.Comment
	names  []string
	reason string
}

func parseDirective(c *ast.Comment) (directive, bool) {
	rest, ok := strings.CutPrefix(c.Text, IgnoreDirective)
	if !ok || rest != "" && rest[0] != ' ' && rest[0] != '\t' {
		return directive{}, false
	}
	// A further "//" starts a remark that is not part of the directive.
	if i := strings.Index(rest, "//"); i >= 0 {
		rest = rest[:i]
	}
	fields := strings.Fields(rest)
	if len(fields) == 0 {
		return directive{}, false
	}
	return directive{
		c:      c,
		names:  strings.Split(fields[0], ","),
		reason: strings.TrimSpace(strings.Join(fields[1:], " ")),
	}, true
}

// collectIgnores returns the directives of the package that name analyzer
// name; when name is the first of AnalyzerNames, it reports the names that
// are no analyzer's.
func collectIgnores(pass *analysis.Pass, name string) []*ignore {
	var out []*ignore
	for _, file := range pass.Files {
		var code map[int]token.Pos // line → where the first code on it starts
		for _, cg := range file.Comments {
			for _, c := range cg.List {
				d, ok := parseDirective(c)
				if !ok {
					continue
				}
				if name == AnalyzerNames[0] {
					reportUnknown(pass, d)
				}
				if !hasName(d.names, name) {
					continue
				}
				f := pass.Fset.File(c.Pos())
				if f == nil {
					continue
				}
				if code == nil {
					code = codeStarts(f, file)
				}
				line := f.Line(c.Pos())
				start, onLine := code[line]
				out = append(out, &ignore{
					pos:      c.Pos(),
					file:     f,
					line:     line,
					trailing: onLine && start < c.Pos(),
					reason:   d.reason,
				})
			}
		}
	}
	return out
}

func hasName(names []string, name string) bool {
	for _, n := range names {
		if n == name {
			return true
		}
	}
	return false
}

// codeStarts returns, for each line of file that holds code, where the
// first code on it starts: the start or the end of a syntax node.
func codeStarts(f *token.File, file *ast.File) map[int]token.Pos {
	starts := map[int]token.Pos{}
	note := func(p token.Pos) {
		if !p.IsValid() || int(p) < f.Base() || int(p) > f.Base()+f.Size() {
			return
		}
		l := f.Line(p)
		if s, ok := starts[l]; !ok || p < s {
			starts[l] = p
		}
	}
	ast.Inspect(file, func(n ast.Node) bool {
		switch n.(type) {
		case nil, *ast.File, *ast.CommentGroup, *ast.Comment:
			return n != nil
		}
		note(n.Pos())
		note(n.End() - 1)
		return true
	})
	return starts
}

// reportUnknown reports the names of d that are no analyzer's, with the
// nearest analyzer name when one is close.
func reportUnknown(pass *analysis.Pass, d directive) {
	for _, n := range d.names {
		if hasName(AnalyzerNames, n) {
			continue
		}
		msg := "redislint:ignore names " + quoteName(n) + ", which is no redislint analyzer"
		if s := nearest(n); s != "" {
			msg += ": did you mean " + s + "?"
		} else {
			msg += " (" + strings.Join(sorted(AnalyzerNames), ", ") + ")"
		}
		pass.Report(analysis.Diagnostic{Pos: d.c.Pos(), End: d.c.End(), Category: "ignore", Message: msg})
	}
}

func quoteName(n string) string {
	if n == "" {
		return `""`
	}
	return `"` + n + `"`
}

func sorted(s []string) []string {
	c := append([]string(nil), s...)
	sort.Strings(c)
	return c
}

// nearest returns the analyzer name within edit distance 2 of n, if any.
func nearest(n string) string {
	best, bestD := "", 3
	for _, a := range AnalyzerNames {
		if d := editDistance(strings.ToLower(n), a); d < bestD {
			best, bestD = a, d
		}
	}
	return best
}

// editDistance is the Levenshtein distance between a and b, in bytes.
func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
