package slot

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// facts are the slots of /work/shared/FACTS.md, read off CLUSTER KEYSLOT of
// redis-server 7.0.15.
var facts = []struct {
	key  string
	slot uint16
}{
	{"user:101", 13437},
	{"user:101:profile", 14791},
	{"user:101:settings", 6457},
	{"{user:101}:profile", 13437},
	{"{user:101}:settings", 13437},
	{"foo", 12182},
	{"bar", 5061},
	{"123456789", 12739},
	{"", 0},
	{"{", 4092},
	{"}", 12090},
	{"{}", 15257},
	{"}{", 12793},
	{"{{}}", 4092},
	{"a{b}c{d}e", 3300},
	{"a{b}c", 3300},
	{"{}{a}", 13650},
	{"{a{b}c}", 13340},
}

func TestOfFacts(t *testing.T) {
	for _, f := range facts {
		if got := Of(f.key); got != f.slot {
			t.Errorf("Of(%q) = %d, want %d", f.key, got, f.slot)
		}
		if got := OfBytes([]byte(f.key)); got != f.slot {
			t.Errorf("OfBytes(%q) = %d, want %d", f.key, got, f.slot)
		}
	}
}

func TestCRC16(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want uint16
	}{
		{"", 0},
		{"123456789", 0x31C3}, // the XMODEM check value
		{"\x00", 0},
		{"A", 0x58E5},
	} {
		if got := CRC16(tc.s); got != tc.want {
			t.Errorf("CRC16(%q) = %#04x, want %#04x", tc.s, got, tc.want)
		}
		if got := refCRC16(tc.s); got != tc.want {
			t.Errorf("refCRC16(%q) = %#04x, want %#04x", tc.s, got, tc.want)
		}
	}
}

func TestTagAndHashPart(t *testing.T) {
	for _, tc := range []struct {
		key, tag string // tag "" means none
	}{
		{"", ""},
		{"user:101", ""},
		{"{user:101}:profile", "user:101"},
		{"x{user:101}", "user:101"},
		{"{", ""},
		{"}", ""},
		{"{}", ""},
		{"}{", ""},
		{"}{a}", "a"},
		{"{{}}", "{"},
		{"a{b}c{d}e", "b"},
		{"{}{a}", ""},
		{"{a{b}c}", "a{b"},
		{"{abc", ""},
		{"abc}", ""},
		{"{\x00}", "\x00"},
		{"{\xff\xfe}x", "\xff\xfe"},
		{"{ }", " "},
	} {
		tag, ok := Tag(tc.key)
		if tag != tc.tag || ok != (tc.tag != "") {
			t.Errorf("Tag(%q) = %q, %v; want %q, %v", tc.key, tag, ok, tc.tag, tc.tag != "")
		}
		want := tc.tag
		if want == "" {
			want = tc.key
		}
		if got := HashPart(tc.key); got != want {
			t.Errorf("HashPart(%q) = %q, want %q", tc.key, got, want)
		}
	}
}

func TestOfPrefix(t *testing.T) {
	for _, tc := range []struct {
		prefix string
		known  bool
	}{
		{"", false},
		{"user:", false},
		{"{user:101}", true},
		{"{user:101}:", true},
		{"x{a}", true},
		{"{a}{", true},
		{"{a{b}", true},
		{"{abc", false},
		{"{", false},
		{"{}", false},
		{"{}{a}", false}, // the first tag is empty: the whole key is hashed
		{"}", false},
		{"}{", false},
	} {
		slot, ok := OfPrefix(tc.prefix)
		if ok != tc.known {
			t.Errorf("OfPrefix(%q) ok = %v, want %v", tc.prefix, ok, tc.known)
			continue
		}
		checkPrefix(t, tc.prefix, slot, ok, []string{"", "x", "}", "{b}", "\x00\xff"})
	}
}

// checkPrefix checks OfPrefix's answer for prefix against Of of prefix plus
// each suffix: when known, every key has that slot; when not, the suffixes
// (and some that pick different tags) do not all give the same slot.
func checkPrefix(t *testing.T, prefix string, slot uint16, ok bool, suffixes []string) {
	t.Helper()
	if ok {
		for _, s := range suffixes {
			if got := Of(prefix + s); got != slot {
				t.Errorf("OfPrefix(%q) = %d, but Of(%q) = %d", prefix, slot, prefix+s, got)
			}
		}
		return
	}
	seen := map[uint16]bool{}
	for _, s := range append(suffixes, "a}", "b}", "{a}", "{b}", "a", "b") {
		seen[Of(prefix+s)] = true
	}
	if len(seen) < 2 {
		t.Errorf("OfPrefix(%q) is not known, yet every key tried has one slot", prefix)
	}
}

// randKey returns a key of up to max bytes drawn mostly from braces and a
// few letters, with NUL and invalid UTF-8 among them.
func randKey(r *rand.Rand, max int) string {
	const alphabet = "{{{}}}ab:\x00\xff\xc3"
	b := make([]byte, r.IntN(max+1))
	for i := range b {
		if r.IntN(4) == 0 {
			b[i] = byte(r.Uint32())
		} else {
			b[i] = alphabet[r.IntN(len(alphabet))]
		}
	}
	return string(b)
}

func TestOfPrefixProperty(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		prefix := randKey(r, 8)
		slot, ok := OfPrefix(prefix)
		checkPrefix(t, prefix, slot, ok, []string{randKey(r, 8), randKey(r, 8), randKey(r, 40)})
	}
}

func TestNoAllocs(t *testing.T) {
	for _, key := range []string{"user:101", "{user:101}:profile", strings.Repeat("k{x}", 100), strings.Repeat("k", 1000)} {
		b := []byte(key)
		var sink uint16
		if n := testing.AllocsPerRun(100, func() { sink += Of(key) }); n != 0 {
			t.Errorf("Of of a %d-byte key: %v allocations, want 0", len(key), n)
		}
		if n := testing.AllocsPerRun(100, func() { sink += OfBytes(b) }); n != 0 {
			t.Errorf("OfBytes of a %d-byte key: %v allocations, want 0", len(key), n)
		}
		_ = sink
	}
}

// refCRC16 is CRC16-XMODEM bit by bit, as the textbook has it.
func refCRC16(s string) uint16 {
	var crc uint16
	for i := 0; i < len(s); i++ {
		crc ^= uint16(s[i]) << 8
		for range 8 {
			if crc&0x8000 != 0 {
				crc = crc<<1 ^ 0x1021
			} else {
				crc <<= 1
			}
		}
	}
	return crc
}

// refHashPart is Redis' keyHashSlot rule: the bytes between the first '{'
// and the first '}' after it, unless there is none or they are empty; then
// the whole key.
func refHashPart(key string) (part string, tagged bool) {
	open := strings.IndexByte(key, '{')
	if open < 0 {
		return key, false
	}
	n := strings.IndexByte(key[open+1:], '}')
	if n <= 0 {
		return key, false
	}
	return key[open+1 : open+1+n], true
}

// refOf is the slot of key by the reference implementation.
func refOf(key string) uint16 {
	part, _ := refHashPart(key)
	return refCRC16(part) % Count
}

// checkRef compares the package with the reference implementation on key.
func checkRef(t *testing.T, key string) {
	t.Helper()
	want := refOf(key)
	if got := Of(key); got != want {
		t.Errorf("Of(%q) = %d, reference %d", key, got, want)
	}
	if got := OfBytes([]byte(key)); got != want {
		t.Errorf("OfBytes(%q) = %d, reference %d", key, got, want)
	}
	if got, want := CRC16(key), refCRC16(key); got != want {
		t.Errorf("CRC16(%q) = %#04x, reference %#04x", key, got, want)
	}
	part, tagged := refHashPart(key)
	if tag, ok := Tag(key); ok != tagged || (ok && tag != part) || (!ok && tag != "") {
		t.Errorf("Tag(%q) = %q, %v; reference %q, %v", key, tag, ok, part, tagged)
	}
	if got := HashPart(key); got != part {
		t.Errorf("HashPart(%q) = %q, reference %q", key, got, part)
	}
	// Whatever prefix OfPrefix knows the slot of, key has that slot.
	for i := range len(key) + 1 {
		if slot, ok := OfPrefix(key[:i]); ok && slot != want {
			t.Errorf("OfPrefix(%q) = %d, but Of(%q) = %d", key[:i], slot, key, want)
		}
	}
}

func TestReference(t *testing.T) {
	for _, f := range facts {
		checkRef(t, f.key)
		if got := refOf(f.key); got != f.slot {
			t.Errorf("refOf(%q) = %d, want %d", f.key, got, f.slot)
		}
	}
	r := rand.New(rand.NewPCG(3, 4))
	for range 20000 {
		checkRef(t, randKey(r, 64))
	}
}

func FuzzSlot(f *testing.F) {
	for _, fc := range facts {
		f.Add(fc.key)
	}
	for _, s := range []string{
		"\x00", "{\x00}", "\x00{a}\x00", "{\xff}", "\xff\xfe\xfd", "{\xc3\x28}x",
		"{{{", "}}}", "}{}{", "{}}", "{{}", "x{}y{z}", strings.Repeat("{", 100) + "}",
		strings.Repeat("\xff", 300),
	} {
		f.Add(s)
	}
	f.Fuzz(checkRef)
}

func BenchmarkOf(b *testing.B) {
	for _, bc := range []struct{ name, key string }{
		{"short", "user:101"},
		{"tagged", "{user:101}:profile"},
		{"long", strings.Repeat("session:", 32)},
	} {
		b.Run(bc.name, func(b *testing.B) {
			b.SetBytes(int64(len(bc.key)))
			b.ReportAllocs()
			var sink uint16
			for b.Loop() {
				sink += Of(bc.key)
			}
			_ = sink
		})
	}
}
