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
		// doc.go is the user's page: how the analyzer works is in
		// docs/design.md, not named here.
		for _, inside := range []string{"internal/", "client-flow layer", "the evaluator", "callsite", "keyexpr", "clientflow"} {
			if strings.Contains(a.Doc, inside) {
				t.Errorf("%s: doc.go names %q, an internal of redislint: say what the user sees, and put how it works in docs/design.md", a.Name, inside)
			}
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
// the catalog, linked to its generated section; and README stays short
// (the detail lives in docs/).
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
	if len(readme) >= 10*1024 {
		t.Errorf("README.md is %d bytes: keep it under 10 KB, with the detail in docs/", len(readme))
	}
}

// TestDocLinks checks every relative link to a Markdown page in README,
// CONTRIBUTING and docs/: the page exists, and the heading it names does
// (as GitHub makes anchors of headings).
func TestDocLinks(t *testing.T) {
	root := filepath.Join("..", "..")
	pages, _ := filepath.Glob(filepath.Join(root, "docs", "*.md"))
	pages = append(pages, filepath.Join(root, "README.md"), filepath.Join(root, "CONTRIBUTING.md"))
	link := regexp.MustCompile(`\]\(([A-Za-z0-9_./-]+\.md)(#[^)]*)?\)`)
	n := 0
	for _, page := range pages {
		text, err := os.ReadFile(page)
		if err != nil {
			t.Error(err)
			continue
		}
		for _, m := range link.FindAllStringSubmatch(string(text), -1) {
			n++
			target := filepath.Join(filepath.Dir(page), filepath.FromSlash(m[1]))
			data, err := os.ReadFile(target)
			if err != nil {
				t.Errorf("%s links %s: no such page", page, m[1])
				continue
			}
			if m[2] == "" {
				continue
			}
			anchors := map[string]bool{}
			for _, h := range regexp.MustCompile(`(?m)^#+ (.*)$`).FindAllStringSubmatch(string(data), -1) {
				anchors[slug(h[1])] = true
			}
			if !anchors[m[2][1:]] {
				t.Errorf("%s links %s%s: no such heading", page, m[1], m[2])
			}
		}
	}
	if n == 0 {
		t.Error("no links found: the pattern is wrong")
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
