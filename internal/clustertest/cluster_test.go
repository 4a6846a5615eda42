package clustertest

import (
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// pids returns the process ids of c's nodes.
func (c *Cluster) pids() []int {
	var pids []int
	for _, n := range c.nodes {
		pids = append(pids, n.cmd.Process.Pid)
	}
	return pids
}

// assertGone fails t for each pid that is still a process.
func assertGone(t *testing.T, pids []int) {
	t.Helper()
	if len(pids) == 0 {
		t.Fatal("no pids recorded: the sub-test did not start a cluster")
	}
	for _, pid := range pids {
		if err := syscall.Kill(pid, 0); !errors.Is(err, syscall.ESRCH) {
			t.Errorf("pid %d still exists after the cluster's test ended (kill 0: %v)", pid, err)
		}
	}
}

// owner returns the index of the master that holds slot in a cluster of
// masters masters.
func owner(slot, masters int) int {
	for i := range masters {
		if lo, hi := slotRange(i, masters); lo <= slot && slot <= hi {
			return i
		}
	}
	panic(slot)
}

func TestThreeMasters(t *testing.T) {
	t.Parallel()
	var pids []int
	t.Run("cluster", func(t *testing.T) {
		start := time.Now()
		c := Start(t, Options{})
		t.Logf("3 masters ok after %v", time.Since(start))
		pids = c.pids()
		addrs := c.Addrs()
		if len(addrs) != 3 {
			t.Fatalf("Addrs() = %v, want 3", addrs)
		}

		t.Run("set-get", func(t *testing.T) {
			moved := make([]int, 3)
			for k := range 60 {
				key, val := "key:"+strconv.Itoa(k), "val:"+strconv.Itoa(k)
				r, err := c.Do(addrs[0], "CLUSTER", "KEYSLOT", key)
				if err != nil {
					t.Fatal(err)
				}
				slot := int(r.Int)
				want := addrs[owner(slot, 3)]
				// Send every SET to node 0 and follow a MOVED once.
				at := addrs[0]
				_, err = c.Do(at, "SET", key, val)
				var re *ReplyError
				if errors.As(err, &re) && strings.HasPrefix(re.Msg, "MOVED ") {
					if wantMsg := fmt.Sprintf("MOVED %d %s", slot, want); re.Msg != wantMsg {
						t.Fatalf("SET %s at %s: %q, want %q", key, at, re.Msg, wantMsg)
					}
					at = strings.Fields(re.Msg)[2]
					moved[owner(slot, 3)]++
					_, err = c.Do(at, "SET", key, val)
				}
				if err != nil || at != want {
					t.Fatalf("SET %s (slot %d) ended at %s with %v, want success at %s", key, slot, at, err, want)
				}
				if r, err := c.Do(want, "GET", key); err != nil || r.Kind != Bulk || r.Str != val {
					t.Fatalf("GET %s at %s = %v, %v; want %q", key, want, r, err, val)
				}
			}
			if moved[0] != 0 || moved[1] == 0 || moved[2] == 0 {
				t.Errorf("MOVED replies by owner = %v: want none for node 0, some for 1 and 2", moved)
			}
		})

		t.Run("stop-node", func(t *testing.T) {
			c.StopNode(2)
			c.StopNode(2) // again: nothing
			if _, err := c.Do(addrs[2], "PING"); err == nil {
				t.Errorf("PING %s after StopNode(2) succeeded", addrs[2])
			}
			assertGone(t, pids[2:])
			for _, a := range addrs[:2] {
				if r, err := c.Do(a, "PING"); err != nil || r.Str != "PONG" {
					t.Errorf("PING %s = %v, %v", a, r, err)
				}
			}
		})
	})
	assertGone(t, pids)
}

func TestReplicas(t *testing.T) {
	t.Parallel()
	var pids []int
	t.Run("cluster", func(t *testing.T) {
		start := time.Now()
		c := Start(t, Options{Masters: 3, Replicas: 1})
		t.Logf("3 masters + 3 replicas ok after %v", time.Since(start))
		pids = c.pids()
		addrs := c.Addrs()
		if len(addrs) != 6 {
			t.Fatalf("Addrs() = %v, want 6", addrs)
		}
		for i, a := range addrs {
			r, err := c.Do(a, "ROLE")
			if want := map[bool]string{true: "master", false: "slave"}[i < 3]; err != nil || r.Elems[0].Str != want {
				t.Errorf("ROLE of node %d = %v, %v; want %s", i, r, err, want)
			}
		}
		// Node 0's replica, node 3, serves a key of slot 0 once it has it.
		const key = "{06S}k" // slot 0
		rs, err := c.DoMany(addrs[0], [][]string{{"CLUSTER", "KEYSLOT", key}, {"SET", key, "v"}, {"WAIT", "1", "5000"}})
		if err != nil || rs[0].Int != 0 || rs[1].Str != "OK" || rs[2].Int != 1 {
			t.Fatalf("KEYSLOT, SET, WAIT at node 0 = %v, %v", rs, err)
		}
		rs, err = c.DoMany(addrs[3], [][]string{{"READONLY"}, {"GET", key}})
		if err != nil || rs[1].Str != "v" {
			t.Fatalf("READONLY, GET at node 3 = %v, %v", rs, err)
		}
	})
	assertGone(t, pids)
}

func TestSingleNode(t *testing.T) {
	t.Parallel()
	var pids []int
	t.Run("node", func(t *testing.T) {
		c := Start(t, Options{SingleNode: true})
		pids = c.pids()
		if len(c.Addrs()) != 1 {
			t.Fatalf("Addrs() = %v", c.Addrs())
		}
		rs, err := c.DoMany(c.Addrs()[0], [][]string{{"CLUSTER", "KEYSLOT", "user:101"}, {"CLUSTER", "INFO"}})
		if err != nil || rs[0].Int != 13437 {
			t.Fatalf("CLUSTER KEYSLOT user:101 = %v, %v; want 13437", rs, err)
		}
		if !strings.Contains(rs[1].Str, "cluster_slots_assigned:0\r\n") {
			t.Errorf("CLUSTER INFO of a single node: %s", rs[1].Str)
		}
	})
	assertGone(t, pids)
}

func TestStandalone(t *testing.T) {
	t.Parallel()
	var pids []int
	t.Run("node", func(t *testing.T) {
		c := Start(t, Options{Standalone: true})
		pids = c.pids()
		if len(c.Addrs()) != 1 {
			t.Fatalf("Addrs() = %v", c.Addrs())
		}
		// Not in cluster mode: keys of two slots in one command, and
		// database 1, are accepted.
		rs, err := c.DoMany(c.Addrs()[0], [][]string{{"MSET", "foo", "1", "bar", "2"}, {"SELECT", "1"}, {"INFO", "cluster"}})
		if err != nil {
			t.Fatal(err)
		}
		for i, r := range rs[:2] {
			if r.Err() != nil || r.Str != "OK" {
				t.Errorf("reply %d = %v; want OK", i, r)
			}
		}
		if !strings.Contains(rs[2].Str, "cluster_enabled:0") {
			t.Errorf("INFO cluster of a standalone node: %s", rs[2].Str)
		}
	})
	assertGone(t, pids)
}

// TestMissingRedis checks the skip rule: skip without redis-server, but fail
// when REDISLINT_REQUIRE_REDIS=1.
func TestMissingRedis(t *testing.T) {
	if os.Getenv("CLUSTERTEST_HELPER") == "1" {
		Start(t, Options{SingleNode: true})
		return
	}
	t.Setenv("PATH", t.TempDir())
	t.Setenv("REDISLINT_REQUIRE_REDIS", "")
	if _, ok := Available(); ok {
		t.Fatal("Available() with an empty PATH = true")
	}
	t.Run("skips", func(t *testing.T) {
		defer func() {
			if !t.Skipped() {
				t.Error("Start without redis-server did not skip")
			}
		}()
		Start(t, Options{SingleNode: true})
	})

	cmd := exec.Command(os.Args[0], "-test.run=^TestMissingRedis$", "-test.v")
	cmd.Env = append(os.Environ(), "CLUSTERTEST_HELPER=1", "REDISLINT_REQUIRE_REDIS=1")
	out, err := cmd.CombinedOutput()
	if err == nil || !strings.Contains(string(out), "redis-server not on PATH") || !strings.Contains(string(out), "--- FAIL") {
		t.Errorf("with REDISLINT_REQUIRE_REDIS=1 and no redis-server: err %v, output:\n%s", err, out)
	}
}

// TestPortTaken checks that a node whose port another process took first
// fails with errPortTaken, which makes startNode try other ports.
func TestPortTaken(t *testing.T) {
	bin := redisServer(t)
	port, err := freePort()
	if err != nil {
		t.Fatal(err)
	}
	l, err := net.Listen("tcp", net.JoinHostPort("127.0.0.1", strconv.Itoa(port)))
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	n, err := launch(bin, t.TempDir(), port, true)
	if !errors.Is(err, errPortTaken) {
		if n != nil {
			n.stop()
		}
		t.Fatalf("launch on a taken port: %v, want errPortTaken", err)
	}
	n, err = startNode(bin, t.TempDir(), true)
	if err != nil {
		t.Fatal(err)
	}
	n.stop()
	assertGone(t, []int{n.cmd.Process.Pid})
}
