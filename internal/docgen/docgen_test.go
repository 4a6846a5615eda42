package main

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode"

	"github.com/redislint/redislint/analyzers"
)

// TestGenerated fails when a checked-in file derived from the registry
// (docs/analyzers.md, internal/analysisutil/names.go) is not what the
// registry, the analyzers' doc.go and their flags produce.
func TestGenerated(t *testing.T) {
	for _, f := range Files(analyzers.Registry) {
		got, err := os.ReadFile(filepath.Join("..", "..", filepath.FromSlash(f.Path)))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, f.Content) {
			t.Errorf("%s is stale: run go generate ./analyzers", f.Path)
		}
	}
}

// TestContent checks what the page must say about each analyzer: its
// sections, its flags with their defaults, no hand-written flag list left in
// doc.go (redislint help NAME prints the FlagSet's), and a URL that points
// at its section.
func TestContent(t *testing.T) {
	all := analyzers.DefaultConfig()
	all.Disable = nil // the analyzers that are off by default too
	as := analyzers.New(all)
	page := string(Render(analyzers.Registry))
	for _, a := range as {
		sec := page[strings.Index(page, "\n## "+a.Name+"\n"):]
		if i := strings.Index(sec[1:], "\n## "); i >= 0 {
			sec = sec[:i+1]
		}
		for _, want := range []string{"Bad:", "Good:", "### Not reported", "### Flags", "URL: <" + a.URL + ">"} {
			if !strings.Contains(sec, want) {
				t.Errorf("%s: section lacks %q", a.Name, want)
			}
		}
		if strings.Contains(a.Doc, "Flags:") || strings.Contains(a.Doc, "-"+a.Name+".") {
			t.Errorf("%s: doc.go lists flags by hand; they come from the FlagSet", a.Name)
		}
		if !strings.HasSuffix(a.URL, "/docs/analyzers.md#"+a.Name) {
			t.Errorf("%s: URL %q does not point at its generated section", a.Name, a.URL)
		}
		n := 0
		a.Flags.VisitAll(func(f *flag.Flag) {
			n++
			if !strings.Contains(sec, "`-"+a.Name+"."+f.Name+"` | "+defValue(f)+" |") {
				t.Errorf("%s: flag -%s.%s with default %s missing", a.Name, a.Name, f.Name, defValue(f))
			}
		})
		if n == 0 {
			t.Errorf("%s: no flags", a.Name)
		}
	}
}

// TestReadmeLinks checks README's links into docs/: every analyzer is in
// the catalog, linked to its generated section, and every link to a page
// that exists names one of its headings (as GitHub makes anchors of them).
// Pages that do not exist yet are written on other branches.
func TestReadmeLinks(t *testing.T) {
	readme, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range analyzers.New(analyzers.DefaultConfig()) {
		if !strings.Contains(string(readme), "[`"+a.Name+"`](docs/analyzers.md#"+a.Name+")") {
			t.Errorf("README's catalog does not link %s to docs/analyzers.md#%s", a.Name, a.Name)
		}
	}
	for _, m := range regexp.MustCompile(`\]\((docs/[a-z]+\.md)(#[^)]*)?\)`).FindAllStringSubmatch(string(readme), -1) {
		page, err := os.ReadFile(filepath.Join("..", "..", m[1]))
		if err != nil || m[2] == "" {
			continue
		}
		anchors := map[string]bool{}
		for _, h := range regexp.MustCompile(`(?m)^#+ (.*)$`).FindAllStringSubmatch(string(page), -1) {
			anchors[slug(h[1])] = true
		}
		if !anchors[m[2][1:]] {
			t.Errorf("README links %s%s: no such heading", m[1], m[2])
		}
	}
}

// slug is GitHub's anchor of a heading: lower case, punctuation dropped,
// spaces made hyphens.
func slug(h string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(strings.TrimSpace(h)) {
		switch {
		case r == ' ':
			b.WriteRune('-')
		case r == '-' || r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(r)
		}
	}
	return b.String()
}
