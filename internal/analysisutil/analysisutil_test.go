package analysisutil

import (
	"strings"
	"testing"
)

// TestExtractDoc checks that an analyzer's section runs from its heading to
// the next "# Analyzer" heading, taking its own headings ("# Fix") along.
func TestExtractDoc(t *testing.T) {
	src := `// Package p does things.
//
// # Analyzer a
//
// a: report a things
//
// Body of a.
//
// # Fix
//
// The fix of a.
//
// # Analyzer b
//
// b: report b things
package p
`
	got, err := ExtractDoc(src, "a")
	if want := "report a things\n\nBody of a.\n\n# Fix\n\nThe fix of a."; err != nil || got != want {
		t.Errorf("ExtractDoc(a) = %q, %v; want %q", got, err, want)
	}
	if got, err := ExtractDoc(src, "b"); err != nil || got != "report b things" {
		t.Errorf("ExtractDoc(b) = %q, %v", got, err)
	}
	if _, err := ExtractDoc(src, "c"); err == nil {
		t.Error("ExtractDoc(c): no error for a missing section")
	}
	if _, err := ExtractDoc("// # Analyzer a\n//\n// no summary\npackage p\n", "a"); err == nil {
		t.Error("ExtractDoc: no error for a section without 'a: summary'")
	}
}

// TestExtractDocOnce: every process builds each analyzer more than once
// (its package's Analyzer variable, the driver's flags), and a doc.go is
// tens of kilobytes: the second extraction of the same text allocates
// nothing.
func TestExtractDocOnce(t *testing.T) {
	src := "// # Analyzer a\n//\n// a: report a things\n//\n// More.\npackage p\n"
	want := MustExtractDoc(src, "a")
	if n := testing.AllocsPerRun(10, func() {
		if got := MustExtractDoc(src, "a"); got != want {
			t.Fatalf("second extraction %q, first %q", got, want)
		}
	}); n != 0 {
		t.Errorf("extracting the same documentation again allocates %v times, want 0", n)
	}
	if got := MustExtractDoc(strings.Replace(src, "things", "others", 1), "a"); got == want {
		t.Errorf("another doc.go gave the first one's documentation %q", got)
	}
}
