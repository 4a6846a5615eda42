// Command bench measures what redislint costs against the floor: an x/tools
// multichecker with one analyzer that does nothing (./floor), built on the
// same x/tools, which costs what loading and type-checking cost.
//
// Usage, from the repository's root:
//
//	go run ./tools/bench [-runs 3] [-sizes 500,2000,8000] [-goredis] [-vet] [-golangci]
//
// It builds redislint and the floor, generates the service of the
// benchmark for each size (N Go files in packages of ten files, one package
// in ten using go-redis v9.23.0), runs the floor and redislint alternately
// (one warm-up run each, then -runs each) on ./..., and prints the medians
// of wall time, CPU time (user+system, child processes included) and peak
// RSS (the largest process: the driver itself), with the ratios, then how
// cost grows with size (the exponent of a power law fitted to the medians).
//
// -goredis measures the same on go-redis v9.23.0 (from the module proxy),
// its tests included. -vet measures go vet -vettool=redislint against go vet
// -vettool=floor on the service of the middle size and on go-redis, each run
// with a fresh flag value so that go vet's cache is defeated. -golangci
// builds golangci-lint with the redislint plugin (tools/golangci-redislint)
// and compares a run with redislint enabled against a run with the same
// binary and redislint disabled (no linter of ours; errcheck, which needs
// types and no facts, on in both).
//
// The machine should be otherwise idle: quote medians and ratios.
package main

import (
	"context"
	"flag"
	"fmt"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/redislint/redislint/tools/internal/gobuild"
	"github.com/redislint/redislint/tools/internal/stats"
)

func main() {
	runs := flag.Int("runs", 3, "measured runs of each tool, alternately")
	sizes := flag.String("sizes", "500,2000,8000", "comma-separated numbers of files of the generated service")
	goredis := flag.Bool("goredis", false, "measure go-redis v9.23.0 with its tests too")
	vet := flag.Bool("vet", false, "measure go vet -vettool too")
	golangci := flag.Bool("golangci", false, "measure the golangci-lint plugin too")
	keep := flag.Bool("keep", false, "keep the temporary directory")
	cold := flag.Bool("cold", false, "measure the first run from an empty build cache too (needs -goredis for go-redis's)")
	coldRuns := flag.Int("coldruns", 1, "cold runs of each tool, alternately")
	sweep := flag.Bool("sweep", false, "measure the corpus's sweep, module by module (go run ./tools/corpus -sweep -floor)")
	sweepRuns := flag.Int("sweepruns", 3, "runs of each tool per sweep module")
	sweepOnly := flag.String("sweeponly", "", "passed to tools/corpus -only")
	gopls := flag.Bool("gopls", false, "measure gopls-redislint's edit-to-diagnostics latency on the middle size, with and without redislint's analyzers")
	goplsEdits := flag.Int("goplsedits", 10, "edits per gopls session")
	doc := flag.String("doc", "", "regenerate the figures of this file (docs/performance.md) between its markers")
	flag.Parse()
	rep := &report{command: "go run ./tools/bench " + strings.Join(os.Args[1:], " "), runs: *runs, loadBefore: loadAverage(), sweepRuns: *sweepRuns}
	if !*gopls {
		rep.goplsNote = "Not measured by this run (-gopls)."
	}

	var ns []int
	for s := range strings.SplitSeq(*sizes, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(s))
		if err != nil || n < 10 {
			fatalf("-sizes: %q is not a number of files (at least 10)", s)
		}
		ns = append(ns, n)
	}
	tmp, err := os.MkdirTemp("", "redislint-bench")
	if err != nil {
		fatalf("%v", err)
	}
	if *keep {
		fmt.Println("temporary directory:", tmp)
	} else {
		defer os.RemoveAll(tmp)
	}
	// redislint keeps the facts of dependencies read from source between
	// runs (driver.FactCache), as go keeps export data: in a directory of
	// this run's own, which the warm-up runs fill (an empty one for each
	// cold run, as its GOCACHE). The tools the bench starts inherit it.
	os.Setenv("REDISLINT_FACTS", filepath.Join(tmp, "facts"))
	b := &bench{runs: *runs, tmp: tmp, warmup: true}
	gobuild.Log = os.Stderr
	root := repoRoot()
	b.redislint = b.build(root, "./cmd/redislint", "redislint")
	b.floor = b.build(root, "./tools/bench/floor", "floor")

	var growth []sized
	for _, n := range ns {
		dir := filepath.Join(tmp, fmt.Sprintf("service%d", n))
		if err := generate(dir, n, root); err != nil {
			fatalf("%v", err)
		}
		name := fmt.Sprintf("service, %d files", n)
		r := b.compare(name, dir,
			[]string{b.floor, "./..."}, []string{b.redislint, "-debug=r", "./..."})
		growth = append(growth, sized{n, r})
		rep.warm = append(rep.warm, named{name, r})
	}
	if len(growth) > 1 {
		printGrowth(growth)
	}
	rep.growth = growth

	var goredisDir string
	if *goredis || *vet {
		src, err := gobuild.Download(context.Background(), "github.com/redis/go-redis/v9", "v9.23.0")
		if err != nil {
			fatalf("%v", err)
		}
		goredisDir = filepath.Join(tmp, "go-redis")
		if err := gobuild.CopyDir(goredisDir, src); err != nil {
			fatalf("%v", err)
		}
		if _, err := gobuild.Go(context.Background(), goredisDir, "mod", "download"); err != nil {
			fatalf("%v", err)
		}
	}
	if *goredis {
		r := b.compare("go-redis v9.23.0 with tests", goredisDir,
			[]string{b.floor, "./..."}, []string{b.redislint, "-debug=r", "./..."})
		rep.warm = append(rep.warm, named{"go-redis v9.23.0 with tests", r})
	}
	mid := ns[len(ns)/2]
	midDir := filepath.Join(tmp, fmt.Sprintf("service%d", mid))

	// The result cache as a user meets it: a run after a run, nothing
	// changed, and a run after an edit (a comment appended to one file
	// before each run of either tool, so that go list compiles its package
	// again for both).
	kept := []struct{ name, dir, edit string }{{fmt.Sprintf("service, %d files", mid), midDir, filepath.Join(midDir, "internal", "p0009", "f0.go")}}
	if *goredis {
		kept = append(kept, struct{ name, dir, edit string }{"go-redis v9.23.0 with tests", goredisDir, filepath.Join(goredisDir, "ring.go")})
	}
	for _, k := range kept {
		floor, ours := []string{b.floor, "./..."}, []string{b.redislint, "./..."}
		rep.kept = append(rep.kept, named{k.name + ", unchanged", b.compare(k.name+", unchanged", k.dir, floor, ours)})
		b.edit = k.edit
		rep.kept = append(rep.kept, named{k.name + ", " + filepath.Base(k.edit) + " edited", b.compare(k.name+", one file edited", k.dir, floor, ours)})
		b.edit = ""
	}
	if *vet {
		for _, c := range []struct{ name, dir string }{{fmt.Sprintf("service, %d files", mid), midDir}, {"go-redis v9.23.0", goredisDir}} {
			name := "go vet -vettool, " + c.name
			r := b.compare(name, c.dir,
				[]string{"go", "vet", "-vettool=" + b.floor, "-noop.salt=SALT", "./..."},
				[]string{"go", "vet", "-vettool=" + b.redislint, "-nodelocal.skip=SALT", "./..."})
			rep.vet = append(rep.vet, named{name, r})
		}
	}
	if *cold {
		mods := []struct{ name, dir string }{{fmt.Sprintf("service, %d files", mid), midDir}}
		if *goredis {
			mods = append(mods, struct{ name, dir string }{"go-redis v9.23.0 with tests", goredisDir})
		}
		for _, m := range mods {
			rep.cold = append(rep.cold, b.coldRuns(m.name, m.dir, *coldRuns))
		}
	}
	if *golangci {
		b.golangci(root, midDir)
	}
	if *gopls {
		bin := filepath.Join(tmp, "gopls-redislint")
		if _, err := gobuild.Go(context.Background(), root, "run", "./tools/gopls-redislint", "-o", bin); err != nil {
			fatalf("%v", err)
		}
		file := filepath.Join(midDir, "internal", "p0009", "f0.go")
		var without, with []measure
		for round := range 2 {
			for _, ours := range []bool{false, true} {
				fmt.Fprintf(os.Stderr, "gopls, round %d, redislint %v\n", round+1, ours)
				ds, err := goplsLatency(bin, midDir, file, ours, *goplsEdits)
				if err != nil {
					fatalf("gopls: %v", err)
				}
				for _, d := range ds {
					if ours {
						with = append(with, measure{wall: d})
					} else {
						without = append(without, measure{wall: d})
					}
				}
			}
		}
		r := result{median(without), median(with)}
		name := fmt.Sprintf("edit to diagnostics, service, %d files (medians of %d edits)", mid, len(with))
		rep.gopls = append(rep.gopls, named{name, r})
		fmt.Printf("\ngopls %s\n  without redislint %.3fs, with %.3fs, ratio %.2fx\n", name, r.floor.wall.Seconds(), r.ours.wall.Seconds(), r.ours.wall.Seconds()/r.floor.wall.Seconds())
	}
	if *sweep {
		// Every package analyzed (REDISLINT_RESULTS=off), then with the
		// result cache, as a second run meets it.
		for _, results := range []string{"off", ""} {
			costs := filepath.Join(tmp, "sweep-costs"+results+".json")
			args := []string{"run", "./tools/corpus", "-sweep", "-floor", "-runs", strconv.Itoa(*sweepRuns), "-costs", costs, "-redislint", b.redislint}
			if *sweepOnly != "" {
				args = append(args, "-only", *sweepOnly)
			}
			cmd := exec.Command("go", args...)
			cmd.Dir, cmd.Stderr = root, os.Stderr
			cmd.Env = append(os.Environ(), "REDISLINT_RESULTS="+results)
			if err := cmd.Run(); err != nil {
				rep.sweepFailedNote = fmt.Sprintf("tools/corpus: %v (the modules it could not analyze are left out).", err)
			}
			cs, err := readCosts(costs)
			if err != nil {
				fatalf("reading the sweep's costs: %v", err)
			}
			if results == "off" {
				rep.sweep = cs
			} else {
				rep.keptSweep = cs
			}
			fmt.Printf("\nthe sweep, module by module, REDISLINT_RESULTS=%s (medians of at least %d alternate runs)\n", results, *sweepRuns)
			for _, c := range cs {
				fmt.Printf("  %-60s wall %5.2fx  RSS %5.2fx\n", c.Name, c.Ours.Wall.Seconds()/c.Floor.Wall.Seconds(), float64(c.Ours.RSS)/float64(c.Floor.RSS))
			}
		}
	}
	rep.loadAfter = loadAverage()
	fmt.Printf("\nload average before %s, after %s\n", rep.loadBefore, rep.loadAfter)
	if *doc != "" {
		if err := writeDoc(*doc, rep.markdown()); err != nil {
			fatalf("%v", err)
		}
	}
}

type bench struct {
	runs             int
	warmup           bool
	tmp              string
	redislint, floor string
	salt             int
	// edit, when set, is a file that gets a comment appended before
	// each run.
	edit string
}

// measure is one run: wall and CPU time, peak RSS in bytes.
type measure struct {
	wall, cpu time.Duration
	rss       int64
}

// result holds the medians of the floor and of redislint.
type result struct{ floor, ours measure }

type sized struct {
	n int
	r result
}

// build builds a command as the README installs redislint: CGO_ENABLED=0,
// a static binary (the floor, which imports no net, is one anyway). A
// binary that links libc dynamically (net's cgo resolver, for `redislint
// cluster`) pays about 6 ms of CPU at every start, and go vet starts the
// tool once per package.
func (b *bench) build(root, pkg, name string) string {
	out := filepath.Join(b.tmp, name)
	if _, err := gobuild.GoEnv(context.Background(), root, []string{"CGO_ENABLED=0"}, "build", "-o", out, pkg); err != nil {
		fatalf("%v", err)
	}
	return out
}

// run runs args in dir once, replacing SALT by a fresh value.
func (b *bench) run(dir string, args []string) measure {
	b.salt++
	if b.edit != "" {
		f, err := os.OpenFile(b.edit, os.O_APPEND|os.O_WRONLY, 0)
		if err != nil {
			fatalf("%v", err)
		}
		fmt.Fprintf(f, "\n// edit %d\n", b.salt)
		if err := f.Close(); err != nil {
			fatalf("%v", err)
		}
	}
	args = slices.Clone(args)
	for i, a := range args {
		args[i] = strings.ReplaceAll(a, "SALT", fmt.Sprintf("salt%d%d", time.Now().UnixNano(), b.salt))
	}
	cmd := exec.Command(args[0], args[1:]...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOWORK=off")
	start := time.Now()
	out, err := cmd.CombinedOutput()
	wall := time.Since(start)
	if cmd.ProcessState == nil {
		fatalf("%s: %v", strings.Join(args, " "), err)
	}
	// Exit codes 1 (go vet: diagnostics) and 3 (diagnostics) are the
	// tools' answers; anything else is a failure.
	if code := cmd.ProcessState.ExitCode(); code != 0 && code != 1 && code != 3 {
		fatalf("%s (in %s): exit %d\n%s", strings.Join(args, " "), dir, code, out)
	}
	for _, a := range args {
		for _, v := range []string{"GOCACHE=", "REDISLINT_FACTS="} {
			if c, ok := strings.CutPrefix(a, v); ok {
				os.RemoveAll(c)
			}
		}
	}
	ru := cmd.ProcessState.SysUsage().(*syscall.Rusage)
	return measure{
		wall: wall,
		cpu:  cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime(),
		rss:  ru.Maxrss * 1024,
	}
}

// compare runs floor and ours alternately and prints the medians.
func (b *bench) compare(name, dir string, floor, ours []string) result {
	if b.warmup {
		fmt.Fprintf(os.Stderr, "%s: warm-up\n", name)
		b.run(dir, floor)
		b.run(dir, ours)
	}
	var fs, os_ []measure
	for i := range b.runs {
		fmt.Fprintf(os.Stderr, "%s: run %d\n", name, i+1)
		fs = append(fs, b.run(dir, floor))
		os_ = append(os_, b.run(dir, ours))
	}
	r := result{median(fs), median(os_)}
	fmt.Printf("\n%s (medians of %d alternate runs)\n", name, b.runs)
	fmt.Printf("  %-10s %10s %10s %8s\n", "", "floor", "redislint", "ratio")
	fmt.Printf("  %-10s %9.2fs %9.2fs %7.2fx\n", "wall", r.floor.wall.Seconds(), r.ours.wall.Seconds(), r.ours.wall.Seconds()/r.floor.wall.Seconds())
	fmt.Printf("  %-10s %9.2fs %9.2fs %7.2fx\n", "CPU", r.floor.cpu.Seconds(), r.ours.cpu.Seconds(), r.ours.cpu.Seconds()/r.floor.cpu.Seconds())
	fmt.Printf("  %-10s %8dMB %8dMB %7.2fx\n", "peak RSS", r.floor.rss>>20, r.ours.rss>>20, float64(r.ours.rss)/float64(r.floor.rss))
	return r
}

func median(ms []measure) measure {
	pick := func(f func(measure) int64) int64 {
		vs := make([]int64, len(ms))
		for i, m := range ms {
			vs[i] = f(m)
		}
		return stats.Median(vs)
	}
	return measure{
		wall: time.Duration(pick(func(m measure) int64 { return int64(m.wall) })),
		cpu:  time.Duration(pick(func(m measure) int64 { return int64(m.cpu) })),
		rss:  pick(func(m measure) int64 { return m.rss }),
	}
}

// exponents fits cost = a·n^k to the medians (least squares on logs) of
// each measure: floor and redislint wall, CPU, RSS.
func exponents(gs []sized) [6]float64 {
	exp := func(f func(sized) float64) float64 {
		var sx, sy, sxx, sxy float64
		for _, g := range gs {
			x, y := math.Log(float64(g.n)), math.Log(f(g))
			sx, sy, sxx, sxy = sx+x, sy+y, sxx+x*x, sxy+x*y
		}
		n := float64(len(gs))
		return (n*sxy - sx*sy) / (n*sxx - sx*sx)
	}
	return [6]float64{
		exp(func(g sized) float64 { return g.r.floor.wall.Seconds() }),
		exp(func(g sized) float64 { return g.r.ours.wall.Seconds() }),
		exp(func(g sized) float64 { return g.r.floor.cpu.Seconds() }),
		exp(func(g sized) float64 { return g.r.ours.cpu.Seconds() }),
		exp(func(g sized) float64 { return float64(g.r.floor.rss) }),
		exp(func(g sized) float64 { return float64(g.r.ours.rss) }),
	}
}

// printGrowth prints the medians by size and the fitted exponents.
func printGrowth(gs []sized) {
	fmt.Printf("\ngrowth with the number of files (cost ∝ files^k)\n")
	fmt.Printf("  %-8s %12s %12s %12s %12s %12s %12s\n", "files", "floor wall", "ours wall", "floor CPU", "ours CPU", "floor RSS", "ours RSS")
	for _, g := range gs {
		fmt.Printf("  %-8d %11.2fs %11.2fs %11.2fs %11.2fs %10dMB %10dMB\n", g.n,
			g.r.floor.wall.Seconds(), g.r.ours.wall.Seconds(), g.r.floor.cpu.Seconds(), g.r.ours.cpu.Seconds(), g.r.floor.rss>>20, g.r.ours.rss>>20)
	}
	k := exponents(gs)
	fmt.Printf("  %-8s %12.2f %12.2f %12.2f %12.2f %12.2f %12.2f\n", "k", k[0], k[1], k[2], k[3], k[4], k[5])
}

func repoRoot() string {
	out, err := exec.Command("go", "env", "GOMOD").Output()
	if err != nil {
		fatalf("go env GOMOD: %v", err)
	}
	gomod := strings.TrimSpace(string(out))
	if gomod == "" || gomod == os.DevNull {
		fatalf("run bench inside the redislint module")
	}
	return filepath.Dir(gomod)
}

func fatalf(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "bench: "+format+"\n", args...)
	os.Exit(1)
}

// golangci builds golangci-lint with the redislint plugin and compares, on
// the service in dir, a run with redislint and errcheck enabled against
// the same binary with errcheck alone (types, no facts). Each run gets a
// fresh golangci-lint cache.
func (b *bench) golangci(root, dir string) {
	version := "v2.15.0"
	if data, err := os.ReadFile(filepath.Join(root, ".custom-gcl.yml")); err == nil {
		for l := range strings.SplitSeq(string(data), "\n") {
			if v, ok := strings.CutPrefix(l, "version: "); ok {
				version = strings.TrimSpace(v)
			}
		}
	}
	custom := filepath.Join(b.tmp, "custom-gcl.yml")
	bin := filepath.Join(b.tmp, "golangci-lint-redislint")
	writeFile(custom, fmt.Sprintf(`version: %s
name: golangci-lint-redislint
destination: %s
plugins:
  - module: github.com/redislint/redislint
    import: github.com/redislint/redislint/golangci
    path: %s
`, version, b.tmp, root))
	if _, err := gobuild.Go(context.Background(), root, "run", "./tools/golangci-redislint", "-config", custom, "-o", bin); err != nil {
		fatalf("%v", err)
	}
	const linters = `version: "2"
linters:
  default: none
  enable:
    - errcheck
%s  settings:
    custom:
      redislint:
        type: module
        description: redislint
`
	floorCfg := filepath.Join(b.tmp, "golangci-floor.yml")
	oursCfg := filepath.Join(b.tmp, "golangci-ours.yml")
	writeFile(floorCfg, fmt.Sprintf(linters, ""))
	writeFile(oursCfg, fmt.Sprintf(linters, "    - redislint\n"))
	cache := filepath.Join(b.tmp, "golangci-cache-SALT")
	run := func(cfg string) []string {
		return []string{"env", "GOLANGCI_LINT_CACHE=" + cache, bin, "run", "--issues-exit-code=3", "-c", cfg, "./..."}
	}
	b.compare("golangci-lint, "+filepath.Base(dir), dir, run(floorCfg), run(oursCfg))
}

func writeFile(name, content string) {
	if err := os.WriteFile(name, []byte(content), 0o644); err != nil {
		fatalf("%v", err)
	}
}
