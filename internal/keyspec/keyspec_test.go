package keyspec

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/redislint/redislint/internal/clustertest"
)

// parseWords reads a test's command line: words apart by spaces, ~ for
// the empty word, ?w for a word that is not Known (Text w), #w for a Numeric
// one.
func parseWords(line string) []Arg {
	var args []Arg
	for _, f := range strings.Fields(line) {
		a := Arg{Text: f, Known: true}
		switch {
		case f == "~":
			a.Text = ""
		case strings.HasPrefix(f, "?"):
			a = Arg{Text: f[1:]}
		case strings.HasPrefix(f, "#"):
			a = Arg{Text: f[1:], Numeric: true}
		}
		args = append(args, a)
	}
	return args
}

func texts(args []Arg) []string {
	out := make([]string, len(args))
	for i, a := range args {
		out[i] = a.Text
	}
	return out
}

// known returns args with every word Known.
func known(args []Arg) []Arg {
	out := slices.Clone(args)
	for i := range out {
		out[i] = Arg{Text: out[i].Text, Known: true}
	}
	return out
}

// rawKeysCases are Keys' expected answers; nil keys with unsure means
// ok=false. TestRawKeysLive checks each against COMMAND GETKEYS too.
var rawKeysCases = []struct {
	line   string
	keys   []int
	unsure bool
}{
	{line: "MSET a 1 b 2", keys: []int{1, 3}},
	{line: "mset ?a #1 ?b ?2", keys: []int{1, 3}},
	{line: "mSeT a 1 b", keys: []int{1, 3}},
	{line: "DEL a b c", keys: []int{1, 2, 3}},
	{line: "GET"}, // refused for its arity
	{line: "GET a b"},
	{line: "PING"},
	{line: "SPUBLISH channel message"}, // a shard channel, not a key
	{line: "CLUSTER KEYSLOT k"},
	{line: "LMOVE a b LEFT RIGHT", keys: []int{1, 2}},
	{line: "BITOP AND d a b", keys: []int{2, 3, 4}},
	{line: "RENAME a b", keys: []int{1, 2}},
	{line: "WATCH a b", keys: []int{1, 2}},
	{line: "SET k v GET", keys: []int{1}},
	{line: "BITFIELD k GET u8 0", keys: []int{1}},
	{line: "OBJECT ENCODING k", keys: []int{2}},
	{line: "object encoding ?k", keys: []int{2}},
	{line: "XINFO STREAM k FULL", keys: []int{2}},
	{line: "MEMORY USAGE k", keys: []int{2}},
	{line: "OBJECT HELP"},
	{line: "OBJECT ?sub k", unsure: true},
	{line: "OBJECT NOSUCH k", unsure: true},
	{line: "NOSUCHCOMMAND a b", unsure: true},
	{line: "?MSET a 1", unsure: true},

	// EVAL and friends: numkeys, and where it is no valid count, atoi.
	{line: "EVAL s 2 a b x", keys: []int{3, 4}},
	{line: "EVAL s ?n a b", unsure: true},
	{line: "EVAL s #n a b", unsure: true},
	{line: "EVAL s 0"},
	{line: "EVAL s 3 a b"},
	{line: "EVAL s 01 k", keys: []int{3}},
	{line: "EVAL s 1x k", keys: []int{3}},
	{line: "EVAL s 4294967297 k", keys: []int{3}}, // (int)numkeys is 1
	{line: "EVALSHA_RO sha 1 k", keys: []int{3}},
	{line: "FCALL f 1 k a", keys: []int{3}},
	{line: "ZUNIONSTORE d 2 a b WEIGHTS 1 2", keys: []int{1, 3, 4}},
	{line: "ZUNIONSTORE d 01 a", keys: []int{3, 1}}, // genericGetKeys puts the destination last
	{line: "ZUNIONSTORE d 0 a"},
	{line: "ZINTER 2 a b", keys: []int{2, 3}},
	{line: "SINTERCARD 2 a b LIMIT 1", keys: []int{2, 3}},
	{line: "LMPOP 2 a b LEFT", keys: []int{2, 3}},
	{line: "BLMPOP 0 2 a b LEFT", keys: []int{3, 4}},
	{line: "BZMPOP #t 1 a MIN", keys: []int{3}},

	// XREAD and XREADGROUP: the STREAMS keyword, then half the words.
	{line: "XREAD COUNT 1 STREAMS a b 0 0", keys: []int{4, 5}},
	{line: "XREAD COUNT #n STREAMS ?a ?b 0 0", keys: []int{4, 5}},
	{line: "XREAD COUNT ?n STREAMS a b 0 0", unsure: true}, // n may be STREAMS
	{line: "XREAD STREAMS ?a ?b ?i ?j", keys: []int{2, 3}},
	{line: "XREAD STREAMS a b c", keys: []int{2}},
	{line: "XREAD count streams streams a b", keys: []int{3}}, // Redis' own reading
	{line: "XREAD STREAMS a"},
	{line: "XREADGROUP GROUP g c COUNT 1 STREAMS a 0", keys: []int{7}},
	{line: "XREADGROUP GROUP streams c STREAMS k 0", keys: []int{5}},

	// SORT: the key, and the word after the last STORE.
	{line: "SORT k STORE d", keys: []int{1, 3}},
	{line: "SORT k BY ?p GET ?q STORE d", keys: []int{1, 7}},
	{line: "SORT k LIMIT #o #c STORE d", keys: []int{1, 6}},
	{line: "SORT k ?opt d", unsure: true},
	{line: "SORT k store a by x store b get y store c", keys: []int{1, 11}},
	{line: "SORT k STORE", keys: []int{1}},
	{line: "SORT_RO k BY p", keys: []int{1}},

	// MIGRATE: the key at 3, or, when it is empty, the words after KEYS.
	{line: "MIGRATE h 6379 k 0 5", keys: []int{3}},
	{line: "MIGRATE h 6379 ~ 0 5 COPY KEYS ?a ?b", keys: []int{8, 9}},
	{line: "MIGRATE h 6379 ~ 0 5 AUTH keys KEYS a b", keys: []int{9, 10}},
	{line: "MIGRATE h 6379 ~ 0 5 AUTH2 u keys KEYS a", keys: []int{10}},
	{line: "MIGRATE h 6379 k 0 5 KEYS a"},
	{line: "MIGRATE h 6379 ?k 0 5 KEYS a", unsure: true},
	{line: "MIGRATE ?h #p ~ #db #t KEYS ?a ?b ?c", keys: []int{7, 8, 9}},

	// GEORADIUS: key specs for STORE and STOREDIST from word 6.
	{line: "GEORADIUS k 1 2 3 m STORE d", keys: []int{1, 7}},
	{line: "GEORADIUS k 1 2 3 m store a storedist b", keys: []int{1, 7, 9}},
	{line: "GEORADIUS k 1 2 3 m STORE", keys: []int{1}},
	{line: "GEORADIUS ?k #x #y #r km COUNT #n STORE ?d", keys: []int{1, 9}},
	{line: "GEORADIUSBYMEMBER k m 3 km STOREDIST d", keys: []int{1, 6}},
}

func TestRawKeys(t *testing.T) {
	for _, tc := range rawKeysCases {
		keys, ok := Keys(parseWords(tc.line))
		if ok == tc.unsure || !slices.Equal(keys, tc.keys) {
			t.Errorf("Keys(%s) = %v, %v; want %v, %v", tc.line, keys, ok, tc.keys, !tc.unsure)
		}
	}
}

func TestRawShardChannels(t *testing.T) {
	for _, tc := range []struct {
		line     string
		channels []int
		unsure   bool
	}{
		{line: "SSUBSCRIBE a b", channels: []int{1, 2}},
		{line: "ssubscribe ?a ?b", channels: []int{1, 2}},
		{line: "SUNSUBSCRIBE"},
		{line: "SPUBLISH ch msg", channels: []int{1}},
		{line: "SPUBLISH ch"},
		{line: "PUBLISH ch msg"},
		{line: "SUBSCRIBE a b"},
		{line: "MSET a 1 b 2"},
		{line: "?SSUBSCRIBE a", unsure: true},
	} {
		got, ok := ShardChannels(parseWords(tc.line))
		if ok == tc.unsure || !slices.Equal(got, tc.channels) {
			t.Errorf("ShardChannels(%s) = %v, %v; want %v, %v", tc.line, got, ok, tc.channels, !tc.unsure)
		}
	}
}

func TestRawCommandOf(t *testing.T) {
	for _, tc := range []struct{ line, want string }{
		{"mget a", "MGET"},
		{"object encoding k", "OBJECT ENCODING"},
		{"OBJECT", "OBJECT"},
		{"xinfo ?x", ""},
		{"object nosuch", ""},
		{"?get k", ""},
		{"", ""},
	} {
		c, ok := CommandOf(parseWords(tc.line))
		if got := ""; ok {
			got = c.Name
			if got != tc.want {
				t.Errorf("CommandOf(%s) = %s, want %q", tc.line, got, tc.want)
			}
		} else if tc.want != "" {
			t.Errorf("CommandOf(%s) not found, want %s", tc.line, tc.want)
		}
	}
	if c, ok := Named("xinfo|stream"); !ok || c.Flags&CmdReadonly == 0 || !c.HasKeys() {
		t.Errorf("Named(xinfo|stream) = %+v, %v", c, ok)
	}
	if c, ok := Named("MSET"); !ok || c.Flags&CmdWrite == 0 {
		t.Errorf("MSET is not a write: %+v, %v", c, ok)
	}
}

func TestRawTableWellFormed(t *testing.T) {
	if len(rawCommands) < 300 {
		t.Fatalf("only %d raw commands", len(rawCommands))
	}
	if !slices.IsSortedFunc(rawCommands, func(a, b Command) int { return strings.Compare(a.Name, b.Name) }) {
		t.Error("rawCommands is not sorted by name")
	}
	for _, c := range rawCommands {
		if c.Name != strings.ToUpper(c.Name) || c.Arity == 0 {
			t.Errorf("%q: bad name or arity %d", c.Name, c.Arity)
		}
		if base, _, isSub := strings.Cut(c.Name, " "); isSub {
			if b, ok := rawByName[base]; !ok || b.Flags&CmdContainer == 0 {
				t.Errorf("%s: no container command %s", c.Name, base)
			}
		}
		// A command whose specs Redis may not use must have a getkeys
		// function here, or Keys answers ok=false for all of it.
		needsProc := false
		for _, s := range c.KeySpecs {
			needsProc = needsProc || s.Flags&(KeyIncomplete|KeyVariableFlags) != 0 ||
				s.Find.Kind != FindRange || (s.Begin.Index == 0 && s.Begin.Keyword == "")
		}
		if _, ok := getKeysProcs[c.Name]; needsProc && !ok {
			t.Errorf("%s: its key specs can fail, and getKeysProcs has no getkeys function for it", c.Name)
		}
	}
	for name := range getKeysProcs {
		if c, ok := rawByName[name]; !ok || !c.HasKeys() {
			t.Errorf("getKeysProcs has %s, which the table does not know as a command with keys", name)
		}
	}
}

// keywords are the words that key specs and getkeys functions look for,
// in mixed case.
var keywords = []string{"STREAMS", "store", "StoreDist", "KEYS", "limit", "GET", "by",
	"AUTH", "auth2", "COPY", "block", "COUNT", "group", "NOACK", "WEIGHTS"}

var numbers = []string{"0", "1", "2", "3", "1", "2", "-1", "01", " 1", "1x", "4294967297"}

// genLines returns random command lines for every command with keys:
// keys, numbers and keywords at random, of random lengths around the arity.
func genLines(seed uint64, perCommand int) [][]Arg {
	r := rand.New(rand.NewPCG(seed, 0x5eed))
	var lines [][]Arg
	for _, c := range rawCommands {
		if !c.HasKeys() {
			continue
		}
		names := strings.Fields(c.Name)
		for range perCommand {
			n := max(abs(c.Arity)+r.IntN(7)-1, len(names))
			if c.Arity > 0 && r.IntN(4) > 0 {
				n = c.Arity
			}
			args := make([]Arg, n)
			for i := range args {
				var w string
				switch p := r.IntN(20); {
				case i < len(names):
					w = names[i]
					if r.IntN(2) == 0 {
						w = strings.ToLower(w)
					}
				case p < 8:
					w = fmt.Sprintf("k%d", i)
				case p < 13:
					w = numbers[r.IntN(len(numbers))]
				case p < 19:
					w = keywords[r.IntN(len(keywords))]
				default:
					w = ""
				}
				args[i] = Arg{Text: w, Known: true}
			}
			lines = append(lines, args)
		}
	}
	return lines
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// TestRawKeysUnknownWords checks that a word that is not Known never
// changes an answer Keys gives: it answers as with the word, or not at
// all.
func TestRawKeysUnknownWords(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 7))
	answered := 0
	lines := genLines(2, 4)
	for _, args := range lines {
		want, ok := Keys(args)
		if !ok {
			t.Fatalf("Keys(%q) not ok with every word known", texts(args))
		}
		for range 3 {
			v := slices.Clone(args)
			for range 1 + r.IntN(2) {
				if len(v) == 1 {
					break
				}
				i := 1 + r.IntN(len(v)-1)
				n, err := strconv.Atoi(v[i].Text)
				v[i] = Arg{Text: v[i].Text, Numeric: err == nil && strconv.Itoa(n) == v[i].Text}
			}
			got, ok := Keys(v)
			if ok {
				answered++
				if !slices.Equal(got, want) {
					t.Errorf("Keys(%v) = %v, but with every word known %v", v, got, want)
				}
			}
		}
	}
	if answered < len(lines) {
		t.Errorf("Keys answered only %d of %d lines with unknown words", answered, 3*len(lines))
	}
}

// liveNode starts one redis-server (a cluster-enabled node without slots:
// enough for COMMAND) with internal/clustertest, which skips the test when
// redis-server is not on PATH, and fails it then when
// REDISLINT_REQUIRE_REDIS=1.
func liveNode(t *testing.T) (*clustertest.Cluster, string) {
	c, addr, _ := liveNodeVersion(t)
	return c, addr
}

var versionRE = regexp.MustCompile(`(?m)^redis_version:(\S+)\r?$`)

// liveNodeVersion starts one redis-server and returns its version. A
// server newer (or older) than TableVersion is fine: the checks compare
// the commands both versions know.
func liveNodeVersion(t *testing.T) (*clustertest.Cluster, string, string) {
	t.Helper()
	c := clustertest.Start(t, clustertest.Options{SingleNode: true})
	addr := c.Addrs()[0]
	info, err := c.Do(addr, "INFO", "server")
	if err != nil {
		t.Fatal(err)
	}
	m := versionRE.FindStringSubmatch(info.Str)
	if m == nil {
		t.Fatalf("INFO server has no redis_version: %.120q", info.Str)
	}
	if m[1] != TableVersion {
		t.Logf("redis-server %s on PATH, the table is from %s: comparing the commands both know", m[1], TableVersion)
	}
	return c, addr, m[1]
}

// TestRawTableLive runs the generator against a live redis-server and
// checks the checked-in table against what it writes: byte for byte from
// the table's own version; from another version, command by command for
// the commands both know, failing only when their arity or the positions of
// their keys disagree (a newer server adds commands and flags).
func TestRawTableLive(t *testing.T) {
	_, addr, version := liveNodeVersion(t)
	out := filepath.Join(t.TempDir(), "table.go")
	cmd := exec.Command("go", "run", "./internal/genraw", "-addr", addr, "-o", out)
	if msg, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go run ./internal/genraw: %v\n%s", err, msg)
	}
	got, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile("table.go")
	if err != nil {
		t.Fatal(err)
	}
	if version == TableVersion {
		if !bytes.Equal(got, want) {
			t.Errorf("table.go differs from what genraw writes from redis-server %s now: regenerate it (see keyspec.go)",
				TableVersion)
		}
		return
	}
	for _, d := range tableDisagreements(t, want, got) {
		t.Errorf("redis-server %s and the table (%s) disagree: %s", version, TableVersion, d)
	}
}

// tableEntry is what a line of table.go says of one command.
type tableEntry struct {
	arity, flags string
	keys         []string // the positions of its key specs: begin search, find keys
}

var (
	tableLineRE = regexp.MustCompile(`^\t\{"([^"]+)", (-?\d+), ([^,]+), (nil|\[\]KeySpec\{.*\})\},$`)
	keySpecRE   = regexp.MustCompile(`\{[^{}]*?, (bs\w+\([^)]*\)), (fk\w+\([^)]*\))\}`)
)

func tableEntries(t *testing.T, src []byte) map[string]tableEntry {
	t.Helper()
	m := map[string]tableEntry{}
	for _, line := range strings.Split(string(src), "\n") {
		e := tableLineRE.FindStringSubmatch(line)
		if e == nil {
			continue
		}
		te := tableEntry{arity: e[2], flags: e[3]}
		for _, ks := range keySpecRE.FindAllStringSubmatch(e[4], -1) {
			te.keys = append(te.keys, ks[1]+" "+ks[2])
		}
		m[e[1]] = te
	}
	if len(m) < 200 {
		t.Fatalf("read only %d commands from a table", len(m))
	}
	return m
}

// tableDisagreements compares two generated tables on the commands both
// have: arity and key positions must agree; other differences are logged.
func tableDisagreements(t *testing.T, ours, theirs []byte) []string {
	a, b := tableEntries(t, ours), tableEntries(t, theirs)
	var out []string
	common, added := 0, 0
	for name, x := range a {
		y, ok := b[name]
		if !ok {
			continue
		}
		common++
		switch {
		case x.arity != y.arity:
			out = append(out, fmt.Sprintf("%s: arity %s here, %s there", name, x.arity, y.arity))
		case !slices.Equal(x.keys, y.keys):
			out = append(out, fmt.Sprintf("%s: keys %v here, %v there", name, x.keys, y.keys))
		case x.flags != y.flags:
			t.Logf("%s: flags %s here, %s there", name, x.flags, y.flags)
		}
	}
	for name := range b {
		if _, ok := a[name]; !ok {
			added++
		}
	}
	t.Logf("%d commands in both tables, %d only in the server's", common, added)
	sort.Strings(out)
	return out
}

// TestRawKeysLive compares Keys with COMMAND GETKEYS for the cases of
// rawKeysCases and for random lines of every command with keys.
func TestRawKeysLive(t *testing.T) {
	c, addr := liveNode(t)
	var lines [][]Arg
	for _, tc := range rawKeysCases {
		if args := parseWords(tc.line); !tc.unsure {
			lines = append(lines, known(args))
		}
	}
	// COMMAND GETKEYS needs two words or more; so does every command with
	// keys.
	lines = slices.DeleteFunc(append(lines, genLines(1, 6)...), func(args []Arg) bool { return len(args) < 2 })
	cmds := make([][]string, len(lines))
	for i, args := range lines {
		cmds[i] = append([]string{"COMMAND", "GETKEYS"}, texts(args)...)
	}
	replies, err := c.DoMany(addr, cmds)
	if err != nil {
		t.Fatal(err)
	}
	for i, args := range lines {
		var want []string
		switch rep := replies[i]; {
		case rep.Kind == clustertest.Array:
			for _, e := range rep.Elems {
				want = append(want, e.Str)
			}
		case rep.Kind != clustertest.Error || !strings.HasPrefix(rep.Str, "ERR Invalid arguments") &&
			!strings.HasPrefix(rep.Str, "ERR Invalid number of arguments") &&
			!strings.HasPrefix(rep.Str, "ERR The command has no key arguments"):
			t.Errorf("COMMAND GETKEYS %q: %v", texts(args), rep)
			continue
		}
		keys, ok := Keys(args)
		got := make([]string, len(keys))
		for j, k := range keys {
			got[j] = args[k].Text
		}
		if !ok || !slices.Equal(got, want) {
			t.Errorf("Keys(%q) = %q (indexes %v), %v; COMMAND GETKEYS says %q", texts(args), got, keys, ok, want)
		}
	}
	t.Logf("%d command lines compared with COMMAND GETKEYS", len(lines))
}

// TestAppendKeys: AppendKeys answers as Keys, after what dst holds, and
// does not allocate when every word is Known and dst has room.
func TestAppendKeys(t *testing.T) {
	for _, tc := range rawKeysCases {
		args := parseWords(tc.line)
		want, wantOK := Keys(args)
		dst := make([]int, 1, 16)
		dst[0] = -1
		got, ok := AppendKeys(dst, args)
		if ok != wantOK || (ok && !slices.Equal(got, append([]int{-1}, want...))) {
			t.Errorf("AppendKeys([-1], %s) = %v, %v; want [-1]+%v, %v", tc.line, got, ok, want, wantOK)
		}
		allKnown := !slices.ContainsFunc(args, func(a Arg) bool { return !a.Known })
		if !allKnown {
			continue
		}
		if n := testing.AllocsPerRun(20, func() { AppendKeys(dst[:0], args) }); n != 0 {
			t.Errorf("AppendKeys(%s) allocates %v times", tc.line, n)
		}
	}
}

func TestAppendShardChannels(t *testing.T) {
	args := parseWords("SSUBSCRIBE a b")
	dst := make([]int, 0, 4)
	got, ok := AppendShardChannels(dst, args)
	if !ok || !slices.Equal(got, []int{1, 2}) {
		t.Errorf("AppendShardChannels(SSUBSCRIBE a b) = %v, %v", got, ok)
	}
	if n := testing.AllocsPerRun(20, func() { AppendShardChannels(dst, args) }); n != 0 {
		t.Errorf("AppendShardChannels allocates %v times", n)
	}
}

func TestNamedLongAndMixedCase(t *testing.T) {
	for _, name := range []string{"mget", "MgEt", "object|encoding", "Object Encoding"} {
		if _, ok := Named(name); !ok {
			t.Errorf("Named(%q): not found", name)
		}
	}
	if _, ok := Named(strings.Repeat("x", nameBuf+1)); ok {
		t.Errorf("Named of a long unknown name: found")
	}
	if n := testing.AllocsPerRun(20, func() { Named("mget") }); n != 0 {
		t.Errorf("Named(mget) allocates %v times", n)
	}
}

// TestTableDisagreements checks the comparison of tables of two server
// versions: new commands and changed flags are no disagreement, a changed
// arity or key position is.
func TestTableDisagreements(t *testing.T) {
	ours, err := os.ReadFile("table.go")
	if err != nil {
		t.Fatal(err)
	}
	theirs := strings.Replace(string(ours), "\t{\"ASKING\", 1, CmdFast, nil},",
		"\t{\"ASKING\", 1, CmdFast, nil},\n\t{\"ATOMICSLOTMIGRATION\", -2, CmdAdmin, nil},", 1)
	theirs = strings.Replace(theirs, "{\"APPEND\", 3, CmdDenyOOM | CmdFast | CmdWrite,", "{\"APPEND\", 3, CmdDenyOOM | CmdWrite,", 1)
	if got := tableDisagreements(t, ours, []byte(theirs)); len(got) != 0 {
		t.Errorf("a new command and changed flags: disagreements %v", got)
	}
	bad := strings.Replace(theirs, "{\"BITCOUNT\", -2,", "{\"BITCOUNT\", -3,", 1)
	bad = strings.Replace(bad, "{\"APPEND\", 3, CmdDenyOOM | CmdWrite, []KeySpec{{KeyInsert | KeyRW, bsIndex(1), fkRange(0, 1, 0)}}}",
		"{\"APPEND\", 3, CmdDenyOOM | CmdWrite, []KeySpec{{KeyInsert | KeyRW, bsIndex(2), fkRange(0, 1, 0)}}}", 1)
	got := tableDisagreements(t, ours, []byte(bad))
	if len(got) != 2 || !strings.HasPrefix(got[0], "APPEND: keys") || !strings.HasPrefix(got[1], "BITCOUNT: arity") {
		t.Errorf("a changed arity and key position: disagreements %v", got)
	}
}
