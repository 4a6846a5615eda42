package main

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"

	"go.yaml.in/yaml/v3"

	suite "github.com/redislint/redislint/analyzers"
)

// Bug is one historical Redis Cluster bug: the tree before its fix, the
// fix, and the sites the fix touched.
type Bug struct {
	ID     string `yaml:"id"`
	Repo   string `yaml:"repo"`
	Dir    string `yaml:"dir"`
	Before string `yaml:"before"`
	Fix    string `yaml:"fix"`
	Family string `yaml:"family"`
	Link   string `yaml:"link"`
	Why    string `yaml:"why"`
	// Unserved are modules the tree requires that the module proxy no
	// longer serves (a 403 fails the whole module graph): the tree is
	// linted without them (withoutModules).
	Unserved []string `yaml:"unserved"`
	Sites    []Site   `yaml:"sites"`
}

// Site is a function the fix changed, and the analyzer that should report it.
type Site struct {
	File     string `yaml:"file"`
	Func     string `yaml:"func"`
	Analyzer string `yaml:"analyzer"`
	Claimed  bool   `yaml:"claimed"`
	Shape    string `yaml:"shape"`
}

// Correct is a project written correctly for clusters: every diagnostic on
// it is a false finding.
type Correct struct {
	ID       string   `yaml:"id"`
	Repo     string   `yaml:"repo"`
	Commit   string   `yaml:"commit"`
	Module   string   `yaml:"module"`
	Version  string   `yaml:"version"`
	Dir      string   `yaml:"dir"`
	Family   string   `yaml:"family"`
	Packages []string `yaml:"packages"`
	Why      string   `yaml:"why"`
}

// Module is a public module of the sweep, with the triage of every
// diagnostic the suite gives on it.
type Module struct {
	Module   string    `yaml:"module"`
	Version  string    `yaml:"version"`
	Family   string    `yaml:"family"`
	Packages []string  `yaml:"packages"`
	Triage   []Triaged `yaml:"triage"`
	Note     string    `yaml:"note"`
}

// Triaged is the verdict on one diagnostic.
type Triaged struct {
	At       string `yaml:"at"` // file:line:col, relative to the module root
	Analyzer string `yaml:"analyzer"`
	Label    string `yaml:"label"` // true, conditional, false
	Why      string `yaml:"why"`
}

// Labels of the triage.
const (
	LabelTrue        = "true"
	LabelConditional = "conditional"
	LabelFalse       = "false"
)

// Manifests is everything under the manifests directory.
type Manifests struct {
	Dir     string
	Bugs    []Bug
	Correct []Correct
	Sweep   []Module
	// SweepFile is where the sweep was read from (rewritten by -triage).
	SweepFile string
}

var (
	hexCommit = regexp.MustCompile(`^[0-9a-f]{40}$`)
	analyzers = suite.Names()
	families  = []string{
		"go-redis/v6", "go-redis/v7", "go-redis/v8", "go-redis/v9",
		"redigo", "redisc", "rueidis", "valkey-go", "valkey-glide", "radix/v3", "radix/v4",
	}
)

// loadManifests reads bugs-*.yaml, correct.yaml and sweep.yaml from dir and
// checks them.
func loadManifests(dir string) (*Manifests, error) {
	m := &Manifests{Dir: dir, SweepFile: filepath.Join(dir, "sweep.yaml")}
	bugFiles, _ := filepath.Glob(filepath.Join(dir, "bugs-*.yaml"))
	slices.Sort(bugFiles)
	for _, f := range bugFiles {
		var bugs []Bug
		if err := readYAML(f, &bugs); err != nil {
			return nil, err
		}
		m.Bugs = append(m.Bugs, bugs...)
	}
	if err := readYAML(filepath.Join(dir, "correct.yaml"), &m.Correct); err != nil && !os.IsNotExist(err) {
		return nil, err
	}
	if err := readYAML(m.SweepFile, &m.Sweep); err != nil && !os.IsNotExist(err) {
		return nil, err
	}
	return m, m.check()
}

func readYAML(file string, v any) error {
	data, err := os.ReadFile(file)
	if err != nil {
		return err
	}
	dec := yaml.NewDecoder(strings.NewReader(string(data)))
	dec.KnownFields(true)
	if err := dec.Decode(v); err != nil && err.Error() != "EOF" {
		return fmt.Errorf("%s: %v", file, err)
	}
	return nil
}

// check reports the first entry that does not follow FORMAT.md.
func (m *Manifests) check() error {
	var errs []string
	bad := func(format string, args ...any) { errs = append(errs, fmt.Sprintf(format, args...)) }
	ids := map[string]bool{}
	for _, b := range m.Bugs {
		switch {
		case b.ID == "" || ids[b.ID]:
			bad("bug %q: empty or duplicate id", b.ID)
		case !strings.Contains(b.Repo, "/"):
			bad("bug %s: repo %q is not owner/name", b.ID, b.Repo)
		case !hexCommit.MatchString(b.Before) || !hexCommit.MatchString(b.Fix):
			bad("bug %s: before and fix must be 40-hex commits", b.ID)
		case !slices.Contains(families, b.Family):
			bad("bug %s: family %q is not one of %v", b.ID, b.Family, families)
		case len(b.Sites) == 0:
			bad("bug %s: no sites", b.ID)
		}
		ids[b.ID] = true
		for _, s := range b.Sites {
			if !slices.Contains(analyzers, s.Analyzer) {
				bad("bug %s: site %s: analyzer %q is not one of %v", b.ID, s.File, s.Analyzer, analyzers)
			}
			if !strings.HasSuffix(s.File, ".go") {
				bad("bug %s: site %q is not a Go file", b.ID, s.File)
			}
		}
	}
	for _, c := range m.Correct {
		switch {
		case c.ID == "" || ids[c.ID]:
			bad("correct %q: empty or duplicate id", c.ID)
		case (c.Repo == "") == (c.Module == ""):
			bad("correct %s: give repo and commit, or module and version", c.ID)
		case c.Repo != "" && !hexCommit.MatchString(c.Commit):
			bad("correct %s: commit must be 40 hex", c.ID)
		case c.Module != "" && c.Version == "":
			bad("correct %s: module without version", c.ID)
		case !slices.Contains(families, c.Family):
			bad("correct %s: family %q is not one of %v", c.ID, c.Family, families)
		}
		ids[c.ID] = true
	}
	mods := map[string]bool{}
	for _, s := range m.Sweep {
		switch {
		case s.Module == "" || s.Version == "" || mods[s.Module+"@"+s.Version]:
			bad("sweep %s@%s: empty or duplicate", s.Module, s.Version)
		case !slices.Contains(families, s.Family):
			bad("sweep %s: family %q is not one of %v", s.Module, s.Family, families)
		}
		mods[s.Module+"@"+s.Version] = true
		seen := map[string]bool{}
		for _, t := range s.Triage {
			key := t.Analyzer + " " + t.At
			if seen[key] {
				bad("sweep %s: %s triaged twice", s.Module, key)
			}
			seen[key] = true
			if !slices.Contains([]string{LabelTrue, LabelConditional, LabelFalse}, t.Label) {
				bad("sweep %s: %s: label %q is not true, conditional or false", s.Module, key, t.Label)
			}
			if strings.TrimSpace(t.Why) == "" {
				bad("sweep %s: %s: triage without a reason", s.Module, key)
			}
		}
	}
	if len(errs) > 0 {
		return fmt.Errorf("manifests in %s:\n  %s", m.Dir, strings.Join(errs, "\n  "))
	}
	return nil
}
