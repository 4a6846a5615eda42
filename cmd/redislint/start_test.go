package main

import (
	"os"
	"os/exec"
	"strconv"
	"strings"
	"testing"
)

// TestStartCost: go vet starts the tool once per package, the standard
// library and every dependency included (408 starts on the 2,000-file
// benchmark service), and most of those starts analyze nothing. What the
// redislint packages do when the process starts is paid each time, so it
// stays small: tables built from the knowledge (internal/model's, the
// regular expressions) are built on first use, and each analyzer's doc.go
// is read once however many times the analyzers are built. Before, package
// initialization allocated 128 KB in internal/model and 342 KB in all; now
// 9 KB and 102 KB, most of it the analyzers' documentation (one copy each).
// A table that goes back to package initialization fails the bounds.
func TestStartCost(t *testing.T) {
	cmd := exec.Command(redislint(t), "-V=full")
	cmd.Env = append(os.Environ(), "GODEBUG=inittrace=1")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("redislint -V=full: %v\n%s", err, out)
	}
	const module = "github.com/redislint/redislint/"
	total, seen := 0, 0
	for line := range strings.Lines(string(out)) {
		// init github.com/redislint/redislint/internal/model @13 ms, 0.17 ms clock, 8976 bytes, 82 allocs
		f := strings.Fields(line)
		if len(f) < 10 || f[0] != "init" || !strings.HasPrefix(f[1], module) || f[8] != "bytes," {
			continue
		}
		n, err := strconv.Atoi(f[7])
		if err != nil {
			t.Fatalf("inittrace line %q: %v", line, err)
		}
		seen++
		total += n
		if f[1] == module+"internal/model" && n > 32<<10 {
			t.Errorf("internal/model allocates %d bytes when the process starts, want at most 32 KiB: build its tables on first use (tables())", n)
		}
	}
	if seen == 0 {
		t.Fatalf("no inittrace line of %s packages in:\n%s", module, out)
	}
	if total > 160<<10 {
		t.Errorf("the redislint packages allocate %d bytes when the process starts, want at most 160 KiB", total)
	}
	t.Logf("%d redislint packages allocate %d bytes at start", seen, total)
}
