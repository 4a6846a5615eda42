package main

import (
	"encoding/json"
	"errors"
	"go/token"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/redislint/redislint/analyzers"
	"github.com/redislint/redislint/internal/drivertest"
)

func runSARIFBinary(t *testing.T, dir string, args ...string) (sarifLog, []byte, int) {
	t.Helper()
	out, stderr, err := drivertest.Command(t, dir, nil, redislint(t), append([]string{"-sarif"}, args...)...)
	code := exitCode(t, err)
	if errs := validateSARIF([]byte(out)); len(errs) > 0 {
		t.Fatalf("invalid SARIF (stderr: %s):\n%v\n%s", stderr, errs, out)
	}
	var log sarifLog
	if err := json.Unmarshal([]byte(out), &log); err != nil {
		t.Fatal(err)
	}
	return log, []byte(out), code
}

func TestSARIF(t *testing.T) {
	slow(t)
	t.Parallel()
	c := drivertest.New(t)
	log, _, code := runSARIFBinary(t, c.Dir, "./...")
	if code != 0 {
		t.Errorf("exit code %d, want 0", code)
	}
	r := log.Runs[0]
	var want []string
	for _, a := range analyzers.New(analyzers.DefaultConfig()) {
		want = append(want, a.Name)
	}
	var got []string
	for _, rd := range r.Tool.Driver.Rules {
		got = append(got, rd.ID)
		if rd.HelpURI == "" || rd.FullDescription.Text == "" || rd.ShortDescription.Text == "" || rd.Help.Text == "" {
			t.Errorf("rule %s lacks documentation or help URI: %+v", rd.ID, rd)
		}
	}
	if !slices.Equal(got, want) {
		t.Errorf("rules %v, want one per analyzer %v", got, want)
	}
	if !r.Invocations[0].ExecutionSuccessful {
		t.Errorf("executionSuccessful false: %+v", r.Invocations)
	}

	var fs []drivertest.Finding
	for _, res := range r.Results {
		reg := res.Locations[0].PhysicalLocation.Region
		fs = append(fs, drivertest.Finding{File: res.Locations[0].PhysicalLocation.ArtifactLocation.URI, Line: reg.StartLine, Column: reg.StartColumn, Analyzer: res.RuleID, Message: res.Message.Text})
		if strings.Contains(res.Message.Text, "hash to different slots") && len(res.RelatedLocations) == 0 {
			t.Errorf("%s: no related location for the other key", res.Message.Text)
		}
	}
	c.Check(t, "redislint -sarif", fs, nil)

	// The fixes are the suggested fixes: applying the first fix of each
	// result gives the golden files.
	applySARIFFixes(t, r)
	c.CheckFixed(t, "redislint -sarif fixes")
}

// applySARIFFixes applies the first fix of every result to the files.
func applySARIFFixes(t *testing.T, r run) {
	base, err := url.Parse(r.OriginalURIBaseIDs[srcRoot].URI)
	if err != nil {
		t.Fatal(err)
	}
	edits := map[string][]drivertest.Edit{}
	contents := map[string][]byte{}
	for _, res := range r.Results {
		if len(res.Fixes) == 0 {
			continue
		}
		for _, ch := range res.Fixes[0].ArtifactChanges {
			u, _ := url.Parse(ch.ArtifactLocation.URI)
			file := filepath.FromSlash(base.ResolveReference(u).Path)
			if contents[file] == nil {
				if contents[file], err = os.ReadFile(file); err != nil {
					t.Fatal(err)
				}
			}
			for _, rep := range ch.Replacements {
				reg := rep.DeletedRegion
				start, err1 := drivertest.Offset(contents[file], reg.StartLine, reg.StartColumn)
				end, err2 := drivertest.Offset(contents[file], reg.EndLine, reg.EndColumn)
				if err := errors.Join(err1, err2); err != nil {
					t.Fatalf("%s: %v", file, err)
				}
				edits[file] = append(edits[file], drivertest.Edit{Start: start, End: end, Text: rep.InsertedContent.Text})
			}
		}
	}
	for file, es := range edits {
		data, err := drivertest.ApplyEdits(contents[file], es)
		if err != nil {
			t.Fatalf("%s: %v", file, err)
		}
		if err := os.WriteFile(file, data, 0o666); err != nil {
			t.Fatal(err)
		}
	}
}

func TestSARIFColumnsAreUTF16(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "a.go")
	// "é" is 2 bytes and 1 UTF-16 unit; "😀" is 4 bytes and 2 units.
	if err := os.WriteFile(file, []byte("package a\n// é😀x\n"), 0o666); err != nil {
		t.Fatal(err)
	}
	r := &sarifRun{cwd: dir}
	for byteCol, want := range map[int]int{1: 1, 4: 4, 6: 5, 10: 7} {
		if got := r.column(token.Position{Filename: file, Line: 2, Column: byteCol, Offset: len("package a\n") + byteCol - 1}); got != want {
			t.Errorf("byte column %d: UTF-16 column %d, want %d", byteCol, got, want)
		}
	}
	if got := r.artifact(file); got.URI != "a.go" || got.URIBaseID != srcRoot {
		t.Errorf("artifact(%s) = %+v", file, got)
	}
	if got := r.artifact("/elsewhere/b c.go"); got.URI != "file:///elsewhere/b%20c.go" || got.URIBaseID != "" {
		t.Errorf("artifact outside the working directory = %+v", got)
	}
}

func TestSARIFSelectAndFlags(t *testing.T) {
	slow(t)
	t.Parallel()
	c := drivertest.New(t)
	log, _, _ := runSARIFBinary(t, c.Dir, "-crossslot=false", "./...")
	for _, res := range log.Runs[0].Results {
		if res.RuleID == "crossslot" {
			t.Errorf("-crossslot=false: crossslot result %s", res.Message.Text)
		}
	}
	log, _, _ = runSARIFBinary(t, c.Dir, "-crossslot", "-crossslot.templates=false", "./...")
	if rules := log.Runs[0].Tool.Driver.Rules; len(rules) != 1 || rules[0].ID != "crossslot" {
		t.Errorf("-crossslot: rules %+v, want crossslot only", rules)
	}
	_, stderr, err := drivertest.Command(t, c.Dir, nil, redislint(t), "-sarif", "-crossslot.nosuchflag", "./...")
	if exitCode(t, err) != 2 || !strings.Contains(stderr, "nosuchflag") {
		t.Errorf("unknown flag: exit %v, stderr %s", err, stderr)
	}
}

func TestSARIFLoadError(t *testing.T) {
	slow(t)
	t.Parallel()
	c := drivertest.New(t)
	if err := os.WriteFile(filepath.Join(c.Dir, "broken.go"), []byte("package main\nfunc broken() { undefined() }\n"), 0o666); err != nil {
		t.Fatal(err)
	}
	log, _, code := runSARIFBinary(t, c.Dir, "./...")
	if code != 1 {
		t.Errorf("exit code %d, want 1", code)
	}
	inv := log.Runs[0].Invocations[0]
	if inv.ExecutionSuccessful || len(inv.ToolExecutionNotifications) == 0 || !strings.Contains(inv.ToolExecutionNotifications[0].Message.Text, "undefined") {
		t.Errorf("invocation %+v, want a failure naming the type error", inv)
	}
}
