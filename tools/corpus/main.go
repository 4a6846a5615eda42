// Command corpus measures redislint on real code nobody here wrote: the
// historical Redis Cluster bugs of public Go projects (is each bug site
// reported before its fix, and silent after it?), projects written
// correctly for clusters (silent?), and a sweep of public modules at pinned
// versions whose every diagnostic is triaged true, conditional or false.
//
// Usage, from the repository's root:
//
//	go run ./tools/corpus [-bugs] [-correct] [-sweep] [-check] [-floor] [-doc docs/corpus.md]
//
// With none of -bugs, -correct and -sweep, it runs all three. The
// manifests (tools/corpus/manifests, described in FORMAT.md) are data:
// repositories, commits, sites and triage. The trees are rebuilt from
// fetched mirrors (-mirrors: OWNER+NAME/repo bare repositories, as the
// project's fetch tool leaves them) with git archive, or from the Go module
// proxy for modules, and each is checked against the digest recorded in
// manifests/digests.txt. Trees are kept in -work between runs.
//
// It prints one table: bug sites found (all, and those whose shape the
// analyzers' documentation claims), fixes silent, false findings on the
// correct projects, the sweep's diagnostics by label, per analyzer and per
// client family, and with -floor the cost against the no-op floor
// (tools/bench/floor) run alternately on each tree.
//
// -check is the diff mode CI runs: it fails when the sweep gives a
// diagnostic that is not triaged, or loses one triaged true or conditional.
// -pending FILE writes YAML triage stubs for the untriaged diagnostics.
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/redislint/redislint/tools/internal/gobuild"
)

func main() {
	var cfg config
	flag.BoolVar(&cfg.bugs, "bugs", false, "run the historical bugs (needs their mirrors)")
	flag.BoolVar(&cfg.correct, "correct", false, "run the correct projects (needs the mirrors of those given by repository)")
	flag.BoolVar(&cfg.sweep, "sweep", false, "run the module sweep (needs only the module proxy)")
	flag.BoolVar(&cfg.check, "check", false, "fail on an untriaged sweep diagnostic or a lost true or conditional one; every tree must have a recorded digest")
	flag.BoolVar(&cfg.floor, "floor", false, "measure the no-op floor alternately on every tree")
	flag.StringVar(&cfg.doc, "doc", "", "write the report as markdown to this file (docs/corpus.md)")
	flag.StringVar(&cfg.pending, "pending", "", "write triage stubs for untriaged sweep diagnostics to this file")
	flag.IntVar(&cfg.runs, "runs", 1, "with -floor, measured runs of each tool per tree, alternately (medians); a tree whose floor runs take under 1.5 s in all gets more, up to 5 times as many")
	flag.StringVar(&cfg.costs, "costs", "", "with -floor, write each tree's costs as JSON to this file (tools/bench reads it)")
	flag.StringVar(&cfg.outputs, "outputs", "", "keep redislint's output on each tree in this directory (NAME.out, NAME.err), to compare two binaries with diff -r")
	flag.StringVar(&cfg.only, "only", "", "run only the entries whose id, repository or module contains this")
	flag.StringVar(&cfg.mirrors, "mirrors", envOr("REDISLINT_CORPUS_MIRRORS", "/work/.mirror"), "directory of fetched mirrors (OWNER+NAME/repo)")
	flag.StringVar(&cfg.work, "work", envOr("REDISLINT_CORPUS_WORK", filepath.Join(os.TempDir(), "redislint-corpus")), "directory where trees are extracted and kept")
	flag.StringVar(&cfg.manifests, "manifests", "", "the manifests' directory (default tools/corpus/manifests)")
	flag.StringVar(&cfg.redislint, "redislint", "", "the redislint binary to measure (default: build ./cmd/redislint)")
	flags := flag.String("flags", "", "analyzer flags for every run of redislint, space-separated (-flags=-crossslot.standalone): to triage another default; -check then fails on what they add")
	flag.Parse()
	analyzerFlags = strings.Fields(*flags)
	if !cfg.bugs && !cfg.correct && !cfg.sweep {
		cfg.bugs, cfg.correct, cfg.sweep = true, true, true
	}
	if err := run(context.Background(), &cfg); err != nil {
		fmt.Fprintf(os.Stderr, "corpus: %v\n", err)
		os.Exit(1)
	}
}

type config struct {
	bugs, correct, sweep, check, floor  bool
	doc, pending, only, outputs, costs  string
	runs                                int
	mirrors, work, redislint, manifests string
}

func run(ctx context.Context, cfg *config) error {
	root, err := repoRoot()
	if err != nil {
		return err
	}
	mdir := cfg.manifests
	if mdir == "" {
		mdir = filepath.Join(root, "tools", "corpus", "manifests")
	}
	m, err := loadManifests(mdir)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(cfg.work, 0o755); err != nil {
		return err
	}
	if cfg.work, err = filepath.EvalSymlinks(cfg.work); err != nil {
		return err
	}
	cfg.work, _ = filepath.Abs(cfg.work)
	dg, err := loadDigests(filepath.Join(mdir, "digests.txt"), cfg.check)
	if err != nil {
		return err
	}
	t := &trees{work: cfg.work, mirrors: cfg.mirrors, digests: dg}
	gobuild.Log = discard{}
	bin := filepath.Join(cfg.work, "bin")
	if cfg.redislint == "" {
		cfg.redislint = filepath.Join(bin, "redislint")
		if _, err := gobuild.GoEnv(ctx, root, []string{"CGO_ENABLED=0"}, "build", "-o", cfg.redislint, "./cmd/redislint"); err != nil {
			return err
		}
	}
	r := &runner{cfg: cfg, trees: t, redislint: cfg.redislint}
	if cfg.floor {
		r.floor = filepath.Join(bin, "floor")
		if _, err := gobuild.GoEnv(ctx, root, []string{"CGO_ENABLED=0"}, "build", "-o", r.floor, "./tools/bench/floor"); err != nil {
			return err
		}
	}
	res := &Results{}
	if cfg.bugs {
		r.runBugs(ctx, m, res)
	}
	if cfg.correct {
		r.runCorrect(ctx, m, res)
	}
	if cfg.sweep {
		r.runSweep(ctx, m, res)
	}
	if err := dg.save(); err != nil {
		return err
	}
	if cfg.costs != "" {
		data, err := json.MarshalIndent(res.Costs, "", "\t")
		if err != nil {
			return err
		}
		if err := os.WriteFile(cfg.costs, data, 0o644); err != nil {
			return err
		}
	}
	report := res.markdown(cfg)
	fmt.Print(report)
	if cfg.doc != "" {
		if err := os.WriteFile(cfg.doc, []byte(docHeader+report), 0o644); err != nil {
			return err
		}
	}
	if cfg.pending != "" {
		if err := os.WriteFile(cfg.pending, []byte(res.pendingYAML()), 0o644); err != nil {
			return err
		}
	}
	if cfg.check {
		if problems := res.checkSweep(); len(problems) > 0 {
			return fmt.Errorf("the sweep does not match its triage:\n  %s", strings.Join(problems, "\n  "))
		}
		if len(res.Failed) > 0 && cfg.sweep && !cfg.bugs && !cfg.correct {
			return fmt.Errorf("%d sweep modules could not be analyzed", len(res.Failed))
		}
	}
	return nil
}

func repoRoot() (string, error) {
	out, err := exec.Command("go", "env", "GOMOD").Output()
	if err != nil {
		return "", fmt.Errorf("go env GOMOD: %v", err)
	}
	gomod := strings.TrimSpace(string(out))
	if gomod == "" || gomod == os.DevNull {
		return "", fmt.Errorf("run the corpus inside the redislint module")
	}
	return filepath.Dir(gomod), nil
}

func envOr(name, def string) string {
	if v := os.Getenv(name); v != "" {
		return v
	}
	return def
}

type discard struct{}

func (discard) Write(p []byte) (int, error) { return len(p), nil }
