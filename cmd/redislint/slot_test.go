package main

import (
	"bytes"
	"strconv"
	"strings"
	"testing"

	"github.com/redislint/redislint/internal/clustertest"
)

// slotKeys are keys whose slots /work/shared/FACTS.md records from CLUSTER
// KEYSLOT on redis-server 7.0.15, with what is hashed.
var slotKeys = []struct {
	key    string
	slot   int
	hashed string
}{
	{"user:101", 13437, "the whole key"},
	{"user:101:profile", 14791, "the whole key"},
	{"{user:101}:profile", 13437, `hash tag "user:101"`},
	{"", 0, "the whole key"},
	{"{}", 15257, "the whole key"},
	{"{{}}", 4092, `hash tag "{"`},
	{"a{b}c{d}e", 3300, `hash tag "b"`},
	{"{}{a}", 13650, "the whole key"},
	{"{a{b}c}", 13340, `hash tag "a{b"`},
	{"123456789", 12739, "the whole key"},
	{"\xff{\x00}", 0, ""}, // slot and tag checked against the server below
}

// parseSlot returns the slot, quoted key and description of each line.
func parseSlot(t *testing.T, out string) [][3]string {
	t.Helper()
	var rows [][3]string
	for _, line := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
		f := strings.SplitN(line, "  ", 2)
		if len(f) != 2 {
			t.Fatalf("line %q: want SLOT  KEY  HASHED", line)
		}
		rest := strings.TrimSpace(f[1])
		q, err := strconv.QuotedPrefix(rest)
		if err != nil {
			t.Fatalf("line %q: key not quoted: %v", line, err)
		}
		rows = append(rows, [3]string{f[0], q, strings.TrimSpace(rest[len(q):])})
	}
	return rows
}

func runSlotKeys(t *testing.T, keys []string) [][3]string {
	t.Helper()
	var stdout, stderr bytes.Buffer
	if code := runSlot(keys, &stdout, &stderr); code != 0 {
		t.Fatalf("redislint slot: exit %d\n%s", code, stderr.String())
	}
	rows := parseSlot(t, stdout.String())
	if len(rows) != len(keys) {
		t.Fatalf("%d lines for %d keys:\n%s", len(rows), len(keys), stdout.String())
	}
	for i, r := range rows {
		if k, _ := strconv.Unquote(r[1]); k != keys[i] {
			t.Errorf("line %d shows key %s, want %q", i, r[1], keys[i])
		}
	}
	return rows
}

func TestSlot(t *testing.T) {
	var keys []string
	for _, k := range slotKeys {
		keys = append(keys, k.key)
	}
	for i, r := range runSlotKeys(t, keys) {
		k := slotKeys[i]
		if k.hashed == "" {
			continue
		}
		if r[0] != strconv.Itoa(k.slot) || r[2] != k.hashed {
			t.Errorf("slot %q: %s %s, want %d %s", k.key, r[0], r[2], k.slot, k.hashed)
		}
	}
	var stdout, stderr bytes.Buffer
	if code := runSlot(nil, &stdout, &stderr); code != 2 || !strings.Contains(stderr.String(), "usage: redislint slot KEY") {
		t.Errorf("no keys: exit %d, %q; want 2 and the usage", code, stderr.String())
	}
}

// TestSlotLive compares every line with CLUSTER KEYSLOT of a live
// redis-server.
func TestSlotLive(t *testing.T) {
	c := clustertest.Start(t, clustertest.Options{SingleNode: true})
	var keys []string
	var cmds [][]string
	for _, k := range slotKeys {
		keys = append(keys, k.key)
		cmds = append(cmds, []string{"CLUSTER", "KEYSLOT", k.key})
	}
	keys = append(keys, strings.Repeat("é", 70), "{é}x")
	cmds = append(cmds, []string{"CLUSTER", "KEYSLOT", keys[len(keys)-2]}, []string{"CLUSTER", "KEYSLOT", keys[len(keys)-1]})
	replies, err := c.DoMany(c.Addrs()[0], cmds)
	if err != nil {
		t.Fatal(err)
	}
	for i, r := range runSlotKeys(t, keys) {
		if replies[i].Kind != clustertest.Integer || r[0] != strconv.FormatInt(replies[i].Int, 10) {
			t.Errorf("redislint slot %q says %s, CLUSTER KEYSLOT %v", keys[i], r[0], replies[i])
		}
	}
}
