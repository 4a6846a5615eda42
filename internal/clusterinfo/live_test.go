package clusterinfo_test

import (
	"bufio"
	"context"
	"fmt"
	"net"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/redislint/redislint/internal/clusterinfo"
	"github.com/redislint/redislint/internal/clustertest"
	"github.com/redislint/redislint/internal/resp"
	"github.com/redislint/redislint/internal/slot"
)

func options(keys ...string) clusterinfo.Options {
	return clusterinfo.Options{
		Dialer: clusterinfo.Dialer{DialTimeout: 2 * time.Second, IOTimeout: 2 * time.Second},
		Keys:   keys,
	}
}

// findings renders the report's findings as "severity code", in order.
func findings(rep *clusterinfo.Report) []string {
	var fs []string
	for _, f := range rep.Findings {
		fs = append(fs, string(f.Severity)+" "+f.Code)
	}
	return fs
}

func find(t *testing.T, rep *clusterinfo.Report, code string) clusterinfo.Finding {
	t.Helper()
	for _, f := range rep.Findings {
		if f.Code == code {
			return f
		}
	}
	t.Fatalf("no %s finding in %q", code, findings(rep))
	return clusterinfo.Finding{}
}

// waitFor polls cond every 50 ms for at most limit.
func waitFor(t *testing.T, what string, limit time.Duration, cond func() (bool, string)) {
	t.Helper()
	deadline := time.Now().Add(limit)
	for {
		ok, saw := cond()
		if ok {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("after %v, still waiting for %s; last saw:\n%s", limit, what, saw)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// TestLiveHealthy: three masters, all given as seeds, report nothing but
// the missing replicas (notes, exit 0), and -key agrees with CLUSTER
// KEYSLOT and with the node that serves the key without MOVED.
func TestLiveHealthy(t *testing.T) {
	t.Parallel()
	c := clustertest.Start(t, clustertest.Options{})
	addrs := c.Addrs()
	keys := []string{"user:101", "{user:101}:profile", "foo", "bar", "", "{}{a}", "a{b}c"}
	rep := clusterinfo.Run(context.Background(), addrs, options(keys...))

	if rep.Exit != clusterinfo.ExitClean {
		t.Errorf("exit %d, want %d; findings %q", rep.Exit, clusterinfo.ExitClean, findings(rep))
	}
	if want := []string{"note no-replica", "note no-replica", "note no-replica"}; !slices.Equal(findings(rep), want) {
		t.Errorf("findings %q, want %q", findings(rep), want)
	}
	if s := rep.Cluster; s == nil || s.State != "ok" || s.SlotsAssigned != 16384 || s.Masters != 3 || s.EndpointsFrom != "CLUSTER SHARDS" {
		t.Errorf("cluster summary %+v", rep.Cluster)
	}
	shards := map[string]bool{}
	for _, s := range rep.Seeds {
		if !s.Answered {
			t.Errorf("seed %+v did not answer", s)
		}
		shards[s.Shard] = true
	}
	if len(shards) != 3 {
		t.Errorf("seeds in %d shards, want 3: %+v", len(shards), rep.Seeds)
	}
	for _, n := range rep.Nodes {
		if !n.Reachable || !slices.Contains(addrs, n.Endpoint) {
			t.Errorf("node %+v: want reachable at one of %v", n, addrs)
		}
	}

	if len(rep.Keys) != len(keys) {
		t.Fatalf("%d key results for %d keys", len(rep.Keys), len(keys))
	}
	for _, k := range rep.Keys {
		r, err := c.Do(addrs[0], "CLUSTER", "KEYSLOT", k.Key)
		if err != nil || r.Int != int64(k.Slot) {
			t.Errorf("key %q: slot %d, CLUSTER KEYSLOT says %v, %v", k.Key, k.Slot, r, err)
		}
		// The owner answers for the key itself; any other node says MOVED.
		if r, err := c.Do(k.Endpoint, "EXISTS", k.Key); err != nil || !k.Reachable {
			t.Errorf("key %q: owner %s (reachable %v) answers EXISTS with %v, %v", k.Key, k.Endpoint, k.Reachable, r, err)
		}
		for _, a := range addrs {
			if a == k.Endpoint {
				continue
			}
			_, err := c.Do(a, "EXISTS", k.Key)
			if want := fmt.Sprintf("MOVED %d %s", k.Slot, k.Endpoint); err == nil || err.Error() != want {
				t.Errorf("key %q at %s: %v, want %s", k.Key, a, err, want)
			}
		}
	}
	byKey := map[string]clusterinfo.KeyResult{}
	for _, k := range rep.Keys {
		byKey[k.Key] = k
	}
	if k := byKey["{user:101}:profile"]; !k.HasTag || k.Tag != "user:101" || k.Slot != 13437 {
		t.Errorf("key {user:101}:profile: %+v", k)
	}
	if k := byKey["{}{a}"]; k.HasTag || k.Slot != 13650 {
		t.Errorf("key {}{a}: %+v", k)
	}

	// One seed: the seed advice, and nothing else changes.
	rep = clusterinfo.Run(context.Background(), addrs[:1], options())
	if want := []string{"warning few-seeds", "warning seeds-one-shard", "note no-replica", "note no-replica", "note no-replica"}; !slices.Equal(findings(rep), want) || rep.Exit != clusterinfo.ExitWarnings {
		t.Errorf("one seed: exit %d, findings %q; want 1, %q", rep.Exit, findings(rep), want)
	}
}

// TestLiveUnreachableAnnouncement: a master that announces a port nothing
// listens on (the NAT / Docker case) is reported unreachable, its keys fail
// here, and the exit code says a client here would fail, while the cluster
// itself stays ok.
func TestLiveUnreachableAnnouncement(t *testing.T) {
	t.Parallel()
	c := clustertest.Start(t, clustertest.Options{})
	addrs := c.Addrs()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := l.Addr().(*net.TCPAddr).Port
	l.Close() // nothing listens there now
	bad := net.JoinHostPort("127.0.0.1", strconv.Itoa(port))
	if _, err := c.Do(addrs[1], "CONFIG", "SET", "cluster-announce-port", strconv.Itoa(port)); err != nil {
		t.Fatal(err)
	}
	// Measured: 0.5 to 3 s before the other nodes' CLUSTER SLOTS show it
	// (the port travels in the node's next gossip).
	start := time.Now()
	waitFor(t, "node 0 to show the announced port", 10*time.Second, func() (bool, string) {
		r, err := c.Do(addrs[0], "CLUSTER", "NODES")
		return err == nil && strings.Contains(r.Str, " "+bad+"@"), r.String()
	})
	t.Logf("node 0 shows the announced port after %v", time.Since(start))

	const key = "foo"           // slot 12182: not node 1's
	const key1 = "{user:101}:x" // slot 13437: not node 1's either
	keyOf1 := "bar"             // slot 5061: node 1 (5461-10922)? no: node 0
	_ = keyOf1
	rep := clusterinfo.Run(context.Background(), []string{addrs[0], addrs[2]}, options("x", key, key1, "{06S}k"))
	if rep.Exit != clusterinfo.ExitErrors {
		t.Errorf("exit %d, want %d; findings %q", rep.Exit, clusterinfo.ExitErrors, findings(rep))
	}
	f := find(t, rep, "unreachable")
	if f.Severity != clusterinfo.Error || !strings.Contains(f.Message, bad) || !strings.Contains(f.Message, "master of slots 5461-10921") {
		t.Errorf("unreachable finding: %+v", f)
	}
	if !strings.Contains(f.Fix, "cluster-announce-ip") || !strings.Contains(f.Fix, "cluster-preferred-endpoint-type") {
		t.Errorf("unreachable fix %q: want cluster-announce-ip and cluster-preferred-endpoint-type", f.Fix)
	}
	if st := rep.Cluster.State; st != "ok" {
		t.Errorf("cluster_state %q, want ok: the cluster is fine, only this process cannot reach it", st)
	}
	for _, k := range rep.Keys {
		r, err := c.Do(addrs[0], "CLUSTER", "KEYSLOT", k.Key)
		if err != nil {
			t.Fatal(err)
		}
		onBad := 5461 <= r.Int && r.Int <= 10921
		if k.Reachable == onBad || onBad != (k.Endpoint == bad) {
			t.Errorf("key %q (slot %d): %+v; on the unreachable master: %v", k.Key, r.Int, k, onBad)
		}
	}
}

// TestLiveUnassignedSlots: a slot range that no master holds.
func TestLiveUnassignedSlots(t *testing.T) {
	t.Parallel()
	c := clustertest.Start(t, clustertest.Options{})
	addrs := c.Addrs()
	for _, a := range addrs { // each node forgets the range
		if _, err := c.Do(a, "CLUSTER", "DELSLOTSRANGE", "100", "199"); err != nil {
			t.Fatal(err)
		}
	}
	waitFor(t, "cluster_state:fail", 10*time.Second, func() (bool, string) {
		r, err := c.Do(addrs[0], "CLUSTER", "INFO")
		return err == nil && strings.Contains(r.Str, "cluster_state:fail"), r.String()
	})
	rep := clusterinfo.Run(context.Background(), addrs, options("{a}")) // slot 15495, served
	if rep.Exit != clusterinfo.ExitErrors {
		t.Errorf("exit %d, want %d", rep.Exit, clusterinfo.ExitErrors)
	}
	if f := find(t, rep, "uncovered-slots"); f.Message != "100 slots have no master: 100-199" {
		t.Errorf("uncovered-slots: %q", f.Message)
	}
	if f := find(t, rep, "cluster-down"); !strings.Contains(f.Message, "cluster_state:fail") {
		t.Errorf("cluster-down: %q", f.Message)
	}
	key := ""
	for i := 0; key == ""; i++ {
		if s := slot.Of(strconv.Itoa(i)); 100 <= s && s <= 199 {
			key = strconv.Itoa(i)
		}
	}
	rep = clusterinfo.Run(context.Background(), addrs[:1], options(key))
	if k := rep.Keys[0]; k.Reachable || k.Problem != "slot not served by any master" {
		t.Errorf("key in an unassigned slot: %+v", k)
	}
}

// TestLiveStandalone: a plain Redis given as a cluster.
func TestLiveStandalone(t *testing.T) {
	t.Parallel()
	c := clustertest.Start(t, clustertest.Options{Standalone: true})
	rep := clusterinfo.Run(context.Background(), c.Addrs(), options())
	if got, want := findings(rep), []string{"error not-cluster"}; !slices.Equal(got, want) || rep.Exit != clusterinfo.ExitErrors {
		t.Fatalf("exit %d, findings %q; want %d, %q", rep.Exit, got, clusterinfo.ExitErrors, want)
	}
	if f := rep.Findings[0]; !strings.Contains(f.Message, "cluster mode disabled") || !strings.Contains(f.Message, "This instance has cluster support disabled") {
		t.Errorf("not-cluster: %q", f.Message)
	}
	if rep.Cluster != nil || rep.Seeds[0].Answered {
		t.Errorf("a standalone node counted as a cluster node: %+v", rep)
	}
}

// TestLiveStoppedMaster: a master that stops is flagged fail some seconds
// later (cluster-node-timeout 5000); its slots are reported as not served.
func TestLiveStoppedMaster(t *testing.T) {
	if testing.Short() {
		t.Skip("waits some 6 s for the cluster to flag the node fail")
	}
	t.Parallel()
	c := clustertest.Start(t, clustertest.Options{})
	addrs := c.Addrs()
	c.StopNode(2)
	rep := clusterinfo.Run(context.Background(), addrs[:2], options())
	if f := find(t, rep, "unreachable"); f.Severity != clusterinfo.Error {
		t.Errorf("at once, before the cluster notices: %+v", f)
	}
	waitFor(t, "node 0 to flag node 2 fail", 30*time.Second, func() (bool, string) {
		r, err := c.Do(addrs[0], "CLUSTER", "NODES")
		for _, line := range strings.Split(r.Str, "\n") {
			if strings.Contains(line, " "+addrs[2]+"@") && strings.Contains(line, ",fail ") {
				return true, ""
			}
		}
		return false, fmt.Sprint(r, err)
	})
	rep = clusterinfo.Run(context.Background(), addrs, options("foo")) // slot 12182: node 2
	got := findings(rep)
	for _, want := range []string{"error cluster-down", "error failing-master", "warning seed-down"} {
		if !slices.Contains(got, want) {
			t.Errorf("findings %q: no %q", got, want)
		}
	}
	if slices.Contains(got, "error unreachable") {
		t.Errorf("findings %q: a failed master is reported as failing, not also as unreachable", got)
	}
	if f := find(t, rep, "failing-master"); !strings.Contains(f.Message, "10922-16383") || !strings.Contains(f.Message, "flagged fail") {
		t.Errorf("failing-master: %q", f.Message)
	}
	if k := rep.Keys[0]; k.Reachable || !strings.Contains(k.Problem, "fail") {
		t.Errorf("key on the failed master: %+v", k)
	}
	if rep.Exit != clusterinfo.ExitErrors {
		t.Errorf("exit %d", rep.Exit)
	}
}

// fakeServer serves RESP on loopback: answer gets each command and returns
// the raw reply. It returns the address and the commands received.
func fakeServer(t *testing.T, answer func(cmd []string) string) (string, <-chan []string) {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { l.Close() })
	got := make(chan []string, 100)
	go func() {
		for {
			conn, err := l.Accept()
			if err != nil {
				return
			}
			go func() {
				defer conn.Close()
				r, w := bufio.NewReader(conn), bufio.NewWriter(conn)
				for {
					req, err := resp.ReadReply(r)
					if err != nil {
						return
					}
					var cmd []string
					for _, e := range req.Elems {
						cmd = append(cmd, e.Str)
					}
					got <- cmd
					w.WriteString(answer(cmd))
					w.Flush()
				}
			}()
		}
	}()
	return l.Addr().String(), got
}

// TestProxy: an endpoint that does not know CLUSTER (a proxy).
func TestProxy(t *testing.T) {
	addr, _ := fakeServer(t, func(cmd []string) string {
		return "-ERR unknown command 'CLUSTER', with args beginning with: 'INFO' \r\n"
	})
	rep := clusterinfo.Run(context.Background(), []string{addr}, options())
	if got := findings(rep); !slices.Equal(got, []string{"error not-cluster"}) || !strings.Contains(rep.Findings[0].Message, "a proxy") {
		t.Errorf("findings %q: %+v", got, rep.Findings)
	}
}

// TestAuthAndTimeout: AUTH comes first with the user and password; a server
// that never answers is given up after the timeout.
func TestAuthAndTimeout(t *testing.T) {
	addr, got := fakeServer(t, func(cmd []string) string { return "-NOAUTH Authentication required.\r\n" })
	opt := options()
	opt.Dialer.Username, opt.Dialer.Password = "app", "s3cret"
	rep := clusterinfo.Run(context.Background(), []string{addr}, opt)
	if cmd := <-got; !slices.Equal(cmd, []string{"AUTH", "app", "s3cret"}) {
		t.Errorf("first command %q, want AUTH app s3cret", cmd)
	}
	if f := find(t, rep, "no-seed"); !strings.Contains(f.Message, "AUTH: NOAUTH") {
		t.Errorf("no-seed: %q", f.Message)
	}

	silent, _ := fakeServer(t, func(cmd []string) string { time.Sleep(time.Hour); return "" })
	opt = options()
	opt.Dialer.IOTimeout = 200 * time.Millisecond
	start := time.Now()
	rep = clusterinfo.Run(context.Background(), []string{silent}, opt)
	if d := time.Since(start); d > 2*time.Second {
		t.Errorf("a silent server held Run for %v with a 200ms timeout", d)
	}
	if f := find(t, rep, "no-seed"); !strings.Contains(f.Message, "timeout") {
		t.Errorf("no-seed: %q", f.Message)
	}
}
