package e2e

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/redislint/redislint/analyzers"
)

// TestBadInput runs the whole suite, in process, on packages that do not
// compile, use generics and cgo, and hold keys no one should write (invalid
// UTF-8, NUL, a 200 kB constant, empty tags, 70 'é'): the suite must finish
// (a panic in an analyzer fails this test binary), report what it can, and
// give messages that are valid UTF-8. The packages are loaded as the
// standalone driver loads them, from source with their dependencies, in one
// packages.Load; the drivers' own behaviour on load errors (exit code 1) is
// tested in cmd/redislint.
func TestBadInput(t *testing.T) {
	gopath := filepath.Join(repoRoot(t), "testdata")
	cases := []struct {
		pkg      string
		errors   []string // load or type errors that must be reported
		contains []string // diagnostics that must still come
	}{
		{"robust/generics", nil, []string{`RENAME (through (*generics.Store[T]).Pair) keys "foo"`, `MGET keys "foo" (slot 12182)`}},
		{"robust/typeerrors", []string{"undefined: undefinedKey"}, nil},
		{"robust/weird", nil, []string{
			`MGET keys "\xff\xfe{\x00}" (slot 0) and "a\x00b" (slot 8383)`,
			`MGET keys "{}" (slot 15257) and "{{}}" (slot 4092)`,
			`Lua script builds key '\xff' .. ARGV[1]`,
			`MGET keys "` + strings.Repeat("é", 37) + `..." (slot `,
		}},
		{"robust/cgo", nil, []string{`MGET keys "foo" (slot 12182) and "bar" (slot 5061)`}},
	}
	var patterns []string
	for _, tc := range cases {
		patterns = append(patterns, tc.pkg)
	}
	cfg := &packages.Config{
		Mode: packages.NeedName | packages.NeedFiles | packages.NeedCompiledGoFiles | packages.NeedImports |
			packages.NeedDeps | packages.NeedTypes | packages.NeedTypesSizes | packages.NeedSyntax |
			packages.NeedTypesInfo | packages.NeedModule,
		Dir: gopath,
		Env: append(os.Environ(), "GOPATH="+gopath, "GO111MODULE=off", "GOFLAGS="),
	}
	pkgs, err := packages.Load(cfg, patterns...)
	if err != nil {
		t.Fatal(err)
	}
	graph, err := checker.Analyze(analyzers.New(analyzers.DefaultConfig()), pkgs, nil)
	if err != nil {
		t.Fatal(err)
	}
	errs := map[string][]string{}
	for _, p := range pkgs {
		for _, e := range p.Errors {
			errs[p.PkgPath] = append(errs[p.PkgPath], e.Error())
		}
	}
	diags := map[string][]string{}
	for act := range graph.All() {
		// callsite's key index runs on a package with errors too (and
		// builds nothing there), so that the errors of a run list only
		// the analyses the package's errors stop, as before it was split
		// off callsite.
		if act.Analyzer.Name == "rediskeyindex" && act.Err != nil {
			t.Errorf("%s: %v", act, act.Err)
		}
		if !act.IsRoot {
			continue
		}
		if act.Err != nil && len(act.Package.Errors) == 0 {
			t.Errorf("%s: %v", act, act.Err)
		}
		for _, d := range act.Diagnostics {
			diags[act.Package.PkgPath] = append(diags[act.Package.PkgPath], d.Message)
			checkMessage(t, act.Package.PkgPath, d)
		}
	}
	for _, tc := range cases {
		t.Run(tc.pkg, func(t *testing.T) {
			for _, want := range tc.errors {
				if !containsAny(errs[tc.pkg], want) {
					t.Errorf("errors lack %q: %q", want, errs[tc.pkg])
				}
			}
			if tc.errors == nil && len(errs[tc.pkg]) > 0 {
				t.Errorf("unexpected load errors: %q", errs[tc.pkg])
			}
			for _, want := range tc.contains {
				if !containsAny(diags[tc.pkg], want) {
					t.Errorf("diagnostics lack %q:\n%.3000s", want, strings.Join(diags[tc.pkg], "\n"))
				}
			}
		})
	}
}

// checkMessage checks what every message and fix title must be, however odd
// the program: valid UTF-8 of reasonable length.
func checkMessage(t *testing.T, pkg string, d analysis.Diagnostic) {
	t.Helper()
	texts := []string{d.Message}
	for _, f := range d.SuggestedFixes {
		texts = append(texts, f.Message)
		// Fix titles are the suite's one style: a capitalised imperative
		// (as x/tools' and gopls' code actions), no final period.
		if r, _ := utf8.DecodeRuneInString(f.Message); !unicode.IsUpper(r) || strings.HasSuffix(f.Message, ".") {
			t.Errorf("%s: fix title %q: want a capitalised imperative without a final period", pkg, f.Message)
		}
	}
	if n := len(d.SuggestedFixes); n > 1 {
		t.Errorf("%s: %d fixes for %q: drivers apply only the first, golangci-lint drops overlapping ones", pkg, n, d.Message)
	}
	for _, r := range d.Related {
		texts = append(texts, r.Message)
	}
	for _, s := range texts {
		if !utf8.ValidString(s) {
			t.Errorf("%s: message is not valid UTF-8: %q", pkg, s)
		}
		if len(s) > 2000 {
			t.Errorf("%s: message of %d bytes: %.200q…", pkg, len(s), s)
		}
	}
}

func containsAny(list []string, sub string) bool {
	for _, s := range list {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}
