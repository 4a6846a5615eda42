// Package analysisutil holds what every redislint analyzer needs besides
// Redis knowledge: its documentation (extracted from doc.go) and URL, the
// //redislint:ignore directives (ignore.go), and the early exits for
// packages that use no Redis client or are a client library themselves.
package analysisutil

import (
	"fmt"
	"go/parser"
	"go/token"
	"go/types"
	"strings"
	"sync"

	"golang.org/x/tools/go/analysis"

	"github.com/redislint/redislint/internal/model"
)

// MustExtractDoc returns the documentation of analyzer name from the package
// comment of doc.go (content), in the form of x/tools' analyzers: the text
// after the heading "# Analyzer NAME", whose first line is "NAME: summary",
// up to the next "# Analyzer" heading or the end. Other headings ("# Fix",
// "# Not reported") belong to the section, so that doc.go can hold the whole
// reference of the analyzer. It panics when doc.go has no such section: that
// is a bug in the analyzer.
func MustExtractDoc(content, name string) string {
	doc, err := ExtractDoc(content, name)
	if err != nil {
		panic(err)
	}
	return doc
}

// docs memoizes ExtractDoc: every process builds the analyzers (go vet
// starts one per package, dependencies included) at least twice, once for
// the package-level Analyzer variables and once for the driver's flags, and
// a doc.go is tens of kilobytes.
var docs struct {
	sync.Mutex
	m map[[2]string]string
}

// ExtractDoc is MustExtractDoc, returning the error.
func ExtractDoc(content, name string) (string, error) {
	key := [2]string{content, name}
	docs.Lock()
	doc, ok := docs.m[key]
	docs.Unlock()
	if ok {
		return doc, nil
	}
	doc, err := extractDoc(content, name)
	if err != nil {
		return "", err
	}
	docs.Lock()
	if docs.m == nil {
		docs.m = map[[2]string]string{}
	}
	docs.m[key] = doc
	docs.Unlock()
	return doc, nil
}

func extractDoc(content, name string) (string, error) {
	// A doc.go of the usual shape is read without the parser.
	comment, ok := packageComment(content)
	if !ok {
		fset := token.NewFileSet()
		f, err := parser.ParseFile(fset, "doc.go", content, parser.ParseComments|parser.PackageClauseOnly)
		if err != nil {
			return "", fmt.Errorf("doc.go of %s: %v", name, err)
		}
		if f.Doc == nil {
			return "", fmt.Errorf("doc.go of %s has no package comment", name)
		}
		comment = f.Doc.Text()
	}
	const heading = "# Analyzer "
	// The sections are what follows each heading that starts a line; the
	// text before the first heading is none.
	sections := strings.SplitSeq(comment, "\n"+heading)
	first := true
	for section := range sections {
		if first {
			first = false
			var ok bool
			if section, ok = strings.CutPrefix(section, heading); !ok {
				continue
			}
		}
		body, ok := strings.CutPrefix(section, name)
		if !ok || body == "" || (body[0] != '\n' && body[0] != '\r') {
			continue
		}
		body = strings.TrimSpace(body)
		rest, ok := strings.CutPrefix(body, name+":")
		if !ok {
			return "", fmt.Errorf("doc.go: 'Analyzer %s' heading not followed by '%s: summary'", name, name)
		}
		return strings.TrimSpace(rest), nil
	}
	return "", fmt.Errorf("doc.go has no '# Analyzer %s' section", name)
}

// packageComment returns the package comment of src as
// (*ast.CommentGroup).Text does, when src is a doc.go of the usual shape:
// "//" lines, none followed by a lowercase letter or a digit, right before
// a package clause "package name" that starts the line after them, with no
// carriage return anywhere. ok is false for anything else (directives,
// blank lines, block comments, a header before the comment), which the
// parser then reads.
func packageComment(src string) (text string, ok bool) {
	if strings.ContainsRune(src, '\r') {
		return "", false
	}
	// Leading blank lines go, runs of blank lines become one, and the text
	// ends with one newline, as in CommentGroup.Text.
	var b strings.Builder
	b.Grow(len(src))
	blank := false // a blank line is pending, after text
	lines := 0
	rest := src
	for {
		line, after, found := strings.Cut(rest, "\n")
		if !found {
			return "", false
		}
		if name, isPkg := strings.CutPrefix(line, "package "); isPkg {
			if !isIdent(name) || lines == 0 {
				return "", false
			}
			return b.String(), true
		}
		c, isComment := strings.CutPrefix(line, "//")
		if !isComment {
			return "", false
		}
		if c != "" {
			switch x := c[0]; {
			case x == ' ':
				c = c[1:]
			case 'a' <= x && x <= 'z', '0' <= x && x <= '9':
				return "", false // maybe a directive (//go:embed, //line)
			}
		}
		lines++
		if c = strings.TrimRight(c, " \t"); c == "" {
			blank = b.Len() > 0
		} else {
			if blank {
				b.WriteByte('\n')
				blank = false
			}
			b.WriteString(c)
			b.WriteByte('\n')
		}
		rest = after
	}
}

func isIdent(s string) bool {
	if s == "" || s == "_" {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c == '_' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || i > 0 && '0' <= c && c <= '9') {
			return false
		}
	}
	return true
}

// UsesRedisClient reports whether the package being analyzed imports, directly
// or through its dependencies' exported API, a Redis client library that
// redislint models. Analyzers return early when it does not: they cost
// nothing on packages without Redis.
//
// Wrappers of a client in another package of the same program count: the
// analyzers that follow wrappers across packages import their facts, so this
// looks at the whole import graph, not just the direct imports.
func UsesRedisClient(pass *analysis.Pass) bool {
	seen := map[*types.Package]bool{}
	var visit func(pkgs []*types.Package) bool
	visit = func(pkgs []*types.Package) bool {
		for _, p := range pkgs {
			if seen[p] {
				continue
			}
			seen[p] = true
			if model.IsClientPackage(p.Path()) || visit(p.Imports()) {
				return true
			}
		}
		return false
	}
	return visit(pass.Pkg.Imports())
}

// InClientLibrary reports whether the package being analyzed belongs to
// one of the client libraries themselves (redisc, radix, rueidis, …) or to
// a client mock (redismock), or is the test package of one. A library that
// implements cluster support builds per-node connections, parses MOVED and
// routes by itself on purpose, and a mock's clients send nothing: the
// analyzers about how programs build and use clients stay silent there.
func InClientLibrary(pass *analysis.Pass) bool {
	path := strings.TrimSuffix(pass.Pkg.Path(), "_test")
	return model.IsClientPackage(path) || model.IsClientMock(path)
}

// InClientMock reports whether the package being analyzed belongs to a
// client mock library (model.IsClientMock), or is the test package of one.
func InClientMock(pass *analysis.Pass) bool {
	return model.IsClientMock(strings.TrimSuffix(pass.Pkg.Path(), "_test"))
}

// DocsURL is where the generated reference of the analyzers lives
// (docs/analyzers.md, written by internal/docgen from each doc.go).
const DocsURL = "https://github.com/redislint/redislint/blob/main/docs/analyzers.md"

// DocURL returns the URL of analyzer name's section of DocsURL.
func DocURL(name string) string { return DocsURL + "#" + name }
