package main

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/redislint/redislint/internal/clusterinfo"
	"github.com/redislint/redislint/internal/clustertest"
)

func TestClusterUsage(t *testing.T) {
	t.Setenv("REDISCLI_AUTH", "")
	for _, tc := range []struct {
		args []string
		want string // in stderr
	}{
		{nil, "no address given"},
		{[]string{"-h"}, "Exit codes"},
		{[]string{"http://h:1"}, "want redis://"},
		{[]string{"redis://h:1/3"}, "only database 0"},
		{[]string{"redis://a:x@h:1", "redis://a:y@h:2"}, "different credentials"},
		{[]string{"-tls-ca", "ca.pem", "h:1"}, "without -tls"},
		{[]string{"-user", "app", "h:1"}, "-user without a password"},
		{[]string{"-timeout", "0s", "h:1"}, "must be positive"},
		{[]string{"-tls", "-tls-cert", "c.pem", "h:1"}, "go together"},
		{[]string{"-nosuchflag", "h:1"}, "flag provided but not defined"},
	} {
		var stdout, stderr bytes.Buffer
		if code := runCluster(tc.args, &stdout, &stderr); code != clusterinfo.ExitUsage || !strings.Contains(stderr.String(), tc.want) {
			t.Errorf("redislint cluster %q: exit %d, stderr %q; want exit %d and %q", tc.args, code, stderr.String(), clusterinfo.ExitUsage, tc.want)
		}
	}
}

func TestClusterOptions(t *testing.T) {
	for _, tc := range []struct {
		flags          clusterFlags
		addrs          []string
		seeds          []string
		user, password string
		tls            bool
	}{
		{addrs: []string{"h:1", "h:1", "h"}, seeds: []string{"h:1", "h:6379"}},
		{addrs: []string{"rediss://u:p@h:1", "h:2"}, seeds: []string{"h:1", "h:2"}, user: "u", password: "p", tls: true},
		{flags: clusterFlags{user: "f", password: "q"}, addrs: []string{"redis://u:p@h:1"}, seeds: []string{"h:1"}, user: "f", password: "q"},
		{flags: clusterFlags{tls: true}, addrs: []string{"h:1"}, seeds: []string{"h:1"}, tls: true},
	} {
		tc.flags.dialTimeout, tc.flags.timeout = 1, 1
		opt, seeds, err := tc.flags.options(tc.addrs)
		if err != nil || strings.Join(seeds, " ") != strings.Join(tc.seeds, " ") ||
			opt.Dialer.Username != tc.user || opt.Dialer.Password != tc.password || (opt.Dialer.TLS != nil) != tc.tls {
			t.Errorf("options(%q) = %+v, %q, %v; want seeds %q, user %q, password %q, tls %v", tc.addrs, opt.Dialer, seeds, err, tc.seeds, tc.user, tc.password, tc.tls)
		}
	}
}

// TestClusterLive runs the command on a healthy cluster: exit 0, the text
// and the JSON agree, flags may follow the addresses.
func TestClusterLive(t *testing.T) {
	t.Setenv("REDISCLI_AUTH", "")
	c := clustertest.Start(t, clustertest.Options{})
	args := append(c.Addrs(), "-key", "user:101", "-key={user:101}:profile")

	var stdout, stderr bytes.Buffer
	if code := runCluster(args, &stdout, &stderr); code != clusterinfo.ExitClean {
		t.Fatalf("exit %d, want 0\n%s%s", code, stdout.String(), stderr.String())
	}
	out := stdout.String()
	for _, want := range []string{
		"seeds: 3 of 3 answer as cluster nodes\n",
		"state ok, 16384 of 16384 slots assigned, 3 masters with slots, 0 replicas; endpoints from CLUSTER SHARDS\n",
		"note no-replica: master ",
		"\"{user:101}:profile\"  slot 13437  hash tag \"user:101\"",
		"0 errors, 0 warnings, 3 notes: clean (exit 0)\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	if strings.Count(out, "  fix: ") != 1 {
		t.Errorf("the fix of no-replica should be printed once:\n%s", out)
	}

	stdout.Reset()
	if code := runCluster(append([]string{"-json"}, args...), &stdout, &stderr); code != clusterinfo.ExitClean {
		t.Fatalf("-json: exit %d\n%s", code, stderr.String())
	}
	var rep clusterinfo.Report
	if err := json.Unmarshal(stdout.Bytes(), &rep); err != nil {
		t.Fatalf("-json: %v\n%s", err, stdout.String())
	}
	if rep.Exit != 0 || len(rep.Nodes) != 3 || len(rep.Keys) != 2 || rep.Keys[0].Slot != 13437 || len(rep.Findings) != 3 {
		t.Errorf("-json report: %+v", rep)
	}
}
