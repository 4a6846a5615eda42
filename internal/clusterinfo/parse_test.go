package clusterinfo

import (
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/redislint/redislint/internal/resp"
)

func TestParseNodes(t *testing.T) {
	// Lines as redis-server 7.0.15 prints them (a hostname, open slots, a
	// replica, a failing node).
	const text = "c2071834 127.0.0.1:31701@41701 myself,master - 0 1796483895000 1 connected 0-4095 7000 [100->-937ee8cb]\n" +
		"937ee8cb 127.0.0.1:31702@41702,node2.example master - 0 1796483896585 2 connected 4096-6999 [100-<-c2071834]\n" +
		"101cd9cb 127.0.0.1:31705@41705 slave,fail? c2071834 0 1796483896785 1 disconnected\n"
	nodes, err := ParseNodes(text)
	if err != nil {
		t.Fatal(err)
	}
	want := []*Node{
		{ID: "c2071834", Addr: "127.0.0.1:31701", Flags: []string{"myself", "master"}, LinkState: "connected",
			Slots: []Range{{0, 4095}, {7000, 7000}}, Migrating: map[int]string{100: "937ee8cb"}},
		{ID: "937ee8cb", Addr: "127.0.0.1:31702", Hostname: "node2.example", Flags: []string{"master"}, LinkState: "connected",
			Slots: []Range{{4096, 6999}}, Importing: map[int]string{100: "c2071834"}},
		{ID: "101cd9cb", Addr: "127.0.0.1:31705", Flags: []string{"slave", "fail?"}, MasterID: "c2071834", LinkState: "disconnected"},
	}
	if !reflect.DeepEqual(nodes, want) {
		t.Errorf("ParseNodes:\n got %+v\nwant %+v", nodes, want)
	}
	for i, f := range []string{"", "", "pfail"} {
		if got := nodes[i].Failing(); got != f {
			t.Errorf("node %d Failing() = %q, want %q", i, got, f)
		}
	}
	for _, bad := range []string{
		"a 1.2.3.4:1@2 master - 0 0 1",                   // 7 fields
		"a 1.2.3.4:1@2 master - 0 0 1 connected 16384",   // slot out of range
		"a 1.2.3.4:1@2 master - 0 0 1 connected 9-3",     // reversed
		"a 1.2.3.4:1@2 master - 0 0 1 connected [5>b]",   // bad open slot
		"a 1.2.3.4:1@2 master - 0 0 1 connected x-7",     // not a number
		"a 1.2.3.4:1@2 master - 0 0 1 connected [x->-b]", // bad migrating slot
	} {
		if _, err := ParseNodes(bad); err == nil {
			t.Errorf("ParseNodes(%q) succeeded", bad)
		}
	}
}

func bulk(s string) resp.Reply       { return resp.Reply{Kind: resp.Bulk, Str: s} }
func num(n int64) resp.Reply         { return resp.Reply{Kind: resp.Integer, Int: n} }
func arr(e ...resp.Reply) resp.Reply { return resp.Reply{Kind: resp.Array, Elems: e} }

func TestParseShards(t *testing.T) {
	node := func(id, ep string, fields ...resp.Reply) resp.Reply {
		return arr(append([]resp.Reply{bulk("id"), bulk(id), bulk("endpoint"), bulk(ep)}, fields...)...)
	}
	r := arr(
		arr(bulk("slots"), arr(num(0), num(99)), bulk("nodes"), arr(
			node("a", "10.0.0.1", bulk("port"), num(7000)),
			node("b", "?", bulk("port"), num(7001), bulk("tls-port"), num(8001)),
		)),
		arr(bulk("slots"), arr(), bulk("nodes"), arr(node("c", "h.example", bulk("tls-port"), num(8002)))),
	)
	for _, tc := range []struct {
		tls  bool
		want map[string]string
	}{
		{false, map[string]string{"a": "10.0.0.1:7000", "b": "?:7001", "c": "h.example:8002"}},
		{true, map[string]string{"a": "10.0.0.1:7000", "b": "?:8001", "c": "h.example:8002"}},
	} {
		got, err := ParseShards(r, tc.tls)
		if err != nil || !reflect.DeepEqual(got, tc.want) {
			t.Errorf("ParseShards(tls=%v) = %v, %v; want %v", tc.tls, got, err, tc.want)
		}
	}
	for _, bad := range []resp.Reply{bulk("x"), arr(arr(bulk("slots"))), arr(arr(bulk("nodes"), arr(arr(bulk("id"), bulk("a")))))} {
		if _, err := ParseShards(bad, false); err == nil {
			t.Errorf("ParseShards(%v) succeeded", bad)
		}
	}
}

func TestParseSlots(t *testing.T) {
	r := arr(
		arr(num(0), num(99), arr(bulk("10.0.0.1"), num(7000), bulk("a")), arr(bulk("10.0.0.2"), num(7000), bulk("b"), arr(bulk("ip"), bulk("10.0.0.2")))),
		arr(num(100), num(16383), arr(bulk(""), num(7001), bulk("c"))),
	)
	got, err := ParseSlots(r)
	want := map[string]string{"a": "10.0.0.1:7000", "b": "10.0.0.2:7000", "c": ":7001"}
	if err != nil || !reflect.DeepEqual(got, want) {
		t.Errorf("ParseSlots = %v, %v; want %v", got, err, want)
	}
	for _, bad := range []resp.Reply{num(1), arr(arr(num(0), num(1))), arr(arr(num(0), num(1), arr(bulk("h"), bulk("7000"), bulk("a"))))} {
		if _, err := ParseSlots(bad); err == nil {
			t.Errorf("ParseSlots(%v) succeeded", bad)
		}
	}
}

func TestParseSeed(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want Seed
		err  string
	}{
		{in: "10.0.0.1:7000", want: Seed{Addr: "10.0.0.1:7000"}},
		{in: "redis.example", want: Seed{Addr: "redis.example:6379"}},
		{in: "[::1]:7000", want: Seed{Addr: "[::1]:7000"}},
		{in: "::1", err: "too many colons"},
		{in: "redis://u:p%40ss@h:7000", want: Seed{Addr: "h:7000", Username: "u", Password: "p@ss", HasAuth: true}},
		{in: "redis://secret@h", want: Seed{Addr: "h:6379", Password: "secret", HasAuth: true}},
		{in: "rediss://h:7000/0", want: Seed{Addr: "h:7000", TLS: true}},
		{in: "redis://h:7000/2", err: "only database 0"},
		{in: "http://h:7000", err: "want redis://"},
		{in: "h:0", err: "bad port"},
		{in: "h:x", err: "bad port"},
		{in: ":7000", err: "no host"},
	} {
		got, err := ParseSeed(tc.in)
		if tc.err != "" {
			if err == nil || !strings.Contains(err.Error(), tc.err) {
				t.Errorf("ParseSeed(%q) = %+v, %v; want an error with %q", tc.in, got, err, tc.err)
			}
			continue
		}
		tc.want.Given = tc.in
		if err != nil || got != tc.want {
			t.Errorf("ParseSeed(%q) = %+v, %v; want %+v", tc.in, got, err, tc.want)
		}
	}
}

func TestExitCode(t *testing.T) {
	f := func(s Severity) Finding { return Finding{Severity: s} }
	for _, tc := range []struct {
		fs   []Finding
		want int
	}{
		{nil, ExitClean},
		{[]Finding{f(Note), f(Note)}, ExitClean},
		{[]Finding{f(Note), f(Warning)}, ExitWarnings},
		{[]Finding{f(Warning), f(Error), f(Note)}, ExitErrors},
	} {
		if got := ExitCode(tc.fs); got != tc.want {
			t.Errorf("ExitCode(%v) = %d, want %d", tc.fs, got, tc.want)
		}
	}
}

func TestRanges(t *testing.T) {
	for _, tc := range []struct {
		slots []int
		want  string
	}{
		{nil, ""},
		{[]int{5}, "5"},
		{[]int{0, 1, 2, 7, 9, 10}, "0-2,7,9-10"},
		{[]int{0, 2, 4, 6, 8, 10, 12, 14, 16, 18}, "0,2,4,6,8,10,12,14,and 2 more ranges"},
	} {
		if got := rangesText(toRanges(tc.slots)); got != tc.want {
			t.Errorf("rangesText(toRanges(%v)) = %q, want %q", tc.slots, got, tc.want)
		}
	}
}

// testView builds a view from CLUSTER NODES text, with each node's
// endpoint its address.
func testView(t *testing.T, seed, text string) *view {
	t.Helper()
	nodes, err := ParseNodes(text)
	if err != nil {
		t.Fatal(err)
	}
	v := &view{seed: seed, nodes: nodes, byID: map[string]*Node{}, owner: make([]string, 16384), info: map[string]string{"cluster_state": "ok"}}
	for _, n := range nodes {
		n.Endpoint = n.Addr
		v.byID[n.ID] = n
		for _, r := range n.Slots {
			for s := r.Lo; s <= r.Hi; s++ {
				v.owner[s] = n.ID
			}
		}
	}
	return v
}

func codes(fs []Finding) []string {
	var cs []string
	for _, f := range fs {
		cs = append(cs, string(f.Severity)+" "+f.Code+": "+f.Message)
	}
	return cs
}

// TestChecksOnViews runs the checks that need states hard to make on a live
// cluster in a test: a split view, a failing replica, a pfail master, seeds
// in one shard.
func TestChecksOnViews(t *testing.T) {
	const a = "aaaaaaaaaa 10.0.0.1:7000@17000 myself,master - 0 0 1 connected 0-8191\n" +
		"bbbbbbbbbb 10.0.0.2:7000@17000 master - 0 0 2 connected 8192-16383\n" +
		"cccccccccc 10.0.0.3:7000@17000 slave,fail aaaaaaaaaa 0 0 1 disconnected\n"
	const b = "aaaaaaaaaa 10.0.0.1:7000@17000 master - 0 0 1 connected 0-8099\n" +
		"bbbbbbbbbb 10.0.0.2:7000@17000 myself,master,fail? - 0 0 2 connected 8100-16383\n"
	va, vb := testView(t, "s1", a), testView(t, "s2", b)

	rep := &Report{}
	checkSplit(rep, []*view{va, vb})
	want := []string{"warning split-view: seeds s1 and s2 disagree on the owner of 92 slots: 8100-8191: s1 says 10.0.0.1:7000 (aaaaaaaa), s2 says 10.0.0.2:7000 (bbbbbbbb)"}
	if got := codes(rep.Findings); !reflect.DeepEqual(got, want) {
		t.Errorf("checkSplit:\n got %q\nwant %q", got, want)
	}

	rep = &Report{}
	checkNodes(rep, vb, map[string]error{})
	checkNodes(rep, va, map[string]error{})
	want = []string{
		"warning failing-master: master 10.0.0.2:7000 (bbbbbbbb) is flagged pfail; its slots 8100-16383 are not served",
		"warning failing-node: replica 10.0.0.3:7000 (cccccccc) is flagged fail",
	}
	if got := codes(rep.Findings); !reflect.DeepEqual(got, want) {
		t.Errorf("checkNodes:\n got %q\nwant %q", got, want)
	}

	rep = &Report{Seeds: []SeedResult{{Addr: "s1", Answered: true, Shard: "aaaaaaaaaa"}, {Addr: "s3", Answered: true, Shard: "aaaaaaaaaa"}}}
	checkShards(rep, va)
	want = []string{
		"warning seeds-one-shard: every seed that answers is master 10.0.0.1:7000 (aaaaaaaa) or one of its replicas, of 2 masters",
		"note no-replica: master 10.0.0.1:7000 (aaaaaaaa), slots 0-8191, has no replica that is up", // its replica is fail
		"note no-replica: master 10.0.0.2:7000 (bbbbbbbb), slots 8192-16383, has no replica that is up",
	}
	if got := codes(rep.Findings); !reflect.DeepEqual(got, want) {
		t.Errorf("checkShards:\n got %q\nwant %q", got, want)
	}
}

// TestDocs holds docs/cluster.md to the checks: a section for each, with
// the same severity words, and no section for a check that does not exist.
func TestDocs(t *testing.T) {
	b, err := os.ReadFile("../../docs/cluster.md")
	if err != nil {
		t.Fatal(err)
	}
	doc := string(b)
	known := map[string]bool{}
	for _, c := range Checks() {
		known[c.Code] = true
		if !strings.Contains(doc, "\n### "+c.Code+"\n") {
			t.Errorf("docs/cluster.md has no section ### %s", c.Code)
		}
	}
	for _, line := range strings.Split(doc, "\n") {
		if code, ok := strings.CutPrefix(line, "### "); ok && !known[code] {
			t.Errorf("docs/cluster.md documents %q, which is not a check", code)
		}
	}
}
