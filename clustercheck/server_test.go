package clustercheck_test

import (
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/redislint/redislint/clustercheck"
	"github.com/redislint/redislint/internal/clustertest"
)

// TestAgreesWithServer holds the guard's CrossSlot and Transaction rules to
// redis-server itself: a one-node cluster that owns every slot answers
// CROSSSLOT exactly for the commands whose keys span slots. Random
// commands over a pool of keys (tagged and not) must get the same verdict
// from both.
func TestAgreesWithServer(t *testing.T) {
	node := clustertest.Start(t, clustertest.Options{SingleNode: true})
	addr := node.Addrs()[0]
	if _, err := node.Do(addr, "CLUSTER", "ADDSLOTSRANGE", "0", "16383"); err != nil {
		t.Fatal(err)
	}
	for deadline := time.Now().Add(10 * time.Second); ; {
		r, err := node.Do(addr, "CLUSTER", "INFO")
		if err == nil && strings.Contains(r.Str, "cluster_state:ok") {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the one-node cluster is not ok: %v %v", r, err)
		}
		time.Sleep(50 * time.Millisecond)
	}

	keys := []string{"a", "b", "{a}x", "{u}:1", "{u}:2", "{v}:1", "user:101", "foo", "bar", "{}x", "{}y", "k{u}"}
	templates := []string{
		"MGET K K", "MGET K K K", "MSET K v K v", "MSETNX K v K v", "DEL K K K", "EXISTS K K", "UNLINK K K",
		"RENAME K K", "COPY K K", "SMOVE K K m", "LMOVE K K LEFT RIGHT", "SUNIONSTORE K K K", "SINTERCARD 2 K K",
		"BITOP AND K K K", "PFMERGE K K", "ZUNIONSTORE K 2 K K", "ZINTER 2 K K", "EVAL return 2 K K", "EVAL return 1 K K",
		"XREAD STREAMS K K 0 0", "SORT K STORE K", "SORT K BY nosort", "GEOSEARCHSTORE K K FROMLONLAT 0 0 BYRADIUS 1 m",
		"WATCH K K", "OBJECT ENCODING K", "GET K", "BLMPOP 0.01 2 K K LEFT",
	}
	c := clustercheck.New(clustercheck.Options{})
	rng := rand.New(rand.NewPCG(1, 2))
	var cmds [][]string
	for range 600 {
		tpl := strings.Fields(templates[rng.IntN(len(templates))])
		cmd := make([]string, len(tpl))
		for i, w := range tpl {
			if w == "K" {
				w = keys[rng.IntN(len(keys))]
			}
			cmd[i] = w
		}
		cmds = append(cmds, cmd)
	}
	replies, err := node.DoMany(addr, cmds)
	if err != nil {
		t.Fatal(err)
	}
	crossslot := 0
	for i, cmd := range cmds {
		server := replies[i].Kind == clustertest.Error && strings.HasPrefix(replies[i].Str, "CROSSSLOT")
		e := c.Strings(nil, cmd)
		guard := e != nil && e.Rule == clustercheck.CrossSlot
		if server != guard {
			t.Errorf("%s: the server answered %v, the guard %v", strings.Join(cmd, " "), replies[i], e)
		}
		if server {
			crossslot++
		}
	}
	if crossslot == 0 || crossslot == len(cmds) {
		t.Errorf("%d of %d commands CROSSSLOT: the test does not tell anything", crossslot, len(cmds))
	}
	t.Logf("%d commands, %d CROSSSLOT on both", len(cmds), crossslot)

	// The commands a cluster refuses: the guard's error is the server's.
	for _, cmd := range [][]string{{"SELECT", "2"}, {"SELECT", "0"}, {"SWAPDB", "0", "1"}, {"MOVE", "foo", "1"}} {
		r, _ := node.Do(addr, cmd...)
		e := c.Strings(nil, cmd)
		switch {
		case r.Kind == clustertest.Error && (e == nil || e.Error() != r.Str):
			t.Errorf("%v: the server answered %q, the guard %v", cmd, r.Str, e)
		case r.Kind != clustertest.Error && e != nil:
			t.Errorf("%v: the server answered %v, the guard %v", cmd, r, e)
		}
	}

	// Transactions: MULTI, two to four SETs, EXEC. redis-server 7.0.15
	// queues every SET, and answers EXEC with CROSSSLOT when their keys
	// span slots.
	for range 100 {
		tx := [][]string{{"MULTI"}}
		for range 2 + rng.IntN(3) {
			tx = append(tx, []string{"SET", keys[rng.IntN(len(keys))], "v"})
		}
		tx = append(tx, []string{"EXEC"})
		replies, err := node.DoMany(addr, tx)
		if err != nil {
			t.Fatal(err)
		}
		server := strings.HasPrefix(replies[len(replies)-1].Str, "CROSSSLOT")
		var state clustercheck.Tx
		var guard *clustercheck.Error
		for _, cmd := range tx {
			if e := c.Strings(&state, cmd); e != nil && guard == nil {
				guard = e
			}
		}
		if server != (guard != nil && guard.Rule == clustercheck.Transaction) {
			t.Errorf("%v: the server answered %v, the guard %v", tx, replies, guard)
		}
	}
}
