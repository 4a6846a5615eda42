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

// ExtractDoc is MustExtractDoc, returning the error.
func ExtractDoc(content, name string) (string, error) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "doc.go", content, parser.ParseComments|parser.PackageClauseOnly)
	if err != nil {
		return "", fmt.Errorf("doc.go of %s: %v", name, err)
	}
	if f.Doc == nil {
		return "", fmt.Errorf("doc.go of %s has no package comment", name)
	}
	text := "\n" + f.Doc.Text()
	for section := range strings.SplitSeq(text, "\n# Analyzer ") {
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
// one of the client libraries themselves (redisc, radix, rueidis, …), or is
// the test package of one. A library that implements cluster support builds
// per-node connections, parses MOVED and routes by itself on purpose: the
// analyzers about how programs build and use clients stay silent there.
func InClientLibrary(pass *analysis.Pass) bool {
	path := strings.TrimSuffix(pass.Pkg.Path(), "_test")
	return model.IsClientPackage(path)
}

// DocsURL is where the generated reference of the analyzers lives
// (docs/analyzers.md, written by internal/docgen from each doc.go).
const DocsURL = "https://github.com/redislint/redislint/blob/main/docs/analyzers.md"

// DocURL returns the URL of analyzer name's section of DocsURL.
func DocURL(name string) string { return DocsURL + "#" + name }
