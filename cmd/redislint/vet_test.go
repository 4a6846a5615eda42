package main

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/redislint/redislint/internal/drivertest"
)

// TestVetFacts runs go vet -vettool on testdata/facts, whose package app
// calls wrappers of go-redis in another package of its module (store), in
// another module (example.com/wrap) and in a package that imports no
// client itself but a package that holds one (example.com/wrap/helper):
// the wrapper facts must flow to app, and the packages that can hold no
// fact (the standard library, example.com/plain) must take the shortcut.
// Package orders builds keys with the builders of example.com/commons, a
// module without Redis that takes the shortcut: they are read from its
// source, as the standalone driver does.
func TestVetFacts(t *testing.T) {
	slow(t)
	t.Parallel()
	dir := filepath.Join(drivertest.RepoRoot(t), "testdata", "facts")
	vetlog := filepath.Join(t.TempDir(), "vetlog")
	// A flag of a fresh value defeats go vet's cache, so that the tool runs
	// on every package.
	salt := fmt.Sprintf("-nodelocal.skip=SALT%d", time.Now().UnixNano())
	_, stderr, err := drivertest.Command(t, dir, []string{"REDISLINT_VETLOG=" + vetlog}, "go", "vet", "-vettool="+redislint(t), salt, "./...")
	if code := exitCode(t, err); code != 1 {
		t.Errorf("exit code %d, want 1\n%s", code, stderr)
	}
	for _, through := range []string{"(*store.Store).GetMany", "(*wrap.Wrapper).Rename", "helper.Swap"} {
		if !strings.Contains(stderr, "(through "+through+")") {
			t.Errorf("no diagnostic through %s: facts did not flow under go vet\n%s", through, stderr)
		}
	}

	for _, key := range []string{`commons.OrderKey(org, 101) = "order:%s:101"`, `commons.InvoiceKey(org, id) = "invoice:%s:%d"`} {
		if !strings.Contains(stderr, key) {
			t.Errorf("no diagnostic showing %s: the dependency's builders were not read under go vet\n%s", key, stderr)
		}
	}

	// The same diagnostics as the standalone driver.
	_, standalone, _ := drivertest.Command(t, dir, nil, redislint(t), "./...")
	norm := func(out string) []string {
		var lines []string
		for l := range strings.SplitSeq(strings.TrimSpace(out), "\n") {
			if !strings.HasPrefix(l, "# ") {
				lines = append(lines, strings.TrimPrefix(l, dir+string(filepath.Separator)))
			}
		}
		slices.Sort(lines)
		return lines
	}
	if got, want := norm(stderr), norm(standalone); !slices.Equal(got, want) {
		t.Errorf("go vet:\n%s\nredislint:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}

	data, err := os.ReadFile(vetlog)
	if err != nil {
		t.Fatal(err)
	}
	how := map[string]string{}
	for l := range strings.SplitSeq(strings.TrimSpace(string(data)), "\n") {
		path, h, _ := strings.Cut(l, " ")
		how[path] = h
	}
	for path, want := range map[string]string{
		"fmt":                 "shortcut",
		"context":             "shortcut",
		"example.com/plain":   "shortcut",
		"example.com/commons": "shortcut", // read from source by orders' analysis
		// A client library: its API is in the model, and the standalone
		// driver reads it from export data.
		"github.com/redis/go-redis/v9":               "shortcut",
		"github.com/redis/go-redis/v9/internal/pool": "shortcut",
		"example.com/wrap/conn":                      "unitchecker", // imports go-redis
		"example.com/wrap/helper":                    "unitchecker", // imports conn, which holds a client
		"example.com/wrap":                           "unitchecker",
		"example.com/facts/keys":                     "unitchecker", // analyzed: reported on
	} {
		if how[path] != want {
			t.Errorf("%s: %q, want %s", path, how[path], want)
		}
	}

	// Vetting app alone, the packages of the module are dependencies: they
	// are still analyzed (they may hold facts without importing a client).
	vetlog2 := filepath.Join(t.TempDir(), "vetlog")
	drivertest.Command(t, dir, []string{"REDISLINT_VETLOG=" + vetlog2}, "go", "vet", "-vettool="+redislint(t), salt+"x", "./app")
	data, err = os.ReadFile(vetlog2)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(data), "example.com/facts/keys unitchecker\n") {
		t.Errorf("go vet ./app: keys, of the main module, was not analyzed:\n%s", data)
	}
}
