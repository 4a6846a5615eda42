package analysisutil

import (
	"go/ast"
	"go/token"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// IgnoreDirective is the comment that silences one diagnostic:
//
//	//redislint:ignore NAME[,NAME…] reason
//
// on the line of the diagnostic or on the line above it.
const IgnoreDirective = "//redislint:ignore"

type ignore struct {
	pos    token.Pos
	file   *token.File
	line   int
	names  []string
	reason string
	used   bool
}

// WithIgnores wraps an analyzer's run function so that it honours
// //redislint:ignore directives naming it, in every driver: a diagnostic on
// the directive's line or the line below is dropped. A directive for this
// analyzer without a reason, or one that silences nothing, is itself
// reported, so that suppressions stay deliberate and do not outlive the code
// they were written for.
func WithIgnores(name string, run func(*analysis.Pass) (any, error)) func(*analysis.Pass) (any, error) {
	return func(pass *analysis.Pass) (any, error) {
		igns := collectIgnores(pass, name)
		if len(igns) == 0 {
			return run(pass)
		}
		report := pass.Report
		pass.Report = func(d analysis.Diagnostic) {
			f := pass.Fset.File(d.Pos)
			if f != nil {
				line := f.Line(d.Pos)
				for _, ig := range igns {
					if ig.file == f && (ig.line == line || ig.line == line-1) && ig.reason != "" {
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

func collectIgnores(pass *analysis.Pass, name string) []*ignore {
	var out []*ignore
	for _, f := range pass.Files {
		for _, cg := range f.Comments {
			for _, c := range cg.List {
				if ig := parseIgnore(pass, c, name); ig != nil {
					out = append(out, ig)
				}
			}
		}
	}
	return out
}

func parseIgnore(pass *analysis.Pass, c *ast.Comment, name string) *ignore {
	rest, ok := strings.CutPrefix(c.Text, IgnoreDirective)
	if !ok || rest != "" && rest[0] != ' ' && rest[0] != '\t' {
		return nil
	}
	// A further "//" starts a remark that is not part of the directive.
	if i := strings.Index(rest, "//"); i >= 0 {
		rest = rest[:i]
	}
	fields := strings.Fields(rest)
	if len(fields) == 0 {
		return nil
	}
	names := strings.Split(fields[0], ",")
	mine := false
	for _, n := range names {
		if n == name {
			mine = true
		}
	}
	if !mine {
		return nil
	}
	f := pass.Fset.File(c.Pos())
	if f == nil {
		return nil
	}
	return &ignore{
		pos:    c.Pos(),
		file:   f,
		line:   f.Line(c.Pos()),
		names:  names,
		reason: strings.TrimSpace(strings.Join(fields[1:], " ")),
	}
}
