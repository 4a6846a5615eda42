package live

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io/fs"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/redislint/redislint/internal/clustertest"
	"github.com/redislint/redislint/internal/drivertest"
)

var (
	updateDocs   = flag.Bool("update-docs", false, "rewrite the table of live results in docs/live.md")
	onlyPrograms = flag.String("programs", "", "run only the live programs whose names match this regexp, and their twins (docs/live.md is then not checked)")
)

// outcomes maps an outcome class to what its failure prints. A program
// that fails must print what exactly one of them matches.
var outcomes = map[string]*regexp.Regexp{
	"CROSSSLOT": regexp.MustCompile(`CROSSSLOT|CrossSlot: Keys in request`), // valkey-glide: "CrossSlot: Keys in request don't hash to the same slot"
	"BATCHSLOT": regexp.MustCompile(`Received crossed slots in pipeline`),
	"NOTATOMIC": regexp.MustCompile(`is not all-or-nothing`),
	"MOVED":     regexp.MustCompile(`MOVED \d+ `),
	"WATCHSLOT": regexp.MustCompile(`Watch requires all keys to be in the same slot`),
	"EXECABORT": regexp.MustCompile(`EXECABORT`),
	"LUAKEY":    regexp.MustCompile(`Script attempted to access a non local key in a cluster node`),
	"LUASLOT":   regexp.MustCompile(`Script attempted to access keys that do not hash to the same slot`),
	"KEYSLOT":   regexp.MustCompile(`keys ".*" and ".*" do not belong to the same slot`),
	"SELECT":    regexp.MustCompile(`SELECT is not allowed in cluster mode`),
	"MISSING":   regexp.MustCompile(`missing keys`),
	"ONENODE":   regexp.MustCompile(`reached one node only`),
	"LEFTOVER":  regexp.MustCompile(`keys left`),
	"SHAREDDB":  regexp.MustCompile(`shared database`),
	"PANIC":     regexp.MustCompile(`panic:`),
	"NOSEED":    regexp.MustCompile(`(?i)connection refused|no reachable|failed to|i/o timeout`),
}

// describeOutcome is docs/live.md's wording of each class.
var describeOutcome = map[string]string{
	"ok":        "works",
	"CROSSSLOT": "fails: `CROSSSLOT Keys in request don't hash to the same slot`",
	"MOVED":     "fails: `MOVED <slot> <node>`",
	"WATCHSLOT": "fails in go-redis: `redis: Watch requires all keys to be in the same slot`",
	"EXECABORT": "fails: `EXECABORT Transaction discarded because of previous errors`",
	"LUAKEY":    "fails: `Script attempted to access a non local key in a cluster node`",
	"LUASLOT":   "fails: `Script attempted to access keys that do not hash to the same slot`",
	"KEYSLOT":   "fails in radix, nothing sent: `keys \"…\" and \"…\" do not belong to the same slot`",
	"BATCHSLOT": "fails in valkey-glide, nothing sent: `Received crossed slots in pipeline`",
	"NOTATOMIC": "wrong result: split by slot, MSETNX sets the keys of one slot although a key of another exists",
	"SELECT":    "fails: `ERR SELECT is not allowed in cluster mode`",
	"MISSING":   "wrong result: sees only the keys of one node",
	"ONENODE":   "wrong result: configures one node only",
	"LEFTOVER":  "wrong result: empties one node only",
	"SHAREDDB":  "wrong result: DB is ignored, the client shares database 0",
	"PANIC":     "panics: cross-slot keys",
	"NOSEED":    "cannot start: its only seed is down",
}

type want struct {
	file     string
	line     int
	analyzer string
	re       *regexp.Regexp
	matched  bool
}

type program struct {
	name    string
	dir     string
	module  string        // the directory of its module: testdata/live or one nested in it
	outcome string        // how it ends on the cluster
	fixed   string        // how it ends after redislint -fix; "": -fix must leave it alone
	twin    string        // the program that does the same right, without -fix
	timeout time.Duration // how long it may run
	flags   string        // analyzer flags redislint runs with on it ("": the defaults)
	wants   []*want
	diags   []diag
}

// defaultTimeout is how long a program may run unless its file says
// "// timeout: DURATION".
const defaultTimeout = 30 * time.Second

type diag struct {
	file, analyzer, message string
	line                    int
}

// A program's main.go says, in lines of their own:
//
//	// outcome: CLASS      how it ends on the cluster: ok or a class of outcomes
//	// fixed: CLASS        how it ends after redislint -fix; without it, -fix must not touch the program
//	// twin: PROGRAM       a program that does the same right (ok, silent) without -fix
//	// timeout: DURATION   how long it may run (defaultTimeout)
//	// flags: FLAG         an analyzer flag redislint runs with on this program (an opt-in diagnostic)
//
// A failing program needs "// fixed: ok" or a twin. Programs run with
// REDIS_CLUSTER_ADDRS (every master, comma-separated), REDIS_CLUSTER_ADDR
// (the first master) and REDIS_DEAD_ADDR (a loopback address where nothing
// listens) in their environment.
var (
	headerRE = regexp.MustCompile(`(?m)^// (outcome|fixed|twin|timeout|flags): (\S+)$`)
	wantRE   = regexp.MustCompile("// want (\\w+) `([^`]*)`")
	okLineRE = regexp.MustCompile(`(?m)^ok$`)
)

func repoRoot(t *testing.T) string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "..", "..")
}

func run(t *testing.T, dir string, env []string, name string, args ...string) (string, error) {
	t.Helper()
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), env...)
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	err := cmd.Run()
	return out.String(), err
}

func TestLiveCluster(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs programs against a live cluster: not in -short")
	}
	root := repoRoot(t)
	tmp := t.TempDir()
	bin := filepath.Join(tmp, "redislint")
	if out, err := run(t, root, nil, "go", "build", "-o", bin, "./cmd/redislint"); err != nil {
		t.Fatalf("building redislint: %v\n%s", err, out)
	}
	mod := filepath.Join(tmp, "live")
	drivertest.CopyDir(t, filepath.Join(root, "testdata", "live"), mod)
	progs := loadPrograms(t, mod)
	if *onlyPrograms != "" {
		progs = selectPrograms(t, progs, *onlyPrograms)
	}
	mods := modules(t, progs)

	cluster := clustertest.Start(t, clustertest.Options{Masters: 3})
	env := []string{
		"REDIS_CLUSTER_ADDRS=" + strings.Join(cluster.Addrs(), ","), // every master
		"REDIS_CLUSTER_ADDR=" + cluster.Addrs()[0],                  // one master
		"REDIS_DEAD_ADDR=" + deadAddr(t),                            // nothing listens there
	}

	// 1. What redislint says.
	lap := stopwatch(t)
	diags := lintAll(t, bin, mods, progs)
	lap("redislint -json")
	assignDiags(t, progs, diags)
	for _, p := range progs {
		for _, w := range p.wants {
			if !w.matched {
				t.Errorf("%s:%d: no %s diagnostic matching %q", w.file, w.line, w.analyzer, w.re)
			}
		}
	}

	// 2. What happens on the cluster.
	binDir := filepath.Join(tmp, "bin")
	for _, m := range mods {
		build(t, m, binDir, "./...")
	}
	lap(fmt.Sprintf("building %d programs", len(progs)))
	results := map[string]string{}
	for _, p := range progs {
		got := runProgram(t, cluster, filepath.Join(binDir, p.name), env, p.timeout)
		results[p.name] = got
		if got != p.outcome {
			t.Errorf("%s: on the cluster it ended %s, the file says %s", p.name, got, p.outcome)
		}
		if (len(p.diags) > 0) != (got != "ok") {
			t.Errorf("%s: %d diagnostics but it ended %s on the cluster: redislint and the cluster disagree", p.name, len(p.diags), got)
		}
	}

	lap("running them")

	// 3. The fixes, applied, work. -fix runs on the whole module: it must
	// change exactly the programs that say how they end after it.
	before := snapshot(t, mod)
	for _, m := range mods {
		if out, err := run(t, m, drivertest.GoEnv(), bin, "-fix", "./..."); err != nil && !isDiagExit(err) {
			t.Fatalf("redislint -fix: %v\n%s", err, out)
		}
		for flags, names := range flagged(progs, m) {
			if out, err := run(t, m, drivertest.GoEnv(), bin, append([]string{"-fix", flags}, names...)...); err != nil && !isDiagExit(err) {
				t.Fatalf("redislint -fix %s: %v\n%s", flags, err, out)
			}
		}
	}
	after := snapshot(t, mod)
	for _, p := range progs {
		changed := changedUnder(before, after, p.dir)
		switch {
		case p.fixed != "" && len(changed) == 0:
			t.Errorf("%s: says how it ends after -fix (%s), but -fix left it alone", p.name, p.fixed)
		case p.fixed == "" && len(changed) > 0:
			t.Errorf("%s: -fix changed %s, but the program has no '// fixed:' line", p.name, strings.Join(changed, ", "))
		}
	}
	// Only the fixed programs changed: rebuild them (linking every program
	// again is most of the suite's time), or everything when -fix touched
	// a file that no program owns.
	rebuild := map[string][]string{}
	n := 0
	for _, m := range mods {
		rebuild[m] = []string{"./..."}
	}
	if !changedOutside(before, after, progs) {
		rebuild = map[string][]string{}
		for _, p := range progs {
			if p.fixed != "" {
				rebuild[p.module] = append(rebuild[p.module], "./"+p.name)
				n++
			}
		}
	}
	for _, m := range mods {
		if len(rebuild[m]) > 0 {
			build(t, m, binDir, rebuild[m]...)
		}
	}
	lap(fmt.Sprintf("redislint -fix, rebuilding %d programs", n))
	afterDiags := lintAll(t, bin, mods, progs)
	fixedResults := map[string]string{}
	for _, p := range progs {
		if p.fixed == "" {
			continue
		}
		got := runProgram(t, cluster, filepath.Join(binDir, p.name), env, p.timeout)
		fixedResults[p.name] = got
		if got != p.fixed {
			t.Errorf("%s: after -fix it ended %s, the file says %s", p.name, got, p.fixed)
		}
		for _, d := range afterDiags {
			if strings.HasPrefix(d.file, p.dir+string(filepath.Separator)) {
				t.Errorf("%s: still reported after -fix: %s:%d: %s: %s", p.name, filepath.Base(d.file), d.line, d.analyzer, d.message)
			}
		}
	}
	lap("linting and running the fixed programs")
	if t.Failed() || *onlyPrograms != "" {
		return
	}
	checkReadme(t, root, progs, results, fixedResults)
}

// stopwatch returns a function that logs how long the phase that just ended
// took.
func stopwatch(t *testing.T) func(phase string) {
	start := time.Now()
	return func(phase string) {
		t.Logf("%s: %v", phase, time.Since(start).Round(time.Millisecond))
		start = time.Now()
	}
}

// isDiagExit reports whether err is the exit status 3 by which x/tools
// checkers say they found something.
func isDiagExit(err error) bool {
	ee, ok := err.(*exec.ExitError)
	return ok && ee.ExitCode() == 3
}

func loadPrograms(t *testing.T, mod string) []*program {
	entries, err := os.ReadDir(mod)
	if err != nil {
		t.Fatal(err)
	}
	type entry struct{ module, name string }
	var dirs []entry
	for _, e := range entries {
		if _, err := os.Stat(filepath.Join(mod, e.Name(), "go.mod")); e.IsDir() && err == nil {
			nested, err := os.ReadDir(filepath.Join(mod, e.Name()))
			if err != nil {
				t.Fatal(err)
			}
			for _, n := range nested {
				dirs = append(dirs, entry{filepath.Join(mod, e.Name()), n.Name()})
			}
			continue
		}
		dirs = append(dirs, entry{mod, e.Name()})
	}
	var progs []*program
	for _, e := range dirs {
		main := filepath.Join(e.module, e.name, "main.go")
		src, err := os.ReadFile(main)
		if err != nil {
			continue
		}
		p := &program{name: e.name, dir: filepath.Join(e.module, e.name), module: e.module, timeout: defaultTimeout}
		for _, m := range headerRE.FindAllStringSubmatch(string(src), -1) {
			switch m[1] {
			case "outcome":
				p.outcome = m[2]
			case "fixed":
				p.fixed = m[2]
			case "twin":
				p.twin = m[2]
			case "flags":
				p.flags = m[2]
			case "timeout":
				d, err := time.ParseDuration(m[2])
				if err != nil || d <= 0 {
					t.Fatalf("%s: bad timeout %q", main, m[2])
				}
				p.timeout = d
			}
		}
		for _, o := range []string{p.outcome, p.fixed} {
			if _, ok := outcomes[o]; o != "" && o != "ok" && !ok {
				t.Fatalf("%s: unknown outcome %q", main, o)
			}
		}
		if p.outcome == "" {
			t.Fatalf("%s: no '// outcome:' line", main)
		}
		// Wants in main.go and in the program's own packages below it.
		filepath.WalkDir(p.dir, func(path string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") {
				return nil
			}
			data, err := os.ReadFile(path)
			if err != nil {
				return nil
			}
			for i, line := range strings.Split(string(data), "\n") {
				for _, m := range wantRE.FindAllStringSubmatch(line, -1) {
					p.wants = append(p.wants, &want{file: path, line: i + 1, analyzer: m[1], re: regexp.MustCompile(m[2])})
				}
			}
			return nil
		})
		progs = append(progs, p)
	}
	if len(progs) == 0 {
		t.Fatal("no programs in the live corpus")
	}
	// Every failing program has a correct twin: its own fixed version, or
	// a program that does the same right and is silent and works.
	byName := map[string]*program{}
	for _, p := range progs {
		if byName[p.name] != nil {
			t.Fatalf("two programs named %s: their binaries would collide", p.name)
		}
		byName[p.name] = p
	}
	for _, p := range progs {
		if p.twin != "" {
			tw := byName[p.twin]
			switch {
			case tw == nil:
				t.Fatalf("%s: twin %s: no such program", p.name, p.twin)
			case tw.outcome != "ok" || len(tw.wants) > 0:
				t.Fatalf("%s: twin %s must end ok with no diagnostics wanted", p.name, p.twin)
			}
		}
		if p.outcome != "ok" && p.fixed != "ok" && p.twin == "" {
			t.Fatalf("%s: it fails (%s) but has no correct twin: give it '// fixed: ok' or '// twin: PROGRAM'", p.name, p.outcome)
		}
	}
	return progs
}

// selectPrograms keeps the programs whose names match expr, and their
// twins, and removes the others from the module.
func selectPrograms(t *testing.T, progs []*program, expr string) []*program {
	re, err := regexp.Compile(expr)
	if err != nil {
		t.Fatalf("-programs: %v", err)
	}
	keep := map[string]bool{}
	for _, p := range progs {
		if re.MatchString(p.name) {
			keep[p.name] = true
			if p.twin != "" {
				keep[p.twin] = true
			}
		}
	}
	var out []*program
	for _, p := range progs {
		if keep[p.name] {
			out = append(out, p)
		} else if err := os.RemoveAll(p.dir); err != nil {
			t.Fatal(err)
		}
	}
	if len(out) == 0 {
		t.Fatalf("-programs %q matches no program", expr)
	}
	return out
}

// deadAddr returns a loopback address where nothing listens: a port the
// kernel just handed out and took back.
func deadAddr(t *testing.T) string {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	l.Close()
	if c, err := net.DialTimeout("tcp", addr, time.Second); err == nil {
		c.Close()
		t.Fatalf("REDIS_DEAD_ADDR %s: something listens there", addr)
	}
	return addr
}

// snapshot returns the contents of every file under dir, by path.
func snapshot(t *testing.T, dir string) map[string]string {
	files := map[string]string{}
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(path)
		files[path] = string(data)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

// changedOutside reports whether a file that is in no program's directory
// differs between two snapshots.
func changedOutside(before, after map[string]string, progs []*program) bool {
	for path, data := range after {
		if before[path] == data {
			continue
		}
		owned := false
		for _, p := range progs {
			owned = owned || strings.HasPrefix(path, p.dir+string(filepath.Separator))
		}
		if !owned {
			return true
		}
	}
	return len(before) != len(after)
}

// changedUnder returns the files under dir that differ between two
// snapshots, relative to dir.
func changedUnder(before, after map[string]string, dir string) []string {
	var changed []string
	for path, data := range after {
		if strings.HasPrefix(path, dir+string(filepath.Separator)) && before[path] != data {
			rel, _ := filepath.Rel(dir, path)
			changed = append(changed, rel)
		}
	}
	sort.Strings(changed)
	return changed
}

// modules returns the modules of the programs: the live module and those
// nested in it (each a directory of programs with a go.mod of its own, for
// programs that need other versions of the client libraries).
func modules(t *testing.T, progs []*program) []string {
	var mods []string
	for _, p := range progs {
		if !slices.Contains(mods, p.module) {
			mods = append(mods, p.module)
		}
	}
	sort.Strings(mods)
	return mods
}

// lintAll runs redislint -json on every module, and again with their
// flags on the programs that name some: their diagnostics are that run's.
func lintAll(t *testing.T, bin string, mods []string, progs []*program) []diag {
	var diags []diag
	for _, m := range mods {
		all := lint(t, bin, m, "./...")
		for flags, names := range flagged(progs, m) {
			var dirs []string
			for _, n := range names {
				dirs = append(dirs, filepath.Join(m, strings.TrimPrefix(n, "./"))+string(filepath.Separator))
			}
			all = slices.DeleteFunc(all, func(d diag) bool {
				return slices.ContainsFunc(dirs, func(dir string) bool { return strings.HasPrefix(d.file, dir) })
			})
			all = append(all, lint(t, bin, m, append([]string{flags}, names...)...)...)
		}
		diags = append(diags, all...)
	}
	return diags
}

// flagged groups the programs of module m that name analyzer flags by
// those flags, as package patterns (./NAME).
func flagged(progs []*program, m string) map[string][]string {
	out := map[string][]string{}
	for _, p := range progs {
		if p.module == m && p.flags != "" {
			out[p.flags] = append(out[p.flags], "./"+p.name)
		}
	}
	return out
}

// lint runs redislint -json with args in the module and returns its
// diagnostics.
func lint(t *testing.T, bin, mod string, args ...string) []diag {
	out, err := run(t, mod, drivertest.GoEnv(), bin, append([]string{"-json"}, args...)...)
	if err != nil {
		t.Fatalf("redislint -json: %v\n%s", err, out)
	}
	var tree map[string]map[string]json.RawMessage
	if err := json.Unmarshal([]byte(out), &tree); err != nil {
		t.Fatalf("redislint -json output: %v\n%s", err, out)
	}
	var diags []diag
	for pkg, byAnalyzer := range tree {
		for analyzer, raw := range byAnalyzer {
			var ds []struct {
				Posn    string `json:"posn"`
				Message string `json:"message"`
			}
			if err := json.Unmarshal(raw, &ds); err != nil {
				t.Fatalf("%s: %s: %s", pkg, analyzer, raw)
			}
			for _, d := range ds {
				file, line := splitPosn(d.Posn)
				diags = append(diags, diag{file: file, line: line, analyzer: analyzer, message: d.Message})
			}
		}
	}
	return diags
}

func splitPosn(posn string) (string, int) {
	// file:line:col
	parts := strings.Split(posn, ":")
	if len(parts) < 3 {
		return posn, 0
	}
	var line int
	fmt.Sscan(parts[len(parts)-2], &line)
	return strings.Join(parts[:len(parts)-2], ":"), line
}

func assignDiags(t *testing.T, progs []*program, diags []diag) {
	for _, d := range diags {
		var owner *program
		for _, p := range progs {
			if strings.HasPrefix(d.file, p.dir+string(filepath.Separator)) {
				owner = p
			}
		}
		if owner == nil {
			t.Errorf("%s:%d: diagnostic outside the programs: %s", d.file, d.line, d.message)
			continue
		}
		owner.diags = append(owner.diags, d)
		ok := false
		for _, w := range owner.wants {
			if w.file == d.file && w.line == d.line && w.analyzer == d.analyzer && w.re.MatchString(d.message) {
				w.matched, ok = true, true
			}
		}
		if !ok {
			t.Errorf("%s:%d: unexpected %s diagnostic: %s", d.file, d.line, d.analyzer, d.message)
		}
	}
}

// build builds the programs of pkgs into binDir, without symbol tables or
// DWARF (faster links; panics still print their stacks).
func build(t *testing.T, mod, binDir string, pkgs ...string) {
	args := append([]string{"build", "-ldflags=-s -w", "-o", binDir + string(filepath.Separator)}, pkgs...)
	if out, err := run(t, mod, drivertest.GoEnv(), "go", args...); err != nil {
		t.Fatalf("building the live programs: %v\n%s", err, out)
	}
}

// runProgram runs one program against the cluster (emptied first) and
// classifies how it ended: ok when it exits 0 having printed the line "ok",
// else the one class of outcomes that its output matches.
func runProgram(t *testing.T, c *clustertest.Cluster, bin string, env []string, timeout time.Duration) string {
	for _, addr := range c.Addrs() {
		if _, err := c.Do(addr, "FLUSHALL"); err != nil {
			t.Fatalf("FLUSHALL %s: %v", addr, err)
		}
	}
	cmd := exec.Command(bin)
	cmd.Env = append(os.Environ(), env...)
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	done := make(chan error, 1)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() { done <- cmd.Wait() }()
	var err error
	select {
	case err = <-done:
	case <-time.After(timeout):
		cmd.Process.Kill()
		<-done
		t.Errorf("%s: still running after %v\n%s", filepath.Base(bin), timeout, out.String())
		return "timeout"
	}
	text := out.String()
	if err == nil && okLineRE.MatchString(text) {
		return "ok"
	}
	var classes []string
	for name, re := range outcomes {
		if re.MatchString(text) {
			classes = append(classes, name)
		}
	}
	sort.Strings(classes)
	if len(classes) == 1 {
		return classes[0]
	}
	t.Logf("%s: output not classified (%v): %s", filepath.Base(bin), err, text)
	return "unclassified"
}

const (
	readmeStart = "<!-- live-results:start -->"
	readmeEnd   = "<!-- live-results:end -->"
)

// checkReadme compares the table of live results in docs/live.md with this
// run's, or rewrites it with -update-docs.
func checkReadme(t *testing.T, root string, progs []*program, results, fixed map[string]string) {
	var b strings.Builder
	b.WriteString(readmeStart + "\n")
	b.WriteString("| program | redislint says | on a real cluster | after `redislint -fix` | correct twin |\n| --- | --- | --- | --- | --- |\n")
	for _, p := range progs {
		var said []string
		for _, d := range p.diags {
			said = append(said, d.analyzer+": "+strings.ReplaceAll(d.message, "|", "\\|"))
		}
		sort.Strings(said)
		s := "nothing"
		if len(said) > 0 {
			s = strings.Join(said, "<br>")
		}
		f := ""
		if r, ok := fixed[p.name]; ok {
			f = describeOutcome[r]
		}
		twin := ""
		if p.twin != "" {
			twin = "`" + p.twin + "`"
		}
		fmt.Fprintf(&b, "| `%s` | %s | %s | %s | %s |\n", p.name, s, describeOutcome[results[p.name]], f, twin)
	}
	b.WriteString(readmeEnd)
	table := b.String()

	path := filepath.Join(root, "docs", "live.md")
	readme, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	i := bytes.Index(readme, []byte(readmeStart))
	j := bytes.Index(readme, []byte(readmeEnd))
	if i < 0 || j < i {
		t.Fatalf("docs/live.md has no %s … %s section", readmeStart, readmeEnd)
	}
	current := string(readme[i : j+len(readmeEnd)])
	if current == table {
		return
	}
	if *updateDocs {
		out := string(readme[:i]) + table + string(readme[j+len(readmeEnd):])
		if err := os.WriteFile(path, []byte(out), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	t.Errorf("docs/live.md is out of date: run go test ./internal/e2e/live -run TestLiveCluster -update-docs\nwant:\n%s", table)
}
