// Package clustertest starts a real Redis Cluster on loopback for tests, from
// the redis-server on PATH, and talks to it with a minimal RESP2 client.
//
// Nodes run with cluster-node-timeout 5000 (a stopped master is flagged
// failed some 5 s later) and are killed if the test process dies.
//
// Without redis-server, Start skips the test, unless REDISLINT_REQUIRE_REDIS=1
// is set (CI sets it): then it fails the test, so CI cannot pass by skipping.
package clustertest

import (
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// Options says what cluster to start.
type Options struct {
	// Masters is the number of masters; 0 means 3. The slots are split
	// evenly among them, in order.
	Masters int
	// Replicas is the number of replicas of each master.
	Replicas int
	// SingleNode starts one cluster-enabled node with no slots and does not
	// wait for the cluster to be ok: enough for CLUSTER KEYSLOT, and cheap.
	// Masters and Replicas are ignored.
	SingleNode bool
	// Standalone starts one plain redis-server, not in cluster mode: the
	// single Redis that programs are developed and tested against, which
	// accepts cross-slot commands, KEYS and SELECT. Masters, Replicas and
	// SingleNode are ignored.
	Standalone bool
}

// Cluster is a running Redis Cluster. Its nodes are stopped when the test
// that started it ends.
type Cluster struct {
	nodes []*node // masters first, then the replicas of master 0, 1, …
}

const (
	slotCount    = 16384
	busOffset    = 10000 // the cluster bus port is the port plus this
	startTimeout = 10 * time.Second
	formTimeout  = 30 * time.Second
	stopTimeout  = 10 * time.Second
	portAttempts = 5
)

// Available returns the path of redis-server and whether it is on PATH.
func Available() (path string, ok bool) {
	path, err := exec.LookPath("redis-server")
	return path, err == nil
}

// redisServer returns the path of redis-server, or skips tb (fails it when
// REDISLINT_REQUIRE_REDIS=1).
func redisServer(tb testing.TB) string {
	tb.Helper()
	bin, ok := Available()
	if !ok {
		const msg = "redis-server not on PATH: install the Debian package redis-server (.ci/run does)"
		if os.Getenv("REDISLINT_REQUIRE_REDIS") == "1" {
			tb.Fatal(msg + "; REDISLINT_REQUIRE_REDIS=1 forbids skipping")
		}
		tb.Skip(msg)
	}
	return bin
}

// Start starts a cluster as opt says, and waits until every node reports
// cluster_state:ok and the slot map (and, with replicas, each master's
// replicas) that Start assigned. It skips or fails tb when redis-server is
// not on PATH (see the package doc).
func Start(tb testing.TB, opt Options) *Cluster {
	tb.Helper()
	bin := redisServer(tb)
	masters, replicas := opt.Masters, opt.Replicas
	if masters == 0 {
		masters = 3
	}
	if opt.SingleNode || opt.Standalone {
		masters, replicas = 1, 0
	}
	if masters < 0 || replicas < 0 || masters > slotCount {
		tb.Fatalf("clustertest: bad options %+v", opt)
	}

	c := &Cluster{nodes: make([]*node, masters*(1+replicas))}
	// Before the Cleanup: cleanups run last first, and teardown reads the
	// nodes' logs in root.
	root := tb.TempDir()
	tb.Cleanup(func() { c.teardown(tb) })
	errs := make([]error, len(c.nodes))
	var wg sync.WaitGroup
	for i := range c.nodes {
		dir := filepath.Join(root, fmt.Sprintf("node%d", i))
		wg.Go(func() { c.nodes[i], errs[i] = startNode(bin, dir, !opt.Standalone) })
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		tb.Fatalf("clustertest: %v", err)
	}
	if !opt.SingleNode && !opt.Standalone {
		if err := c.form(masters, replicas); err != nil {
			tb.Fatalf("clustertest: forming a cluster of %d masters with %d replicas each: %v", masters, replicas, err)
		}
	}
	return c
}

// Addrs returns the host:port of every node, masters first, then the
// replicas of master 0, of master 1, and so on.
func (c *Cluster) Addrs() []string {
	addrs := make([]string, len(c.nodes))
	for i, n := range c.nodes {
		addrs[i] = n.addr
	}
	return addrs
}

// StopNode stops node i (an index into Addrs) and waits for its process to
// exit. Stopping a node again does nothing.
func (c *Cluster) StopNode(i int) { c.nodes[i].stop() }

// teardown stops every node, reports any that died before it was stopped and
// any process left behind, and on failure logs the tail of each node's log.
func (c *Cluster) teardown(tb testing.TB) {
	var wg sync.WaitGroup
	for _, n := range c.nodes {
		if n == nil { // Start failed before this node ran
			continue
		}
		if !n.stopped.Load() && n.exited() {
			tb.Errorf("clustertest: node %s exited before the test ended: %v", n.addr, n.waitErr)
		}
		wg.Go(n.stop)
	}
	wg.Wait()
	for _, n := range c.nodes {
		if n == nil {
			continue
		}
		if n.cmd.ProcessState == nil {
			tb.Errorf("clustertest: node %s (pid %d) left running", n.addr, n.cmd.Process.Pid)
		}
		if tb.Failed() {
			tb.Logf("clustertest: tail of %s (node %s):\n%s", n.log, n.addr, logTail(n.log))
		}
	}
}

// form assigns the slots to the masters, joins all nodes, makes the replicas
// replicate and waits for the whole cluster to agree on it.
func (c *Cluster) form(masters, replicas int) error {
	ids := make([]string, len(c.nodes))
	for i, n := range c.nodes {
		cmds := [][]string{{"CLUSTER", "SET-CONFIG-EPOCH", strconv.Itoa(i + 1)}}
		if i < masters {
			lo, hi := slotRange(i, masters)
			cmds = append(cmds, []string{"CLUSTER", "ADDSLOTSRANGE", strconv.Itoa(lo), strconv.Itoa(hi)})
		}
		cmds = append(cmds, []string{"CLUSTER", "MYID"})
		rs, err := doOK(n.addr, cmds)
		if err != nil {
			return err
		}
		ids[i] = rs[len(rs)-1].Str
	}

	// Every pair meets directly: gossip alone would take seconds.
	for i, n := range c.nodes[1:] {
		var meets [][]string
		for _, m := range c.nodes[:i+1] {
			meets = append(meets, []string{"CLUSTER", "MEET", "127.0.0.1", strconv.Itoa(m.port)})
		}
		if _, err := doOK(n.addr, meets); err != nil {
			return err
		}
	}
	if err := c.waitAll("every node to know every other", func(n *node) (bool, string, error) {
		r, err := do(n.addr, ioTimeout, "CLUSTER", "NODES")
		known := strings.Count(r.Str, "\n") - strings.Count(r.Str, "handshake")
		return known == len(c.nodes), r.Str, err
	}); err != nil {
		return err
	}

	for i := masters; i < len(c.nodes); i++ {
		master := (i - masters) / replicas
		if _, err := do(c.nodes[i].addr, ioTimeout, "CLUSTER", "REPLICATE", ids[master]); err != nil {
			return fmt.Errorf("%s: CLUSTER REPLICATE %s: %w", c.nodes[i].addr, ids[master], err)
		}
	}

	want := c.wantSlots(masters, replicas)
	return c.waitAll("cluster_state:ok and the slot map assigned", func(n *node) (bool, string, error) {
		rs, err := doMany(n.addr, ioTimeout, [][]string{{"CLUSTER", "INFO"}, {"CLUSTER", "SLOTS"}})
		if err != nil {
			return false, "", err
		}
		got := slotMap(rs[1])
		state := rs[0].Str + "\nCLUSTER SLOTS: " + got
		return strings.Contains(rs[0].Str, "cluster_state:ok\r\n") && got == want, state, nil
	})
}

// slotRange returns the first and last slot of master i of n.
func slotRange(i, n int) (lo, hi int) {
	return i * slotCount / n, (i+1)*slotCount/n - 1
}

// wantSlots renders, as slotMap does, the slot map that form assigns.
func (c *Cluster) wantSlots(masters, replicas int) string {
	var b strings.Builder
	for i := range masters {
		lo, hi := slotRange(i, masters)
		addrs := []string{c.nodes[i].addr}
		for j := range replicas {
			addrs = append(addrs, c.nodes[masters+i*replicas+j].addr)
		}
		slices.Sort(addrs[1:])
		fmt.Fprintf(&b, "%d-%d %s; ", lo, hi, strings.Join(addrs, " "))
	}
	return b.String()
}

// slotMap renders a CLUSTER SLOTS reply as "lo-hi master replica…; " for
// each range in slot order, replicas sorted.
func slotMap(r Reply) string {
	ranges := slices.Clone(r.Elems)
	slices.SortFunc(ranges, func(a, b Reply) int { return int(a.Elems[0].Int - b.Elems[0].Int) })
	var b strings.Builder
	for _, rg := range ranges {
		if len(rg.Elems) < 3 {
			return "malformed: " + r.String()
		}
		var addrs []string
		for _, n := range rg.Elems[2:] {
			addrs = append(addrs, net.JoinHostPort(n.Elems[0].Str, strconv.FormatInt(n.Elems[1].Int, 10)))
		}
		slices.Sort(addrs[1:])
		fmt.Fprintf(&b, "%d-%d %s; ", rg.Elems[0].Int, rg.Elems[1].Int, strings.Join(addrs, " "))
	}
	return b.String()
}

// waitAll polls ready on every node until it holds for all of them at once,
// for at most formTimeout. ready returns what it saw, for the error message.
func (c *Cluster) waitAll(what string, ready func(*node) (bool, string, error)) error {
	deadline := time.Now().Add(formTimeout)
	for {
		var notReady []string
		for _, n := range c.nodes {
			ok, saw, err := ready(n)
			if err != nil {
				return fmt.Errorf("waiting for %s: %s: %w", what, n.addr, err)
			}
			if !ok {
				notReady = append(notReady, fmt.Sprintf("%s saw:\n%s", n.addr, saw))
			}
		}
		if notReady == nil {
			return nil
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("timed out after %v waiting for %s; %s", formTimeout, what, strings.Join(notReady, "\n"))
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// doOK runs cmds pipelined and fails on the first error reply.
func doOK(addr string, cmds [][]string) ([]Reply, error) {
	rs, err := doMany(addr, ioTimeout, cmds)
	if err != nil {
		return nil, err
	}
	for i, r := range rs {
		if err := r.Err(); err != nil {
			return nil, fmt.Errorf("%s: %s: %w", addr, strings.Join(cmds[i], " "), err)
		}
	}
	return rs, nil
}
