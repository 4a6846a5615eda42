package slot

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/redislint/redislint/internal/clustertest"
)

// liveKeys returns n keys, the same each run: random bytes (NUL and invalid
// UTF-8 among them), many braces, tags at various places, empty tags and
// long keys, plus the facts.
func liveKeys(n int) []string {
	r := rand.New(rand.NewPCG(7, 11))
	keys := []string{}
	for _, f := range facts {
		keys = append(keys, f.key)
	}
	for len(keys) < n {
		var k string
		switch r.IntN(5) {
		case 0: // braces and a few other bytes
			k = randKey(r, 24)
		case 1: // any bytes at all
			b := make([]byte, r.IntN(32))
			for i := range b {
				b[i] = byte(r.Uint32())
			}
			k = string(b)
		case 2: // a tag, maybe empty, somewhere in random text
			k = randKey(r, 8) + "{" + strings.Repeat("t", r.IntN(3)) + randKey(r, 4) + "}" + randKey(r, 8)
		case 3: // an empty tag first, then maybe another
			k = randKey(r, 4) + "{}" + randKey(r, 4) + "{x}" + randKey(r, 4)
		case 4: // long
			k = strings.Repeat(randKey(r, 16), 1+r.IntN(64))
		}
		keys = append(keys, k)
	}
	return keys
}

func TestLiveKeyslot(t *testing.T) {
	c := clustertest.Start(t, clustertest.Options{SingleNode: true})
	keys := liveKeys(5000)
	cmds := make([][]string, len(keys))
	for i, k := range keys {
		cmds[i] = []string{"CLUSTER", "KEYSLOT", k}
	}
	replies, err := c.DoMany(c.Addrs()[0], cmds)
	if err != nil {
		t.Fatal(err)
	}
	for i, r := range replies {
		if r.Kind != clustertest.Integer {
			t.Fatalf("CLUSTER KEYSLOT %q = %v", keys[i], r)
		}
		if got := Of(keys[i]); int64(got) != r.Int {
			t.Errorf("Of(%q) = %d, CLUSTER KEYSLOT says %d", keys[i], got, r.Int)
		}
	}
}
