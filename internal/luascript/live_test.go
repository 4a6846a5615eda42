package luascript

import (
	"strings"
	"testing"

	"github.com/redislint/redislint/internal/clustertest"
	"github.com/redislint/redislint/internal/slot"
)

// TestLiveModes checks what Mode says against a 3-master cluster: a script
// that declares KEYS[1] and GETs a key of another slot, served by the same
// node or by another one.
func TestLiveModes(t *testing.T) {
	c := clustertest.Start(t, clustertest.Options{Masters: 3})
	masters := c.Addrs()
	owner := func(key string) int { // clustertest splits the slots evenly, in order
		s := int(slot.Of(key))
		for i := range masters {
			if s < (i+1)*16384/len(masters) {
				return i
			}
		}
		return -1
	}
	const declared, sameNode, otherNode = "sc:a", "other:key", "x:0"
	if slot.Of(declared) == slot.Of(sameNode) || owner(declared) != owner(sameNode) || owner(declared) == owner(otherNode) {
		t.Fatalf("keys not laid out as the test needs: slots %d, %d, %d on masters %d, %d, %d",
			slot.Of(declared), slot.Of(sameNode), slot.Of(otherNode), owner(declared), owner(sameNode), owner(otherNode))
	}
	const (
		nonLocal  = "Script attempted to access a non local key in a cluster node"
		crossSlot = "Script attempted to access keys that do not hash to the same slot"
	)
	for _, shebang := range []string{"", "#!lua\n", "#!lua flags=no-writes\n", "#!lua flags=allow-cross-slot-keys\n", "#!lua flags=no-writes,allow-cross-slot-keys\n"} {
		mode := ModeOf(shebang + "return 1")
		for _, key := range []string{sameNode, otherNode} {
			src := shebang + "redis.call('GET', KEYS[1]); return redis.call('GET', '" + key + "')"
			r, _ := c.Do(masters[owner(declared)], "EVAL", src, "1", declared)
			want := ""
			switch {
			case key == otherNode:
				want = nonLocal
			case mode == ModeSlot:
				want = crossSlot
			}
			got := ""
			if r.Kind == clustertest.Error {
				got = r.Str
			}
			if want == "" && got != "" || want != "" && !strings.Contains(got, want) {
				t.Errorf("%q (mode %d) with KEYS[1] %q touching %q (slot %d, master %d): got %v, want %q",
					shebang, mode, declared, key, slot.Of(key), owner(key), r, want)
			}
		}
		// redis.pcall hands the script the error: ignored, the script
		// succeeds; returned, the caller gets it.
		src := shebang + "redis.call('GET', KEYS[1]); redis.pcall('GET', '" + otherNode + "'); return 'done'"
		if r, _ := c.Do(masters[owner(declared)], "EVAL", src, "1", declared); r.Kind == clustertest.Error || r.Str != "done" {
			t.Errorf("%q: pcall whose error is ignored: got %v, want \"done\"", shebang, r)
		}
		src = shebang + "redis.call('GET', KEYS[1]); return redis.pcall('GET', '" + otherNode + "')"
		if r, _ := c.Do(masters[owner(declared)], "EVAL", src, "1", declared); r.Kind != clustertest.Error || !strings.Contains(r.Str, nonLocal) {
			t.Errorf("%q: pcall whose error is returned: got %v, want %q", shebang, r, nonLocal)
		}
	}
}
