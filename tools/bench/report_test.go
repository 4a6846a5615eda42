package main

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// headers returns the header rows of the markdown tables in s.
func headers(s string) []string {
	lines := strings.Split(s, "\n")
	var out []string
	for i := 0; i+1 < len(lines); i++ {
		if strings.HasPrefix(lines[i], "| ") && strings.HasPrefix(lines[i+1], "| ---") {
			out = append(out, lines[i])
		}
	}
	return out
}

// TestDocHeaders keeps docs/performance.md's generated part in the shape
// the benchmark writes: the same tables, with the same columns. (The
// figures are measurements; only -doc updates them.)
func TestDocHeaders(t *testing.T) {
	rendered := (&report{growth: []sized{{n: 500}, {n: 2000}}}).markdown()
	if got := headers(rendered); !slices.Equal(got, tableHeaders) {
		t.Fatalf("markdown writes the tables\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tableHeaders, "\n"))
	}
	data, err := os.ReadFile(filepath.Join("..", "..", "docs", "performance.md"))
	if err != nil {
		t.Fatal(err)
	}
	doc := string(data)
	i, j := strings.Index(doc, docBegin), strings.Index(doc, docEnd)
	if i < 0 || j < i {
		t.Fatalf("docs/performance.md has no generated section (%s … %s)", docBegin, docEnd)
	}
	if got := headers(doc[i:j]); !slices.Equal(got, tableHeaders) {
		t.Errorf("docs/performance.md's generated section has the tables\n%s\nthe benchmark writes\n%s\nregenerate it: go run ./tools/bench -doc docs/performance.md …",
			strings.Join(got, "\n"), strings.Join(tableHeaders, "\n"))
	}
}

func TestWriteDoc(t *testing.T) {
	path := filepath.Join(t.TempDir(), "doc.md")
	before := "# Title\n\nhand-written\n\n" + docBegin + "\nold figures\n" + docEnd + "\n\nmore hand-written\n"
	if err := os.WriteFile(path, []byte(before), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := writeDoc(path, docBegin+"\nnew figures\n"+docEnd+"\n"); err != nil {
		t.Fatal(err)
	}
	got, _ := os.ReadFile(path)
	want := "# Title\n\nhand-written\n\n" + docBegin + "\nnew figures\n" + docEnd + "\n\nmore hand-written\n"
	if string(got) != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	if err := os.WriteFile(path, []byte("no markers"), 0o644); err != nil {
		t.Fatal(err)
	}
	if writeDoc(path, "x") == nil {
		t.Error("writeDoc of a file without markers: no error")
	}
}
