package driver

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"log"
	"os"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"runtime/trace"
	"sort"
	"strconv"
	"strings"
	"time"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/analysis/multichecker"
	"golang.org/x/tools/go/packages"

	"github.com/redislint/redislint/internal/depsrc"
)

// Main is the main function of a multichecker whose analyzers newAnalyzers
// returns (fresh ones on each call). Its command line, output and exit
// codes are x/tools' multichecker's; only the loading differs (see [Load]).
//
// Runs that print diagnostics (text or -json) take the fast path of this
// package. Everything else — help, -flags, -V, -fix and -diff, a bad flag,
// no package — is handed to multichecker.Main unchanged. Under go vet (a
// single .cfg argument), [VetShortcut] handles the packages that can hold
// no Redis fact, and multichecker.Main (unitchecker) the others.
func Main(newAnalyzers func() []*analysis.Analyzer) {
	opts, as, m := parseArgs(os.Args[1:], newAnalyzers())
	switch m {
	case modeFast:
		progname := filepath.Base(os.Args[0])
		log.SetFlags(0)
		log.SetPrefix(progname + ": ")
		os.Exit(Run(opts, as, os.Stdout, os.Stderr))
	case modeVet:
		if VetShortcut(opts.Patterns[0]) {
			os.Exit(0)
		}
		// Key builders of dependencies that took the shortcut are read
		// from source when called in a key position.
		if r := newVetResolver(opts.Patterns[0]); r != nil {
			depsrc.SetDefault(r)
		}
		multichecker.Main(append(newAnalyzers(), UsesRedis)...)
	default:
		multichecker.Main(newAnalyzers()...)
	}
}

type mode int

const (
	modeFallback mode = iota // multichecker.Main
	modeFast                 // Run
	modeVet                  // a go vet .cfg: VetShortcut or unitchecker
)

// Options are the multichecker's flags the fast path honours.
type Options struct {
	Patterns                      []string
	JSON                          bool
	Context                       int // -c
	Tests                         bool
	Debug                         string
	CPUProfile, MemProfile, Trace string
	// Tags are the build tags of -tags, given to go list (x/tools'
	// checker takes the flag and ignores it).
	Tags string
}

// parseArgs parses args as the multichecker would. It returns modeFallback
// when the command line asks for something other than printing diagnostics
// or analyzing a package for go vet, or does not parse: multichecker.Main
// then handles it, with its messages. Under go vet, it returns modeVet (the
// .cfg file in Patterns) only when no -NAME flag selects analyzers: the
// UsesRedis marks must be in every vetx file for the shortcut to hold.
func parseArgs(args []string, all []*analysis.Analyzer) (*Options, []*analysis.Analyzer, mode) {
	if analysis.Validate(all) != nil {
		return nil, nil, modeFallback
	}
	fs := flag.NewFlagSet("redislint", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	opts := &Options{Context: -1, Tests: true}
	sel := AnalyzerFlags(fs, all, false)
	// The flags of x/tools' checker and analysisflags, with their defaults.
	fs.StringVar(&opts.Debug, "debug", "", "")
	fs.StringVar(&opts.CPUProfile, "cpuprofile", "", "")
	fs.StringVar(&opts.MemProfile, "memprofile", "", "")
	fs.StringVar(&opts.Trace, "trace", "", "")
	fs.BoolVar(&opts.Tests, "test", true, "")
	printFlags := fs.Bool("flags", false, "")
	version := new(triState)
	fs.Var(version, "V", "")
	fs.BoolVar(&opts.JSON, "json", false, "")
	fs.IntVar(&opts.Context, "c", -1, "")
	fix := fs.Bool("fix", false, "")
	fs.Bool("diff", false, "") // only with -fix
	fs.Bool("source", false, "")
	verbose := fs.Bool("v", false, "")
	fs.Bool("all", false, "")
	fs.StringVar(&opts.Tags, "tags", "", "")
	if err := fs.Parse(args); err != nil || *printFlags || *version != unset {
		return nil, nil, modeFallback
	}
	if fs.NArg() == 1 && strings.HasSuffix(fs.Arg(0), ".cfg") {
		if sel.Set() {
			return nil, nil, modeFallback
		}
		return &Options{Patterns: fs.Args()}, nil, modeVet
	}
	if *fix || fs.NArg() == 0 || fs.Arg(0) == "help" {
		return nil, nil, modeFallback
	}
	if *verbose && !strings.Contains(opts.Debug, "v") {
		opts.Debug += "v"
	}
	opts.Patterns = fs.Args()
	return opts, sel.Analyzers(), modeFast
}

// DefaultFactCache is the fact cache of the command (and -debug=c's
// absence) for the analyzers as: in $REDISLINT_FACTS, or redislint/facts in
// the user's cache directory; nil when REDISLINT_FACTS is "off" or there is
// no user cache directory.
func DefaultFactCache(as []*analysis.Analyzer) *FactCache {
	dir := os.Getenv("REDISLINT_FACTS")
	switch dir {
	case "off":
		return nil
	case "":
		base, err := os.UserCacheDir()
		if err != nil {
			return nil
		}
		dir = filepath.Join(base, "redislint", "facts")
	}
	return &FactCache{Dir: dir, Analyzers: as}
}

// Run is the multichecker's run (x/tools' internal/checker.Run) on a program
// loaded by [Load]. It returns the exit code: 1 when loading or an analysis
// failed, 3 when diagnostics were printed as text, 0 otherwise.
func Run(opts *Options, as []*analysis.Analyzer, stdout, stderr io.Writer) (exitcode int) {
	exitAtLeast := func(code int) { exitcode = max(code, exitcode) }
	dbg := func(b byte) bool { return strings.IndexByte(opts.Debug, b) >= 0 }

	if opts.CPUProfile != "" {
		f, err := os.Create(opts.CPUProfile)
		if err != nil {
			log.Fatal(err)
		}
		if err := pprof.StartCPUProfile(f); err != nil {
			log.Fatal(err)
		}
		profileLabels = true
		defer pprof.StopCPUProfile()
	}
	if opts.Trace != "" {
		f, err := os.Create(opts.Trace)
		if err != nil {
			log.Fatal(err)
		}
		if err := trace.Start(f); err != nil {
			log.Fatal(err)
		}
		defer func() {
			trace.Stop()
			log.Printf("To view the trace, run:\n$ go tool trace view %s", opts.Trace)
		}()
	}
	if opts.MemProfile != "" {
		f, err := os.Create(opts.MemProfile)
		if err != nil {
			log.Fatal(err)
		}
		defer func() {
			runtime.GC()
			if err := pprof.WriteHeapProfile(f); err != nil {
				log.Fatalf("Writing memory profile: %v", err)
			}
			f.Close()
		}()
	}

	if dbg('l') {
		startTimeline()
		defer printTimeline(stderr, 0)
	}
	if dbg('v') {
		log.SetPrefix("")
		log.SetFlags(log.Lmicroseconds)
		log.Printf("load %s", opts.Patterns)
	}
	var facts *FactCache
	if !dbg('c') {
		facts = DefaultFactCache(as)
	}
	// The diagnostics of the initial packages are kept beside their facts
	// (LoadConfig.Results) unless -debug=r or REDISLINT_RESULTS=off: every
	// package is then analyzed, as by the bench's warm runs.
	results := !dbg('r') && os.Getenv("REDISLINT_RESULTS") != "off"
	cfg := LoadConfig{Tests: opts.Tests, AllFacts: dbg('u'), LazyRoots: true, Facts: facts, Results: results}
	if opts.Tags != "" {
		cfg.BuildFlags = []string{"-tags=" + opts.Tags}
	}
	prog, err := Start(cfg, opts.Patterns...)
	if err == nil && len(prog.Initial) == 0 {
		err = fmt.Errorf("%s matched no packages", strings.Join(opts.Patterns, " "))
	}
	if err != nil {
		log.Print(err)
		exitAtLeast(1)
		return
	}
	// Only the diagnostics and errors are printed: the syntax, types and
	// results of every package can go once its analyses have run.
	prog.Lean = true
	// Once the program is loaded (most of it still being analyzed), the
	// collector's next goal comes from the heap in use: see resetHeapGoal.
	go func() {
		prog.Wait()
		if dbg('v') {
			log.Printf("every package type-checked")
		}
		resetHeapGoal()
	}()

	var factLog io.Writer
	if dbg('f') {
		factLog = stderr
	}
	if dbg('v') {
		log.Printf("building graph of analysis passes")
	}
	// Each package is analyzed as soon as it is type-checked; Analyze
	// returns once the whole program is loaded, so that the errors of
	// every package are known.
	graph, err := prog.Analyze(as, &checker.Options{
		SanityCheck: dbg('s'),
		Sequential:  dbg('p'),
		FactLog:     factLog,
	})
	if dbg('v') {
		log.Printf("analysis done")
		if read := prog.DependenciesRead(); len(read) > 0 {
			log.Printf("dependencies read from source for their key builders: %s", strings.Join(read, " "))
		}
	}
	if n := packages.PrintErrors(prog.Initial); n > 0 {
		exitAtLeast(1)
	}
	if err != nil {
		log.Print(err)
		exitAtLeast(1)
		return
	}

	if opts.JSON {
		if err := graph.PrintJSON(stdout); err != nil {
			exitAtLeast(1)
		}
	} else {
		if err := graph.PrintText(stderr, opts.Context); err != nil {
			exitAtLeast(1)
			return
		}
		var numErrors, rootDiags int
		for act := range graph.All() {
			if act.Err != nil {
				numErrors++
			} else if act.IsRoot {
				rootDiags += len(act.Diagnostics)
			}
		}
		if numErrors > 0 {
			exitAtLeast(1)
		} else if rootDiags > 0 {
			exitAtLeast(3)
		}
	}

	if dbg('t') {
		if !dbg('p') {
			log.Println("Warning: times are mostly GC/scheduler noise; use -debug=tp to disable parallelism")
		}
		var list []*checker.Action
		var total time.Duration
		for act := range graph.All() {
			list = append(list, act)
			total += act.Duration
		}
		sort.Slice(list, func(i, j int) bool { return list[i].Duration > list[j].Duration })
		var sum time.Duration
		for _, act := range list {
			fmt.Fprintf(stderr, "%s\t%s\n", act.Duration, act)
			sum += act.Duration
			if sum >= total*9/10 {
				break
			}
		}
		if total > sum {
			fmt.Fprintf(stderr, "%s\tall others\n", total-sum)
		}
	}
	return
}

// triState is the multichecker's -NAME flag: unset, true or false.
type triState int

const (
	unset triState = iota
	setTrue
	setFalse
)

func (ts *triState) IsBoolFlag() bool { return true }
func (ts *triState) String() string   { return strconv.FormatBool(*ts != setFalse) }
func (ts *triState) Set(s string) error {
	b, err := strconv.ParseBool(s)
	if err != nil {
		return errors.New("want true or false")
	}
	*ts = setFalse
	if b {
		*ts = setTrue
	}
	return nil
}

// Selection is the multichecker's -NAME flags of a set of analyzers.
type Selection struct {
	all     []*analysis.Analyzer
	enabled map[*analysis.Analyzer]*triState
}

// AnalyzerFlags registers on fs the multichecker's flags of the analyzers:
// -NAME (enable or disable one) and -NAME.FLAG (its flags), with usage
// texts when usage is set. The Selection reads the -NAME flags once fs is
// parsed.
func AnalyzerFlags(fs *flag.FlagSet, all []*analysis.Analyzer, usage bool) *Selection {
	sel := &Selection{all: all, enabled: map[*analysis.Analyzer]*triState{}}
	text := func(s string) string {
		if usage {
			return s
		}
		return ""
	}
	for _, a := range all {
		sel.enabled[a] = new(triState)
		fs.Var(sel.enabled[a], a.Name, text(fmt.Sprintf("enable %q analysis", a.Name)))
		a.Flags.VisitAll(func(f *flag.Flag) { fs.Var(f.Value, a.Name+"."+f.Name, text(f.Usage)) })
	}
	return sel
}

// Set reports whether any -NAME flag was given.
func (sel *Selection) Set() bool {
	for _, ts := range sel.enabled {
		if *ts != unset {
			return true
		}
	}
	return false
}

// Analyzers applies the multichecker's rule: if any -NAME flag is true, run
// only those analyzers; otherwise, if any is false, run all but those.
func (sel *Selection) Analyzers() []*analysis.Analyzer {
	var on, notOff []*analysis.Analyzer
	for _, a := range sel.all {
		switch *sel.enabled[a] {
		case setTrue:
			on = append(on, a)
			notOff = append(notOff, a)
		case unset:
			notOff = append(notOff, a)
		}
	}
	if len(on) > 0 {
		return on
	}
	return notOff
}
