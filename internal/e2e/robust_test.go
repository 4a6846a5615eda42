package e2e

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestBadInput runs the whole suite on packages that do not compile, use
// generics and cgo, and hold keys no one should write (invalid UTF-8, NUL,
// a 200 kB constant, empty tags): the tool must finish, report what it can,
// print valid text, and never panic.
func TestBadInput(t *testing.T) {
	root := repoRoot(t)
	bin := filepath.Join(t.TempDir(), "redislint")
	if out, err := run(t, root, nil, "go", "build", "-o", bin, "./cmd/redislint"); err != nil {
		t.Fatalf("building redislint: %v\n%s", err, out)
	}
	gopath := filepath.Join(root, "testdata")
	for _, tc := range []struct {
		pkg      string
		exit     int      // 1: load errors, 3: diagnostics
		contains []string // diagnostics that must still come
	}{
		{"robust/generics", 3, []string{`RENAME (through (*generics.Store[T]).Pair) keys "foo"`, `MGET keys "foo" (slot 12182)`}},
		{"robust/typeerrors", 1, []string{"undefined: undefinedKey"}},
		{"robust/weird", 3, []string{`MGET keys "\xff\xfe{\x00}" (slot 0) and "a\x00b" (slot 8383)`, `MGET keys "{}" (slot 15257) and "{{}}" (slot 4092)`, `Lua script builds key '\xff' .. ARGV[1]`}},
		{"robust/cgo", 3, []string{`MGET keys "foo" (slot 12182) and "bar" (slot 5061)`}},
	} {
		t.Run(tc.pkg, func(t *testing.T) {
			cmd := exec.Command(bin, tc.pkg)
			cmd.Dir = gopath
			cmd.Env = append(os.Environ(), "GOPATH="+gopath, "GO111MODULE=off", "GOFLAGS=")
			out, err := cmd.CombinedOutput()
			text := string(out)
			code := 0
			if ee, ok := err.(*exec.ExitError); ok {
				code = ee.ExitCode()
			} else if err != nil {
				t.Fatal(err)
			}
			if strings.Contains(text, "panic") || strings.Contains(text, "goroutine ") {
				t.Fatalf("the tool crashed:\n%s", text)
			}
			if code != tc.exit {
				t.Errorf("exit code %d, want %d\n%s", code, tc.exit, text)
			}
			if !utf8.ValidString(text) {
				t.Errorf("output is not valid UTF-8")
			}
			for _, want := range tc.contains {
				if !strings.Contains(text, want) {
					t.Errorf("output lacks %q:\n%.3000s", want, text)
				}
			}
		})
	}
}
