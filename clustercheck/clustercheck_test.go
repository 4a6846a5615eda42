package clustercheck_test

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/redislint/redislint/clustercheck"
)

func TestRules(t *testing.T) {
	c := clustercheck.New(clustercheck.Options{})
	for _, tc := range []struct {
		cmd  string // words apart by spaces
		rule clustercheck.Rule
		msg  string // "" means no violation
	}{
		{cmd: "MGET a b", rule: clustercheck.CrossSlot, msg: `CROSSSLOT Keys in request don't hash to the same slot (keys "a" slot 15495, "b" slot 3300)`},
		{cmd: "mget {user:101}:profile {user:101}:settings"},
		{cmd: "MSET user:101:profile x user:101:settings y", rule: clustercheck.CrossSlot, msg: `(keys "user:101:profile" slot 14791, "user:101:settings" slot 6457)`},
		{cmd: "DEL foo bar", rule: clustercheck.CrossSlot, msg: `"foo" slot 12182, "bar" slot 5061`},
		{cmd: "RENAME foo bar", rule: clustercheck.CrossSlot, msg: "CROSSSLOT"},
		{cmd: "WATCH foo bar", rule: clustercheck.CrossSlot, msg: "CROSSSLOT"},
		{cmd: "EVAL s 2 foo bar", rule: clustercheck.CrossSlot, msg: `(keys "foo" slot 12182, "bar" slot 5061)`},
		{cmd: "EVAL s 1 foo bar"}, // bar is an ARGV
		{cmd: "SSUBSCRIBE foo bar", rule: clustercheck.CrossSlot, msg: `(channels "foo" slot 12182, "bar" slot 5061)`},
		{cmd: "SET foo 1"},
		{cmd: "GET"}, // refused for its arity: the server says so
		{cmd: "NOSUCHCOMMAND a b"},
		{cmd: "KEYS *", rule: clustercheck.NodeLocal, msg: "KEYS on a cluster lists the keys of one node only"},
		{cmd: "scan 0", rule: clustercheck.NodeLocal, msg: "SCAN on a cluster iterates the keys of one node only"},
		{cmd: "RANDOMKEY", rule: clustercheck.NodeLocal, msg: "RANDOMKEY"},
		{cmd: "FLUSHDB", rule: clustercheck.NodeLocal, msg: "empties one node only"},
		{cmd: "FLUSHALL ASYNC", rule: clustercheck.NodeLocal, msg: "empties one node only"},
		{cmd: "DBSIZE", rule: clustercheck.NodeLocal, msg: "counts the keys of one node only"},
		{cmd: "SELECT 2", rule: clustercheck.NodeLocal, msg: "ERR SELECT is not allowed in cluster mode"},
		{cmd: "SELECT 0"},
		{cmd: "SWAPDB 0 1", rule: clustercheck.NodeLocal, msg: "ERR SWAPDB is not allowed in cluster mode"},
		{cmd: "MOVE foo 1", rule: clustercheck.NodeLocal, msg: "ERR MOVE is not allowed in cluster mode"},
	} {
		e := c.Strings(nil, strings.Fields(tc.cmd))
		switch {
		case tc.msg == "" && e != nil:
			t.Errorf("%s: %v; want no violation", tc.cmd, e)
		case tc.msg != "" && e == nil:
			t.Errorf("%s: no violation; want %s %q", tc.cmd, tc.rule, tc.msg)
		case tc.msg != "" && (e.Rule != tc.rule || !strings.Contains(e.Error(), tc.msg)):
			t.Errorf("%s: %s %q; want %s %q", tc.cmd, e.Rule, e, tc.rule, tc.msg)
		}
	}
}

func TestArgsFormats(t *testing.T) {
	c := clustercheck.New(clustercheck.Options{})
	// go-redis: the name, then arguments of any type. numkeys is an int.
	if e := c.Args(nil, []any{"eval", "return 1", 2, "foo", []byte("bar")}); e == nil || e.Rule != clustercheck.CrossSlot {
		t.Errorf("EVAL with int numkeys and []byte key: %v", e)
	}
	if e := c.Args(nil, []any{"eval", "return 1", int64(1), "foo", "bar"}); e != nil {
		t.Errorf("EVAL with one key: %v", e)
	}
	if e := c.Args(nil, []any{"zadd", "z", 1.5, "m", 12345, "n"}); e != nil {
		t.Errorf("ZADD: %v", e)
	}
	// A key of a type the guard cannot format is left out.
	type custom struct{}
	if e := c.Args(nil, []any{"mget", "foo", custom{}}); e != nil {
		t.Errorf("MGET with an unknown key: %v", e)
	}
	// redigo's redis.Argument is its RedisArg.
	if e := c.NameArgs(nil, "MGET", []any{argument("foo"), "bar"}); e == nil || e.Rule != clustercheck.CrossSlot {
		t.Errorf("MGET of an Argument: %v", e)
	}
	// redigo: the name apart.
	if e := c.NameArgs(nil, "MGET", []any{"foo", "bar"}); e == nil || e.Rule != clustercheck.CrossSlot {
		t.Errorf("redigo MGET foo bar: %v", e)
	}
}

func TestTransaction(t *testing.T) {
	c := clustercheck.New(clustercheck.Options{})
	var tx clustercheck.Tx
	for _, cmd := range [][]string{{"MULTI"}, {"SET", "{order:7}:status", "paid"}, {"INCR", "{order:7}:total"}, {"EXEC"}} {
		if e := c.Strings(&tx, cmd); e != nil {
			t.Fatalf("%v: %v", cmd, e)
		}
	}
	tx = clustercheck.Tx{}
	c.Strings(&tx, []string{"SET", "order:7:status", "paid"})
	e := c.Strings(&tx, []string{"SET", "order:7:total", "42"})
	want := `CROSSSLOT Keys in request don't hash to the same slot (transaction: keys "order:7:status" (SET) slot 9182, "order:7:total" (SET) slot 6433)`
	if e == nil || e.Rule != clustercheck.Transaction || e.Error() != want {
		t.Errorf("transaction over two slots: %v; want %s", e, want)
	}
}

func TestScriptKeys(t *testing.T) {
	c := clustercheck.New(clustercheck.Options{})
	for _, tc := range []struct {
		args []string
		bad  bool
	}{
		{args: []string{"EVAL", "return redis.call('GET', 'user:' .. ARGV[1])", "0", "101"}, bad: true},
		{args: []string{"EVAL", "return redis.call('GET', 'config')", "1", "k"}, bad: true},
		{args: []string{"EVAL", "return redis.call('GET', KEYS[1])", "1", "k"}},
		// The literal key shares the slot of every KEYS: it works.
		{args: []string{"EVAL", "return redis.call('GET', '{u}:b')", "1", "{u}:a"}},
		// The prefix fixes a slot that is not the KEYS': it fails.
		{args: []string{"EVAL", "return redis.call('GET', '{v}:' .. ARGV[1])", "1", "{u}:a", "x"}, bad: true},
		// Keys from ARGV or variables may carry the caller's tag.
		{args: []string{"EVAL", "return redis.call('GET', ARGV[1])", "0", "x"}},
	} {
		e := c.Strings(nil, tc.args)
		if tc.bad != (e != nil) || (e != nil && (e.Rule != clustercheck.ScriptKey || !strings.Contains(e.Error(), "Script attempted to access a non local key in a cluster node"))) {
			t.Errorf("%q: %v; want a violation: %v", tc.args[1], e, tc.bad)
		}
	}
	// EVALSHA of a source seen in an EVAL is checked too (sha1 of the source).
	const src = "return redis.call('GET', 'config')"
	if e := c.Strings(nil, []string{"EVALSHA", "2fd6b0c3aeb4ae7e5c8e1ecec1ecc8b1f22ab2ec", "0"}); e != nil {
		t.Errorf("EVALSHA of an unseen source: %v", e)
	}
	c.Strings(nil, []string{"SCRIPT", "LOAD", src})
	if e := c.Strings(nil, []string{"EVALSHA", sha1Hex(src), "0"}); e == nil {
		t.Errorf("EVALSHA of a loaded source that names its key: no violation")
	}
}

func TestActionsAndAllow(t *testing.T) {
	ctx := context.Background()
	var reported []*clustercheck.Error
	c := clustercheck.New(clustercheck.Options{Report: func(e *clustercheck.Error) { reported = append(reported, e) }})
	// Default: CrossSlot fails, NodeLocal reports.
	err := c.Handle(ctx, c.Strings(nil, []string{"MGET", "a", "b"}))
	var ce *clustercheck.Error
	if !errors.As(err, &ce) || ce.Rule != clustercheck.CrossSlot {
		t.Errorf("MGET a b: %v; want a CrossSlot *Error", err)
	}
	if err := c.Handle(ctx, c.Strings(nil, []string{"KEYS", "*"})); err != nil || len(reported) != 1 {
		t.Errorf("KEYS: %v, %d reported; want nil, 1", err, len(reported))
	}
	// Allow lets everything through, silently.
	actx := clustercheck.Allow(ctx, "test fixture")
	if r, ok := clustercheck.Allowed(actx); !ok || r != "test fixture" {
		t.Errorf("Allowed = %q, %v", r, ok)
	}
	if err := c.Handle(actx, c.Strings(nil, []string{"MGET", "a", "b"})); err != nil {
		t.Errorf("MGET a b under Allow: %v", err)
	}
	if err := c.Handle(actx, c.Strings(nil, []string{"KEYS", "*"})); err != nil || len(reported) != 1 {
		t.Errorf("KEYS under Allow: %v, %d reported", err, len(reported))
	}
	// Options set each rule.
	c = clustercheck.New(clustercheck.Options{CrossSlot: clustercheck.Off, NodeLocal: clustercheck.Fail})
	if e := c.Strings(nil, []string{"MGET", "a", "b"}); e != nil {
		t.Errorf("CrossSlot Off: %v", e)
	}
	if err := c.Handle(ctx, c.Strings(nil, []string{"FLUSHDB"})); err == nil {
		t.Errorf("NodeLocal Fail: FLUSHDB passes")
	}
	if got := c.Action(clustercheck.Transaction); got != clustercheck.Fail {
		t.Errorf("Transaction's default = %v", got)
	}
	// Disabled checks nothing.
	c = clustercheck.New(clustercheck.Options{Disabled: true})
	if !c.Disabled() || c.Strings(nil, []string{"MGET", "a", "b"}) != nil {
		t.Errorf("a disabled Checker reports")
	}
}

// TestNoAllocation: the check of a command with no violation allocates
// nothing.
func TestNoAllocation(t *testing.T) {
	if raceEnabled {
		t.Skip("the race detector makes sync.Pool drop items")
	}
	c := clustercheck.New(clustercheck.Options{})
	var tx clustercheck.Tx
	for name, f := range map[string]func(){
		"Strings MGET": func() { c.Strings(nil, []string{"MGET", "{u}:a", "{u}:b", "{u}:c"}) },
		"Args mget":    func() { c.Args(nil, []any{"mget", "{u}:a", "{u}:b"}) },
		"Args set":     func() { c.Args(nil, []any{"set", "k", "v", "ex", 3600}) },
		"Args eval":    func() { c.Args(nil, []any{"evalsha", "abc", 1, "k", 123456}) },
		"NameArgs":     func() { c.NameArgs(nil, "GET", []any{"k"}) },
		"Tx":           func() { c.Strings(&tx, []string{"INCR", "k"}) },
	} {
		if n := testing.AllocsPerRun(100, f); n != 0 {
			t.Errorf("%s: %v allocations", name, n)
		}
	}
}

type argument string

func (a argument) RedisArg() any { return string(a) }
