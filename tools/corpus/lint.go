package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// Diag is one diagnostic of redislint -json.
type Diag struct {
	Analyzer string
	Pkg      string
	File     string // absolute
	Line     int
	Col      int
	Message  string
}

// At is the diagnostic's position relative to root (file:line:col).
func (d Diag) At(root string) string {
	rel, err := filepath.Rel(root, d.File)
	if err != nil {
		rel = d.File
	}
	return fmt.Sprintf("%s:%d:%d", filepath.ToSlash(rel), d.Line, d.Col)
}

// Cost is what one run cost: wall and CPU time, peak RSS in bytes.
type Cost struct {
	Wall, CPU time.Duration
	RSS       int64
}

// Run is the outcome of one run of redislint on some packages.
type Run struct {
	Diags []Diag
	// Errors are the packages' errors (type errors, failed imports) and
	// the analyzers' own: they are not diagnostics.
	Errors []string
	Cost   Cost
	// Stdout and Stderr are what redislint printed, byte for byte.
	Stdout, Stderr []byte
}

// analyzerFlags are given to every run of redislint (-flags): how the
// corpus judges another default of an analyzer's flag.
var analyzerFlags []string

// lint runs the redislint binary with -json on patterns in dir.
func lint(ctx context.Context, bin, dir string, patterns []string) (*Run, error) {
	args := append(append([]string{"-json"}, analyzerFlags...), patterns...)
	stdout, stderr, cost, err := measure(ctx, dir, bin, args)
	if err != nil {
		return nil, err
	}
	run := &Run{Cost: cost, Stdout: stdout, Stderr: stderr}
	if err := parseJSON(stdout, run); err != nil {
		return nil, fmt.Errorf("redislint -json in %s: %v\nstderr:\n%s", dir, err, tail(string(stderr), 20))
	}
	for l := range strings.Lines(string(stderr)) {
		if l = strings.TrimSpace(l); l != "" {
			run.Errors = append(run.Errors, l)
		}
	}
	return run, nil
}

// measure runs bin with args in dir and returns what it printed and cost.
// Exit codes 0, 1 (errors in the packages) and 3 (diagnostics) are the
// tool's answers; any other is a failure.
func measure(ctx context.Context, dir, bin string, args []string) (stdout, stderr []byte, c Cost, err error) {
	cmd := exec.CommandContext(ctx, bin, args...)
	cmd.Dir = dir
	cmd.Env = goEnv()
	var o, e bytes.Buffer
	cmd.Stdout, cmd.Stderr = &o, &e
	start := time.Now()
	err = cmd.Run()
	c.Wall = time.Since(start)
	if cmd.ProcessState == nil {
		return nil, nil, c, fmt.Errorf("%s: %v", bin, err)
	}
	if code := cmd.ProcessState.ExitCode(); code != 0 && code != 1 && code != 3 {
		return nil, nil, c, fmt.Errorf("%s %s (in %s): exit %d\n%s", filepath.Base(bin), strings.Join(args, " "), dir, code, tail(e.String(), 20))
	}
	c.CPU = cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		c.RSS = ru.Maxrss * 1024
	}
	return o.Bytes(), e.Bytes(), c, nil
}

// parseJSON reads the multichecker's -json output: for each package, for
// each analyzer, a list of diagnostics or an error.
func parseJSON(out []byte, run *Run) error {
	dec := json.NewDecoder(bytes.NewReader(out))
	for dec.More() {
		var tree map[string]map[string]json.RawMessage
		if err := dec.Decode(&tree); err != nil {
			return err
		}
		for pkg, byAnalyzer := range tree {
			for analyzer, raw := range byAnalyzer {
				var e struct{ Error string }
				if json.Unmarshal(raw, &e) == nil && e.Error != "" {
					run.Errors = append(run.Errors, fmt.Sprintf("%s: %s: %s", pkg, analyzer, e.Error))
					continue
				}
				var ds []struct{ Posn, Message string }
				if err := json.Unmarshal(raw, &ds); err != nil {
					return fmt.Errorf("%s %s: %v", pkg, analyzer, err)
				}
				for _, d := range ds {
					file, line, col := splitPosn(d.Posn)
					run.Diags = append(run.Diags, Diag{analyzer, pkg, file, line, col, d.Message})
				}
			}
		}
	}
	slices.SortFunc(run.Diags, func(a, b Diag) int {
		if c := strings.Compare(a.File, b.File); c != 0 {
			return c
		}
		if a.Line != b.Line {
			return a.Line - b.Line
		}
		if a.Col != b.Col {
			return a.Col - b.Col
		}
		return strings.Compare(a.Analyzer, b.Analyzer)
	})
	// A package and its test variant report the same diagnostic twice.
	run.Diags = slices.CompactFunc(run.Diags, func(a, b Diag) bool {
		return a.File == b.File && a.Line == b.Line && a.Col == b.Col && a.Analyzer == b.Analyzer && a.Message == b.Message
	})
	return nil
}

// splitPosn splits "file:line:col".
func splitPosn(posn string) (file string, line, col int) {
	rest, c, ok := cutLast(posn)
	if !ok {
		return posn, 0, 0
	}
	file, l, ok := cutLast(rest)
	if !ok {
		return rest, c, 0
	}
	return file, l, c
}

func cutLast(s string) (string, int, bool) {
	i := strings.LastIndexByte(s, ':')
	if i < 0 {
		return s, 0, false
	}
	n, err := strconv.Atoi(s[i+1:])
	if err != nil {
		return s, 0, false
	}
	return s[:i], n, true
}
