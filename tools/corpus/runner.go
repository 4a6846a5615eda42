package main

import (
	"context"
	"fmt"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/redislint/redislint/tools/internal/stats"
)

// runner runs redislint (and the floor) on the corpus's trees.
type runner struct {
	cfg              *config
	trees            *trees
	redislint, floor string
}

// Results is everything one run of the corpus measured.
type Results struct {
	Sites   []SiteResult // at the bug's before commit
	Fixed   []SiteResult // the same sites at the fix commit
	Correct []TreeResult
	Sweep   []SweepResult
	Costs   []CostResult
	Failed  []string // trees that could not be extracted, prepared or analyzed
}

// TreeResult is a correct project's run.
type TreeResult struct {
	Entry *Correct
	Root  string
	Run   *Run
}

// SweepResult is a sweep module's run, with each diagnostic's triage.
type SweepResult struct {
	Entry   *Module
	Root    string
	Run     *Run
	Labeled []LabeledDiag
	Lost    []Triaged // triaged true or conditional, not reported any more
}

// LabeledDiag is a diagnostic and its label ("" when not triaged).
type LabeledDiag struct {
	Diag  Diag
	At    string
	Label string
	Why   string
}

// CostResult is one tree's cost against the floor.
type CostResult struct {
	Name        string
	Ours, Floor Cost
}

func (r *runner) selected(names ...string) bool {
	if r.cfg.only == "" {
		return true
	}
	return slices.ContainsFunc(names, func(n string) bool { return n != "" && strings.Contains(n, r.cfg.only) })
}

func (r *runner) progress(format string, args ...any) {
	fmt.Fprintf(os.Stderr, format+"\n", args...)
}

// lintTree prepares the module at dir and runs redislint (and the floor)
// on patterns.
func (r *runner) lintTree(ctx context.Context, name, dir string, patterns []string, res *Results) (*Run, error) {
	if err := prepare(ctx, dir); err != nil {
		return nil, err
	}
	if len(patterns) == 0 {
		var err error
		if patterns, err = clientPackages(ctx, dir); err != nil {
			return nil, err
		}
		if len(patterns) == 0 {
			return &Run{}, nil
		}
	}
	run, err := lint(ctx, r.redislint, dir, patterns)
	if err != nil {
		return nil, err
	}
	if r.cfg.outputs != "" {
		if err := writeOutputs(r.cfg.outputs, name, run); err != nil {
			return nil, err
		}
	}
	if r.floor != "" {
		// The first run warmed the build cache; measure each -runs times
		// more, alternately, and keep the medians. A tree whose floor
		// runs take less than minMeasured in all gets more runs, up to
		// moreRuns times -runs: on a 0.15 s tree one run's noise is a
		// tenth, and three runs let one of them decide the median.
		var floors, ours []Cost
		var measured time.Duration
		for i := 0; i < max(r.cfg.runs, 1) || measured < minMeasured && i < moreRuns*max(r.cfg.runs, 1); i++ {
			_, _, floor, err := measure(ctx, dir, r.floor, patterns)
			if err != nil {
				return nil, err
			}
			again, err := lint(ctx, r.redislint, dir, patterns)
			if err != nil {
				return nil, err
			}
			floors, ours = append(floors, floor), append(ours, again.Cost)
			measured += floor.Wall
		}
		res.Costs = append(res.Costs, CostResult{Name: name, Ours: MedianCost(ours), Floor: MedianCost(floors)})
	}
	return run, nil
}

// minMeasured and moreRuns: a tree is measured until its floor runs took
// minMeasured in all, with at most moreRuns times -runs runs of each tool.
const (
	minMeasured = 1500 * time.Millisecond
	moreRuns    = 5
)

func (r *runner) fail(res *Results, name string, err error) {
	r.progress("  %s: %v", name, firstLine(err.Error()))
	res.Failed = append(res.Failed, fmt.Sprintf("%s: %s", name, firstLine(err.Error())))
}

func (r *runner) runBugs(ctx context.Context, m *Manifests, res *Results) {
	for i := range m.Bugs {
		b := &m.Bugs[i]
		if !r.selected(b.ID, b.Repo) {
			continue
		}
		for _, side := range []struct {
			name, commit string
			out          *[]SiteResult
		}{{"before", b.Before, &res.Sites}, {"fix", b.Fix, &res.Fixed}} {
			name := fmt.Sprintf("%s (%s %s)", b.ID, side.name, side.commit[:8])
			r.progress("bug %s", name)
			root, err := r.trees.fromMirror(ctx, b.Repo, side.commit)
			if err != nil {
				r.fail(res, name, err)
				continue
			}
			if len(b.Unserved) > 0 {
				var dropped []string
				root, dropped, err = withoutModules(ctx, root, b.Dir, b.Unserved)
				if err != nil {
					r.fail(res, name, err)
					continue
				}
				r.progress("  without %s: dropped %s", strings.Join(b.Unserved, ", "), strings.Join(dropped, ", "))
			}
			dir := filepath.Join(root, filepath.FromSlash(b.Dir))
			run, err := r.lintTree(ctx, name, dir, sitePackages(b), res)
			if err != nil {
				r.fail(res, name, err)
				continue
			}
			for _, s := range b.Sites {
				sr, err := atSite(root, b, s, run)
				if err != nil {
					r.fail(res, name, err)
					continue
				}
				r.progress("  %s %s %s: %d reported", s.File, s.Func, s.Analyzer, len(sr.Diags))
				*side.out = append(*side.out, sr)
			}
		}
	}
}

// sitePackages are the patterns of the packages that hold a bug's sites,
// relative to the bug's module directory.
func sitePackages(b *Bug) []string {
	var patterns []string
	for _, s := range b.Sites {
		rel := strings.TrimPrefix(path.Dir(s.File), strings.TrimSuffix(b.Dir, "/"))
		rel = strings.TrimPrefix(rel, "/")
		p := "./" + rel
		if rel == "" || rel == "." {
			p = "."
		}
		if !slices.Contains(patterns, p) {
			patterns = append(patterns, p)
		}
	}
	return patterns
}

func (r *runner) runCorrect(ctx context.Context, m *Manifests, res *Results) {
	for i := range m.Correct {
		c := &m.Correct[i]
		if !r.selected(c.ID, c.Repo, c.Module) {
			continue
		}
		r.progress("correct %s", c.ID)
		var root string
		var err error
		if c.Repo != "" {
			root, err = r.trees.fromMirror(ctx, c.Repo, c.Commit)
		} else {
			root, err = r.trees.fromProxy(ctx, c.Module, c.Version)
		}
		if err != nil {
			r.fail(res, c.ID, err)
			continue
		}
		dir := filepath.Join(root, filepath.FromSlash(c.Dir))
		run, err := r.lintTree(ctx, c.ID, dir, c.Packages, res)
		if err != nil {
			r.fail(res, c.ID, err)
			continue
		}
		r.progress("  %d diagnostics", len(run.Diags))
		res.Correct = append(res.Correct, TreeResult{Entry: c, Root: dir, Run: run})
	}
}

func (r *runner) runSweep(ctx context.Context, m *Manifests, res *Results) {
	for i := range m.Sweep {
		s := &m.Sweep[i]
		if !r.selected(s.Module) {
			continue
		}
		name := s.Module + "@" + s.Version
		r.progress("sweep %s", name)
		root, err := r.trees.fromProxy(ctx, s.Module, s.Version)
		if err != nil {
			r.fail(res, name, err)
			continue
		}
		run, err := r.lintTree(ctx, name, root, s.Packages, res)
		if err != nil {
			r.fail(res, name, err)
			continue
		}
		sr := label(s, root, run)
		r.progress("  %d diagnostics, %d lost", len(sr.Labeled), len(sr.Lost))
		res.Sweep = append(res.Sweep, sr)
	}
}

// label matches a sweep module's diagnostics with its triage.
func label(s *Module, root string, run *Run) SweepResult {
	sr := SweepResult{Entry: s, Root: root, Run: run}
	triaged := map[string]Triaged{}
	for _, t := range s.Triage {
		triaged[t.Analyzer+" "+t.At] = t
	}
	reported := map[string]bool{}
	for _, d := range run.Diags {
		at := d.At(root)
		key := d.Analyzer + " " + at
		reported[key] = true
		t := triaged[key]
		sr.Labeled = append(sr.Labeled, LabeledDiag{Diag: d, At: at, Label: t.Label, Why: t.Why})
	}
	for _, t := range s.Triage {
		if !reported[t.Analyzer+" "+t.At] && t.Label != LabelFalse {
			sr.Lost = append(sr.Lost, t)
		}
	}
	return sr
}

// checkSweep lists what -check fails on.
func (res *Results) checkSweep() []string {
	var problems []string
	for _, s := range res.Sweep {
		for _, d := range s.Labeled {
			if d.Label == "" {
				problems = append(problems, fmt.Sprintf("%s@%s: %s: not triaged: %s: %s", s.Entry.Module, s.Entry.Version, d.At, d.Diag.Analyzer, d.Diag.Message))
			}
		}
		for _, t := range s.Lost {
			problems = append(problems, fmt.Sprintf("%s@%s: %s: %s triaged %s is no longer reported (%s)", s.Entry.Module, s.Entry.Version, t.At, t.Analyzer, t.Label, t.Why))
		}
	}
	return problems
}

// pendingYAML is a triage stub for every untriaged sweep diagnostic.
func (res *Results) pendingYAML() string {
	var b strings.Builder
	for _, s := range res.Sweep {
		var stubs []LabeledDiag
		for _, d := range s.Labeled {
			if d.Label == "" {
				stubs = append(stubs, d)
			}
		}
		if len(stubs) == 0 {
			continue
		}
		fmt.Fprintf(&b, "# %s@%s\n", s.Entry.Module, s.Entry.Version)
		for _, d := range stubs {
			fmt.Fprintf(&b, "    - at: %s\n      analyzer: %s\n      label: \n      why: \n      # %s\n", d.At, d.Diag.Analyzer, strings.ReplaceAll(d.Diag.Message, "\n", " "))
		}
	}
	return b.String()
}

func firstLine(s string) string {
	l, _, _ := strings.Cut(s, "\n")
	return l
}

// writeOutputs keeps what redislint printed on a tree, as NAME.out (the
// -json output) and NAME.err (the rest), so that two binaries' outputs
// can be compared byte for byte (diff -r).
func writeOutputs(dir, name string, run *Run) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	base := filepath.Join(dir, strings.Map(func(r rune) rune {
		if r == '/' || r == ' ' || r == '(' || r == ')' {
			return '_'
		}
		return r
	}, name))
	if err := os.WriteFile(base+".out", run.Stdout, 0o644); err != nil {
		return err
	}
	return os.WriteFile(base+".err", run.Stderr, 0o644)
}

// MedianCost is the median of each measure of costs, separately.
func MedianCost(costs []Cost) Cost {
	pick := func(f func(Cost) int64) int64 {
		vs := make([]int64, len(costs))
		for i, c := range costs {
			vs[i] = f(c)
		}
		return stats.Median(vs)
	}
	return Cost{
		Wall: time.Duration(pick(func(c Cost) int64 { return int64(c.Wall) })),
		CPU:  time.Duration(pick(func(c Cost) int64 { return int64(c.CPU) })),
		RSS:  pick(func(c Cost) int64 { return c.RSS }),
	}
}
