package redigocheck_test

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/gomodule/redigo/redis"

	"github.com/redislint/redislint/clustercheck"
	"github.com/redislint/redislint/clustercheck/internal/checktest"
	"github.com/redislint/redislint/clustercheck/redigocheck"
)

func setup(t *testing.T, opts clustercheck.Options) (guarded, raw redis.Conn, rep *checktest.Reports) {
	addr := checktest.Server(t)
	rep = &checktest.Reports{}
	opts.Report = rep.Report
	dial := func() (redis.Conn, error) { return redis.Dial("tcp", addr) }
	pool := &redis.Pool{Dial: redigocheck.Dial(dial, opts)}
	guarded = pool.Get()
	raw, err := dial()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { guarded.Close(); raw.Close(); pool.Close() })
	return guarded, raw, rep
}

func wantRule(t *testing.T, what string, err error, rule clustercheck.Rule, text string) {
	t.Helper()
	var e *clustercheck.Error
	if !errors.As(err, &e) || e.Rule != rule || !strings.Contains(err.Error(), text) {
		t.Errorf("%s: %v; want a %s error containing %q", what, err, rule, text)
	}
}

func TestDo(t *testing.T) {
	conn, raw, rep := setup(t, clustercheck.Options{})
	_, err := conn.Do("MSET", "a", "1", "b", "2")
	wantRule(t, "MSET a b", err, clustercheck.CrossSlot, `CROSSSLOT Keys in request don't hash to the same slot (keys "a" slot 15495, "b" slot 3300)`)
	if n, _ := redis.Int(raw.Do("EXISTS", "a", "b")); n != 0 {
		t.Errorf("MSET a b was sent")
	}
	_, err = conn.Do("EVAL", "return 1", 2, "foo", "bar")
	wantRule(t, "EVAL", err, clustercheck.CrossSlot, "CROSSSLOT")
	script := redis.NewScript(0, `return redis.call('GET', 'config:' .. ARGV[1])`)
	_, err = script.Do(conn, "x")
	wantRule(t, "Script.Do", err, clustercheck.ScriptKey, "Script attempted to access a non local key in a cluster node")

	if _, err := conn.Do("MSET", "{u}:a", "1", "{u}:b", "2"); err != nil {
		t.Errorf("MSET of one tag: %v", err)
	}
	vals, err := redis.Strings(conn.Do("MGET", "{u}:a", "{u}:b"))
	if err != nil || len(vals) != 2 || vals[1] != "2" {
		t.Errorf("MGET of one tag: %v, %v", vals, err)
	}

	if _, err := conn.Do("KEYS", "*"); err != nil {
		t.Errorf("KEYS: %v", err)
	}
	if got := rep.Take(); len(got) != 1 || got[0].Command != "KEYS" {
		t.Errorf("reported %v; want KEYS", got)
	}
	cwc := conn.(redis.ConnWithContext)
	if _, err := cwc.DoContext(clustercheck.Allow(context.Background(), "fixture"), "FLUSHALL"); err != nil || len(rep.Take()) != 0 {
		t.Errorf("FLUSHALL under Allow: %v", err)
	}
}

// TestPipeline: Send of a refused command fails, and its turn in Receive
// returns the refusal; the others are sent and answered in order.
func TestPipeline(t *testing.T) {
	conn, _, _ := setup(t, clustercheck.Options{})
	if err := conn.Send("SET", "foo", "1"); err != nil {
		t.Fatal(err)
	}
	wantRule(t, "Send MGET", conn.Send("MGET", "foo", "bar"), clustercheck.CrossSlot, "CROSSSLOT")
	if err := conn.Send("GET", "foo"); err != nil {
		t.Fatal(err)
	}
	if err := conn.Flush(); err != nil {
		t.Fatal(err)
	}
	if r, err := redis.String(conn.Receive()); r != "OK" || err != nil {
		t.Errorf("SET's reply: %v, %v", r, err)
	}
	_, err := conn.Receive()
	wantRule(t, "MGET's reply", err, clustercheck.CrossSlot, "CROSSSLOT")
	if r, err := redis.String(conn.Receive()); r != "1" || err != nil {
		t.Errorf("GET's reply: %v, %v", r, err)
	}
}

func TestTransaction(t *testing.T) {
	conn, raw, _ := setup(t, clustercheck.Options{})
	// Send … Do("EXEC"): the second SET is refused at queue time, and EXEC
	// fails with it; DISCARD is sent in its place.
	conn.Send("MULTI")
	conn.Send("SET", "order:7:status", "paid")
	err := conn.Send("SET", "order:7:total", "42")
	wantRule(t, "SET of another slot", err, clustercheck.Transaction, `(transaction: keys "order:7:status" (SET) slot 9182, "order:7:total" (SET) slot 6433)`)
	_, err = conn.Do("EXEC")
	wantRule(t, "EXEC", err, clustercheck.Transaction, "CROSSSLOT")
	if n, _ := redis.Int(raw.Do("EXISTS", "order:7:status")); n != 0 {
		t.Errorf("the transaction ran")
	}
	// The connection is usable, and a transaction on one tag works.
	conn.Send("MULTI")
	conn.Send("SET", "{order:7}:status", "paid")
	conn.Send("INCRBY", "{order:7}:total", 42)
	r, err := redis.Values(conn.Do("EXEC"))
	if err != nil || len(r) != 2 {
		t.Errorf("a transaction on one tag: %v, %v", r, err)
	}
	// All with Send: EXEC's reply is the refusal.
	conn.Send("MULTI")
	conn.Send("SET", "foo", "1")
	conn.Send("SET", "bar", "1")
	conn.Send("EXEC")
	conn.Flush()
	for i, want := range []string{"OK", "QUEUED", "", ""} {
		r, err := conn.Receive()
		if want == "" {
			wantRule(t, "reply "+string(rune('0'+i)), err, clustercheck.Transaction, "CROSSSLOT")
			continue
		}
		if s, _ := redis.String(r, err); s != want {
			t.Errorf("reply %d: %v, %v; want %s", i, r, err, want)
		}
	}
	if s, err := redis.String(conn.Do("PING")); s != "PONG" || err != nil {
		t.Errorf("after the transaction: %v, %v", s, err)
	}
}

func TestDisabled(t *testing.T) {
	addr := checktest.Server(t)
	raw, err := redis.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer raw.Close()
	if c := redigocheck.Wrap(raw, clustercheck.Options{Disabled: true}); c != raw {
		t.Errorf("Wrap with Disabled returned %T, not the connection", c)
	}
}
