// Package livetest holds clustercheck to the cluster: each program in progs
// runs against a three-master Redis Cluster with a cluster client, and
// against a single redis-server with a plain client guarded by
// clustercheck (every rule set to Fail). Their keys are known only at run
// time (from a request, the environment, a loop), so that no static
// analysis can decide them. The guarded single-node run must fail exactly
// when the cluster run fails, in the same class, and each program's twin
// must pass both. Each program also runs on the single redis-server without
// the guard, where it must pass: a single Redis hides these bugs.
//
// A program's main.go says, in lines of their own:
//
//	// outcome: CLASS      how it ends, on the cluster and under the guard: ok or a class
//	// twin: PROGRAM       the program that does the same right (a failing program needs one)
//	// env: NAME=VALUE     an environment variable it runs with
package livetest

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/redislint/redislint/internal/clustertest"
)

// class is one way a program fails: what the cluster prints, and what the
// guard prints for it.
type class struct {
	cluster, guard *regexp.Regexp
}

var classes = map[string]class{
	"CROSSSLOT": {
		// The server's reply, or rueidis' cluster client refusing the
		// keys itself before sending (it panics with this message).
		cluster: regexp.MustCompile(`CROSSSLOT Keys in request don't hash to the same slot|multi key command with different key slots are not allowed`),
		guard:   regexp.MustCompile(`CROSSSLOT Keys in request don't hash to the same slot \(`),
	},
	"LUAKEY": {
		cluster: regexp.MustCompile(`Script attempted to access (a non local key in a cluster node|keys that do not hash to the same slot)`),
		guard:   regexp.MustCompile(`Script attempted to access a non local key in a cluster node \(clustercheck`),
	},
	"MISSING": { // the program saw one node's keys; the guard refuses the command that would
		cluster: regexp.MustCompile(`missing keys`),
		guard:   regexp.MustCompile(`on a cluster (lists|iterates) the keys of one node only \(clustercheck\)`),
	},
}

var (
	headerRE = regexp.MustCompile(`(?m)^// (outcome|twin|env): (\S+)$`)
	okLineRE = regexp.MustCompile(`(?m)^ok$`)
)

type program struct {
	name, outcome, twin string
	env                 []string
}

func loadPrograms(t *testing.T) []program {
	dirs, err := filepath.Glob("progs/*")
	if err != nil {
		t.Fatal(err)
	}
	var progs []program
	for _, dir := range dirs {
		src, err := os.ReadFile(filepath.Join(dir, "main.go"))
		if err != nil {
			t.Fatal(err)
		}
		p := program{name: filepath.Base(dir)}
		for _, m := range headerRE.FindAllStringSubmatch(string(src), -1) {
			switch m[1] {
			case "outcome":
				p.outcome = m[2]
			case "twin":
				p.twin = m[2]
			case "env":
				p.env = append(p.env, m[2])
			}
		}
		if _, ok := classes[p.outcome]; !ok && p.outcome != "ok" {
			t.Fatalf("%s: outcome %q is neither ok nor a class", p.name, p.outcome)
		}
		if p.outcome != "ok" && p.twin == "" {
			t.Errorf("%s: fails, and has no twin", p.name)
		}
		progs = append(progs, p)
	}
	for _, p := range progs {
		if p.twin == "" {
			continue
		}
		i := slicesIndex(progs, p.twin)
		if i < 0 || progs[i].outcome != "ok" {
			t.Errorf("%s: its twin %s is not a program that ends ok", p.name, p.twin)
		}
	}
	return progs
}

func slicesIndex(progs []program, name string) int {
	for i, p := range progs {
		if p.name == name {
			return i
		}
	}
	return -1
}

// classify returns how a run ended: ok, or the one class whose regexp (of
// the cluster's or the guard's, as guarded says) its output matches.
func classify(t *testing.T, name string, out string, err error, guarded bool) string {
	if err == nil && okLineRE.MatchString(out) {
		return "ok"
	}
	var got []string
	for n, c := range classes {
		re := c.cluster
		if guarded {
			re = c.guard
		}
		if re.MatchString(out) {
			got = append(got, n)
		}
	}
	sort.Strings(got)
	if len(got) == 1 {
		return got[0]
	}
	t.Logf("%s: output not classified (%v): %s", name, err, out)
	return "unclassified"
}

func TestGuardMatchesCluster(t *testing.T) {
	if testing.Short() {
		t.Skip("builds programs and runs them on a cluster and a single redis-server: not in -short")
	}
	progs := loadPrograms(t)
	bin := t.TempDir()
	build := exec.Command("go", "build", "-o", bin, "./progs/...")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("building the programs: %v\n%s", err, out)
	}
	cluster := clustertest.Start(t, clustertest.Options{Masters: 3})
	single := clustertest.Start(t, clustertest.Options{Standalone: true})
	modes := []struct {
		name    string
		nodes   *clustertest.Cluster
		env     []string
		guarded bool
	}{
		{"cluster", cluster, []string{"REDIS_MODE=cluster", "REDIS_CLUSTER_ADDRS=" + strings.Join(cluster.Addrs(), ",")}, false},
		{"single", single, []string{"REDIS_MODE=single", "REDIS_ADDR=" + single.Addrs()[0]}, true},
		{"bare", single, []string{"REDIS_MODE=bare", "REDIS_ADDR=" + single.Addrs()[0]}, false},
	}
	for _, p := range progs {
		t.Run(p.name, func(t *testing.T) {
			ended := map[string]string{}
			for _, m := range modes {
				for _, addr := range m.nodes.Addrs() {
					if _, err := m.nodes.Do(addr, "FLUSHALL"); err != nil {
						t.Fatalf("FLUSHALL %s: %v", addr, err)
					}
				}
				out, err := runFor(filepath.Join(bin, p.name), append(m.env, p.env...), 30*time.Second)
				got := classify(t, p.name, out, err, m.guarded)
				ended[m.name] = got
				t.Logf("%s: %s: %s", m.name, got, strings.TrimSpace(out))
			}
			if ended["cluster"] != p.outcome {
				t.Errorf("on the cluster it ended %s; the file says %s", ended["cluster"], p.outcome)
			}
			if ended["single"] != ended["cluster"] {
				t.Errorf("under the guard it ended %s, on the cluster %s: the guard and the cluster disagree", ended["single"], ended["cluster"])
			}
			if ended["bare"] != "ok" {
				t.Errorf("on the single redis-server without the guard it ended %s, not ok", ended["bare"])
			}
		})
	}
}

// runFor runs bin with env added, for at most timeout.
func runFor(bin string, env []string, timeout time.Duration) (string, error) {
	cmd := exec.Command(bin)
	cmd.Env = append(os.Environ(), env...)
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Start(); err != nil {
		return "", err
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		return out.String(), err
	case <-time.After(timeout):
		cmd.Process.Kill()
		<-done
		return out.String() + "\n(killed: timeout)", os.ErrDeadlineExceeded
	}
}
