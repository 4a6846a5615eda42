package analysisutil

import "testing"

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
