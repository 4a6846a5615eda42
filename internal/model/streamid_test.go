package model

import "testing"

func TestIsStreamID(t *testing.T) {
	for s, want := range map[string]bool{
		">": true, "$": true, "+": true, "0": true, "0-0": true, "1526919030474-55": true,
		"": false, "-": false, "0-": false, "-0": false, "1-2-3": false, "s:1": false, "queue": false, "1e5": false,
	} {
		if got := IsStreamID(s); got != want {
			t.Errorf("IsStreamID(%q) = %v, want %v", s, got, want)
		}
	}
}
