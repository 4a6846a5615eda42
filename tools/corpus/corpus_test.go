package main

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestParseJSON(t *testing.T) {
	out := `{
	"example.com/a": {
		"crossslot": [
			{"posn": "/t/a/a.go:12:5", "message": "MSET keys … CROSSSLOT on a cluster"},
			{"posn": "/t/a/a.go:3:1", "message": "first"}
		],
		"nodelocal": {"error": "analysis failed"}
	}
}
{
	"example.com/a [example.com/a.test]": {
		"crossslot": [
			{"posn": "/t/a/a.go:12:5", "message": "MSET keys … CROSSSLOT on a cluster"}
		]
	}
}`
	var run Run
	if err := parseJSON([]byte(out), &run); err != nil {
		t.Fatal(err)
	}
	if len(run.Diags) != 2 {
		t.Fatalf("got %d diagnostics, want 2 (the test variant's duplicate dropped): %+v", len(run.Diags), run.Diags)
	}
	if d := run.Diags[0]; d.File != "/t/a/a.go" || d.Line != 3 || d.Col != 1 || d.Analyzer != "crossslot" {
		t.Errorf("first diagnostic = %+v, want /t/a/a.go:3:1 crossslot (sorted by position)", d)
	}
	if len(run.Errors) != 1 || !strings.Contains(run.Errors[0], "analysis failed") {
		t.Errorf("errors = %q, want the nodelocal error", run.Errors)
	}
	if got := run.Diags[1].At("/t"); got != "a/a.go:12:5" {
		t.Errorf("At = %q", got)
	}
	if err := parseJSON([]byte(`{"p": {"a": 7}}`), &run); err == nil {
		t.Error("malformed output: no error")
	}
}

func TestSplitPosn(t *testing.T) {
	for _, c := range []struct {
		in        string
		file      string
		line, col int
	}{
		{"/a/b.go:1:2", "/a/b.go", 1, 2},
		{"/a:b/c.go:10:20", "/a:b/c.go", 10, 20},
		{"/a/b.go:7", "/a/b.go", 7, 0},
		{"/a/b.go", "/a/b.go", 0, 0},
	} {
		file, line, col := splitPosn(c.in)
		if file != c.file || line != c.line || col != c.col {
			t.Errorf("splitPosn(%q) = %q %d %d, want %q %d %d", c.in, file, line, col, c.file, c.line, c.col)
		}
	}
}

const siteSrc = `package p

func Free() {
	call()
}

type Store struct{}

func (s *Store) Get() {
	call()
	call()
}

func (s Pair[K, V]) Put() {}

func call() {}
`

func TestSiteLines(t *testing.T) {
	root := t.TempDir()
	if err := os.MkdirAll(filepath.Join(root, "p"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(root, "p", "p.go"), []byte(siteSrc), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		fn       string
		from, to int
		ok       bool
	}{
		{"Free", 3, 5, true},
		{"Store.Get", 9, 12, true},
		{"Pair.Put", 14, 14, true},
		{"", 1, 16, true},
		{"Get", 0, 0, false},
		{"Missing", 0, 0, false},
	} {
		r, ok, err := siteLines(root, "p/p.go", c.fn)
		if err != nil || ok != c.ok || (ok && (r.from != c.from || r.to != c.to)) {
			t.Errorf("siteLines(%q) = %v %v %v, want [%d %d] %v", c.fn, r, ok, err, c.from, c.to, c.ok)
		}
	}
	if _, ok, _ := siteLines(root, "p/gone.go", "Free"); ok {
		t.Error("a file that is not there: found")
	}

	b := &Bug{ID: "b"}
	file := filepath.Join(root, "p", "p.go")
	diags := []Diag{
		{Analyzer: "crossslot", File: file, Line: 10},
		{Analyzer: "nodelocal", File: file, Line: 11},
		{Analyzer: "crossslot", File: file, Line: 4},
		{Analyzer: "crossslot", File: filepath.Join(root, "q.go"), Line: 10},
	}
	res, err := atSite(root, b, Site{File: "p/p.go", Func: "Store.Get", Analyzer: "crossslot"}, &Run{Diags: diags})
	if err != nil || res.Missing || res.Broken || len(res.Diags) != 1 || res.Diags[0].Line != 10 {
		t.Errorf("atSite = %+v, %v; want the one crossslot diagnostic of Store.Get", res, err)
	}
	broken := &Run{Errors: []string{"-: # example.com/p", filepath.Join(root, "p", "p.go") + ":75:25: undefined: migrations.Asset"}}
	if res, _ := atSite(root, b, Site{File: "p/p.go", Func: "Store.Get", Analyzer: "crossslot"}, broken); !res.Broken {
		t.Error("a type error in the site's package: not Broken")
	}
	prereq := &Run{Errors: []string{"example.com/m/p: crossslot: failed prerequisites: redisclientflow@example.com/m/fonts"}}
	if res, _ := atSite(root, b, Site{File: "p/p.go", Func: "Store.Get", Analyzer: "crossslot"}, prereq); !res.Broken {
		t.Error("the package's analysis failed on a prerequisite: not Broken")
	}
	other := &Run{Errors: []string{filepath.Join(root, "p", "q", "q.go") + ":1:1: undefined: x"}}
	if res, _ := atSite(root, b, Site{File: "p/p.go", Func: "Store.Get", Analyzer: "crossslot"}, other); res.Broken {
		t.Error("a type error in another package: Broken")
	}
}

func TestSitePackages(t *testing.T) {
	b := &Bug{Dir: "server", Sites: []Site{
		{File: "server/cache/redis.go"}, {File: "server/cache/keys.go"}, {File: "server/main.go"},
	}}
	if got, want := sitePackages(b), []string{"./cache", "."}; !slices.Equal(got, want) {
		t.Errorf("sitePackages = %q, want %q", got, want)
	}
}

func TestLabelAndCheck(t *testing.T) {
	root := "/m"
	s := &Module{Module: "example.com/m", Version: "v1.0.0", Triage: []Triaged{
		{At: "a.go:1:1", Analyzer: "crossslot", Label: LabelTrue, Why: "x"},
		{At: "a.go:2:1", Analyzer: "nodelocal", Label: LabelFalse, Why: "y"},
		{At: "a.go:3:1", Analyzer: "nodelocal", Label: LabelConditional, Why: "z"},
	}}
	run := &Run{Diags: []Diag{
		{Analyzer: "crossslot", File: "/m/a.go", Line: 1, Col: 1},
		{Analyzer: "singleseed", File: "/m/b.go", Line: 9, Col: 2, Message: "new"},
	}}
	res := &Results{Sweep: []SweepResult{label(s, root, run)}}
	problems := res.checkSweep()
	if len(problems) != 2 || !strings.Contains(problems[0], "b.go:9:2: not triaged") || !strings.Contains(problems[1], "a.go:3:1: nodelocal triaged conditional is no longer reported") {
		t.Errorf("checkSweep = %q, want the untriaged singleseed and the lost conditional (a lost false finding is no problem)", problems)
	}
	if p := res.pendingYAML(); !strings.Contains(p, "at: b.go:9:2") || strings.Contains(p, "a.go:1:1") {
		t.Errorf("pendingYAML = %q", p)
	}
}

func TestManifestCheck(t *testing.T) {
	good := Bug{ID: "x", Repo: "o/n", Before: strings.Repeat("a", 40), Fix: strings.Repeat("b", 40), Family: "redigo",
		Sites: []Site{{File: "a.go", Analyzer: "crossslot"}}}
	m := &Manifests{Bugs: []Bug{good}}
	if err := m.check(); err != nil {
		t.Fatalf("a good manifest: %v", err)
	}
	for name, mutate := range map[string]func(*Manifests){
		"duplicate id":   func(m *Manifests) { m.Bugs = append(m.Bugs, good) },
		"short commit":   func(m *Manifests) { m.Bugs[0].Fix = "abc" },
		"family":         func(m *Manifests) { m.Bugs[0].Family = "jedis" },
		"analyzer":       func(m *Manifests) { m.Bugs[0].Sites = []Site{{File: "a.go", Analyzer: "vet"}} },
		"correct source": func(m *Manifests) { m.Correct = []Correct{{ID: "c", Family: "redigo"}} },
		"label": func(m *Manifests) {
			m.Sweep = []Module{{Module: "m", Version: "v1", Family: "redigo", Triage: []Triaged{{At: "a", Label: "maybe", Why: "w"}}}}
		},
		"no reason": func(m *Manifests) {
			m.Sweep = []Module{{Module: "m", Version: "v1", Family: "redigo", Triage: []Triaged{{At: "a", Label: "true"}}}}
		},
	} {
		m := &Manifests{Bugs: []Bug{good}}
		mutate(m)
		if err := m.check(); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
}

// TestCommittedManifests checks the committed manifests against FORMAT.md.
func TestCommittedManifests(t *testing.T) {
	m, err := loadManifests("manifests")
	if err != nil {
		t.Fatal(err)
	}
	if len(m.Sweep) == 0 {
		t.Error("no sweep manifest")
	}
}

func TestDigests(t *testing.T) {
	dir := t.TempDir()
	root := filepath.Join(dir, "tree")
	if err := os.MkdirAll(root, 0o755); err != nil {
		t.Fatal(err)
	}
	write := func(name, s string) {
		if err := os.WriteFile(filepath.Join(root, name), []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("a.go", "package a")
	file := filepath.Join(dir, "digests.txt")
	d, err := loadDigests(file, false)
	if err != nil {
		t.Fatal(err)
	}
	if err := d.record("k@v", root); err != nil {
		t.Fatal(err)
	}
	if !d.match("k@v", root) {
		t.Error("a tree just recorded does not match")
	}
	if err := d.save(); err != nil {
		t.Fatal(err)
	}
	strict, err := loadDigests(file, true)
	if err != nil {
		t.Fatal(err)
	}
	write("go.sum", "completed later")
	if err := strict.record("k@v", root); err != nil {
		t.Errorf("go.sum is not part of the digest: %v", err)
	}
	write("a.go", "package b")
	if err := strict.record("k@v", root); err == nil {
		t.Error("a changed tree: no error")
	}
	if err := strict.record("other@v", root); err == nil {
		t.Error("strict, no digest recorded: no error")
	}
}
