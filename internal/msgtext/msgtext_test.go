package msgtext

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestShorten(t *testing.T) {
	for _, tc := range []struct {
		s    string
		max  int
		want string
	}{
		{"short", 10, "short"},
		{"abcdefghijk", 10, "abcdefg..."},
		{strings.Repeat("é", 70), 60, strings.Repeat("é", 28) + "..."}, // 57 bytes would split the 29th
		{"日本語", 5, "..."},
	} {
		got := Shorten(tc.s, tc.max)
		if got != tc.want || len(got) > tc.max || !utf8.ValidString(got) {
			t.Errorf("Shorten(%q, %d) = %q, want %q", tc.s, tc.max, got, tc.want)
		}
	}
}

func TestQuote(t *testing.T) {
	for _, tc := range []struct {
		s    string
		max  int
		want string
	}{
		{"user:101", 80, `"user:101"`},
		{strings.Repeat("é", 70), 20, `"` + strings.Repeat("é", 7) + `..."`},
		{strings.Repeat("\xff", 10), 20, `"\xff\xff\xff..."`}, // never half an escape
		{strings.Repeat("a", 100), 12, `"aaaaaaa..."`},
	} {
		got := Quote(tc.s, tc.max)
		if got != tc.want || len(got) > tc.max || !utf8.ValidString(got) {
			t.Errorf("Quote(%q, %d) = %q, want %q", tc.s, tc.max, got, tc.want)
		}
	}
	// Every cut is within max, and valid UTF-8 (Shorten: when its input is).
	for _, s := range []string{strings.Repeat("é", 70), strings.Repeat("日\xffa\x00", 30), strings.Repeat("🙂", 40)} {
		for max := 8; max < 200; max++ {
			if q := Quote(s, max); len(q) > max || !utf8.ValidString(q) {
				t.Fatalf("Quote(%q, %d) = %q", s, max, q)
			}
			if q := Shorten(s, max); len(q) > max || utf8.ValidString(s) && !utf8.ValidString(q) {
				t.Fatalf("Shorten(%q, %d) = %q", s, max, q)
			}
		}
	}
}
