// Package drivertest runs redislint's driver corpus through real drivers.
//
// The corpus is the module in testdata/drivers: Go files whose
// // want "regexp" comments name the diagnostics every driver (the
// redislint command, go vet -vettool, -sarif, golangci-lint, gopls) must
// report on that line, and .golden files with the text after the suggested
// fixes. The end-to-end tests of each driver copy the corpus, run the
// driver on it, turn its output into [Finding]s and call [Corpus.Check], so
// that every driver is held to the same findings.
package drivertest

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf16"
	"unicode/utf8"
)

// Want is one expected diagnostic.
type Want struct {
	File    string // slash-separated, relative to the corpus
	Line    int
	Pattern *regexp.Regexp // matches the message
	// NoLint is set when the line carries //nolint:redislint, which only
	// golangci-lint honours.
	NoLint bool
}

func (w Want) String() string { return fmt.Sprintf("%s:%d: %s", w.File, w.Line, w.Pattern) }

// Finding is one diagnostic as a driver reported it.
type Finding struct {
	File     string // slash-separated, relative to the corpus
	Line     int
	Column   int
	Analyzer string // empty when the driver does not say
	Message  string
}

func (f Finding) String() string {
	return fmt.Sprintf("%s:%d:%d: [%s] %s", f.File, f.Line, f.Column, f.Analyzer, f.Message)
}

// Corpus is a fresh copy of testdata/drivers and its expectations.
type Corpus struct {
	Dir   string
	Wants []Want
}

// RepoRoot returns the root directory of the redislint module.
func RepoRoot(t testing.TB) string {
	t.Helper()
	out, err := exec.Command("go", "env", "GOMOD").Output()
	if err != nil {
		t.Fatalf("go env GOMOD: %v", err)
	}
	gomod := strings.TrimSpace(string(out))
	if gomod == "" || gomod == os.DevNull {
		t.Fatal("not inside the redislint module")
	}
	return filepath.Dir(gomod)
}

// New copies the corpus to a temporary directory and reads its // want
// comments.
func New(t testing.TB) *Corpus {
	t.Helper()
	c := &Corpus{Dir: filepath.Join(t.TempDir(), "drivers")}
	if err := os.CopyFS(c.Dir, os.DirFS(filepath.Join(RepoRoot(t), "testdata", "drivers"))); err != nil {
		t.Fatal(err)
	}
	files, err := filepath.Glob(filepath.Join(c.Dir, "*.go"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no corpus files in %s: %v", c.Dir, err)
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for i, line := range strings.Split(string(data), "\n") {
			ws, err := parseWants(line)
			if err != nil {
				t.Fatalf("%s:%d: %v", f, i+1, err)
			}
			for _, re := range ws {
				c.Wants = append(c.Wants, Want{File: filepath.Base(f), Line: i + 1, Pattern: re, NoLint: strings.Contains(line, "//nolint:redislint")})
			}
		}
	}
	return c
}

// parseWants returns the patterns of a "// want "re"…" comment of line.
func parseWants(line string) ([]*regexp.Regexp, error) {
	_, rest, ok := strings.Cut(line, "// want ")
	if !ok {
		return nil, nil
	}
	var out []*regexp.Regexp
	for rest = strings.TrimSpace(rest); rest != ""; rest = strings.TrimSpace(rest) {
		lit, err := strconv.QuotedPrefix(rest)
		if err != nil {
			return nil, fmt.Errorf("want: %q is not a quoted pattern", rest)
		}
		rest = rest[len(lit):]
		s, _ := strconv.Unquote(lit)
		re, err := regexp.Compile(s)
		if err != nil {
			return nil, err
		}
		out = append(out, re)
	}
	return out, nil
}

// Rel returns filename relative to the corpus, slash-separated. Drivers
// print absolute names or names relative to the corpus.
func (c *Corpus) Rel(filename string) string {
	if filepath.IsAbs(filename) {
		// The temporary directory may be reached through a symbolic link.
		dir, _ := filepath.EvalSymlinks(c.Dir)
		file, _ := filepath.EvalSymlinks(filename)
		if rel, err := filepath.Rel(dir, file); err == nil {
			filename = rel
		}
	}
	return filepath.ToSlash(filepath.Clean(filename))
}

// Check reports, under the driver's name, every finding that no want
// matches and every want that no finding matches. Only the wants for which
// expect returns true (all when expect is nil) are expected.
func (c *Corpus) Check(t testing.TB, driver string, got []Finding, expect func(Want) bool) {
	t.Helper()
	for _, p := range c.Diff(driver, got, expect) {
		t.Error(p)
	}
}

// Diff returns the problems Check reports.
func (c *Corpus) Diff(driver string, got []Finding, expect func(Want) bool) []string {
	var wants []Want
	for _, w := range c.Wants {
		if expect == nil || expect(w) {
			wants = append(wants, w)
		}
	}
	if len(got) == 0 && len(wants) > 0 {
		return []string{fmt.Sprintf("%s reported nothing, want %d diagnostics", driver, len(wants))}
	}
	var problems []string
	for _, f := range got {
		i := slices.IndexFunc(wants, func(w Want) bool {
			return w.File == f.File && w.Line == f.Line && w.Pattern.MatchString(f.Message)
		})
		if i < 0 {
			problems = append(problems, fmt.Sprintf("%s: unexpected diagnostic %s", driver, f))
			continue
		}
		wants = slices.Delete(wants, i, i+1)
	}
	for _, w := range wants {
		problems = append(problems, fmt.Sprintf("%s: no diagnostic at %s", driver, w))
	}
	return problems
}

// textLine is a diagnostic line of the x/tools text output (redislint and
// go vet): "file:line:col: message". Related information follows on lines
// whose message starts with a tab.
var textLine = regexp.MustCompile(`^(.+\.go):(\d+):(\d+): (.*)$`)

// ParseText returns the diagnostics of x/tools text output.
func (c *Corpus) ParseText(out string) []Finding {
	var fs []Finding
	for line := range strings.SplitSeq(out, "\n") {
		m := textLine.FindStringSubmatch(line)
		if m == nil || strings.HasPrefix(m[4], "\t") {
			continue
		}
		ln, _ := strconv.Atoi(m[2])
		col, _ := strconv.Atoi(m[3])
		fs = append(fs, Finding{File: c.Rel(m[1]), Line: ln, Column: col, Message: m[4]})
	}
	return fs
}

// CheckFixed checks that every corpus file with a .golden file now has its
// content, and that the other files are unchanged.
func (c *Corpus) CheckFixed(t testing.TB, driver string) {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(RepoRoot(t), "testdata", "drivers", "*.go"))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		c.CheckFixedFile(t, driver, filepath.Base(f), true)
	}
}

// CheckFixedFile checks that the corpus file name has the content of its
// .golden file when fixed is set and the file has one, else its original
// content.
func (c *Corpus) CheckFixedFile(t testing.TB, driver, name string, fixed bool) {
	t.Helper()
	orig := filepath.Join(RepoRoot(t), "testdata", "drivers", name)
	want, err := os.ReadFile(orig + ".golden")
	if !fixed || os.IsNotExist(err) {
		want, err = os.ReadFile(orig)
	}
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(filepath.Join(c.Dir, name))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s: %s after the fixes:\n%s\nwant:\n%s", driver, name, got, want)
	}
}

// Edit replaces the bytes [Start, End) of a file with Text.
type Edit struct {
	Start, End int
	Text       string
}

// Offset returns the byte offset in data of a 1-based line and a 1-based
// column counted in UTF-16 code units, the unit of SARIF regions and LSP
// positions.
func Offset(data []byte, line, col int) (int, error) {
	off := 0
	for l := 1; l < line; l++ {
		i := bytes.IndexByte(data[off:], '\n')
		if i < 0 {
			return 0, fmt.Errorf("line %d is beyond the end of the file", line)
		}
		off += i + 1
	}
	for units := 1; units < col; {
		if off >= len(data) || data[off] == '\n' {
			return 0, fmt.Errorf("column %d is beyond the end of line %d", col, line)
		}
		r, size := utf8.DecodeRune(data[off:])
		units += len(utf16.Encode([]rune{r}))
		off += size
	}
	return off, nil
}

// ApplyEdits applies edits to data. Equal edits (two diagnostics offering
// the same fix) apply once; overlapping different edits are an error.
func ApplyEdits(data []byte, edits []Edit) ([]byte, error) {
	var es []Edit
	for _, e := range edits {
		if !slices.Contains(es, e) {
			es = append(es, e)
		}
	}
	slices.SortFunc(es, func(a, b Edit) int { return b.Start - a.Start })
	out := slices.Clone(data)
	for i, e := range es {
		if i > 0 && e.End > es[i-1].Start {
			return nil, fmt.Errorf("overlapping edits %v and %v", e, es[i-1])
		}
		out = slices.Concat(out[:e.Start], []byte(e.Text), out[e.End:])
	}
	return out, nil
}

// Command runs name with args in dir and returns its stdout and stderr. It
// logs the command and its duration. A non-zero exit is returned as err.
func Command(t testing.TB, dir string, env []string, name string, args ...string) (stdout, stderr string, err error) {
	t.Helper()
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), env...)
	var o, e bytes.Buffer
	cmd.Stdout, cmd.Stderr = &o, &e
	start := time.Now()
	err = cmd.Run()
	t.Logf("%s %s (in %s): %v, %s", name, strings.Join(args, " "), dir, err, time.Since(start).Round(time.Millisecond))
	return o.String(), e.String(), err
}

// MustCommand is Command that fails the test on error.
func MustCommand(t testing.TB, dir string, env []string, name string, args ...string) (stdout, stderr string) {
	t.Helper()
	stdout, stderr, err := Command(t, dir, env, name, args...)
	if err != nil {
		t.Fatalf("%s %s: %v\nstdout:\n%s\nstderr:\n%s", name, strings.Join(args, " "), err, stdout, stderr)
	}
	return stdout, stderr
}
