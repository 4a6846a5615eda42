package rueidischeck_test

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/redis/rueidis"

	"github.com/redislint/redislint/clustercheck"
	"github.com/redislint/redislint/clustercheck/internal/checktest"
	"github.com/redislint/redislint/clustercheck/rueidischeck"
)

func setup(t *testing.T, opts clustercheck.Options) (guarded, raw rueidis.Client, rep *checktest.Reports) {
	addr := checktest.Server(t)
	rep = &checktest.Reports{}
	opts.Report = rep.Report
	newClient := func() rueidis.Client {
		c, err := rueidis.NewClient(rueidis.ClientOption{InitAddress: []string{addr}})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(c.Close)
		return c
	}
	return rueidischeck.Wrap(newClient(), opts), newClient(), rep
}

func wantRule(t *testing.T, what string, err error, rule clustercheck.Rule, text string) {
	t.Helper()
	var e *clustercheck.Error
	if !errors.As(err, &e) || e.Rule != rule || !strings.Contains(err.Error(), text) {
		t.Errorf("%s: %v; want a %s error containing %q", what, err, rule, text)
	}
}

func TestDo(t *testing.T) {
	ctx := context.Background()
	client, raw, rep := setup(t, clustercheck.Options{})
	err := client.Do(ctx, client.B().Mset().KeyValue().KeyValue("a", "1").KeyValue("b", "2").Build()).Error()
	wantRule(t, "MSET a b", err, clustercheck.CrossSlot, `CROSSSLOT Keys in request don't hash to the same slot (keys "a" slot 15495, "b" slot 3300)`)
	if n, _ := raw.Do(ctx, raw.B().Exists().Key("a", "b").Build()).AsInt64(); n != 0 {
		t.Errorf("MSET a b was sent")
	}
	wantRule(t, "MGET", client.Do(ctx, client.B().Mget().Key("foo", "bar").Build()).Error(), clustercheck.CrossSlot, "CROSSSLOT")
	wantRule(t, "DoCache MGET", client.DoCache(ctx, client.B().Mget().Key("foo", "bar").Cache(), time.Minute).Error(), clustercheck.CrossSlot, "CROSSSLOT")
	wantRule(t, "Arbitrary", client.Do(ctx, client.B().Arbitrary("DEL").Keys("foo", "bar").Build()).Error(), clustercheck.CrossSlot, "CROSSSLOT")
	if err := client.Do(ctx, client.B().Mset().KeyValue().KeyValue("{u}:a", "1").KeyValue("{u}:b", "2").Build()).Error(); err != nil {
		t.Errorf("MSET of one tag: %v", err)
	}
	if err := client.Do(ctx, client.B().Keys().Pattern("*").Build()).Error(); err != nil {
		t.Errorf("KEYS: %v", err)
	}
	if got := rep.Take(); len(got) != 1 || got[0].Command != "KEYS" {
		t.Errorf("reported %v; want KEYS", got)
	}
	// The clients of Nodes are one node's each: KEYS there is how a
	// cluster's keys are listed.
	for _, n := range client.Nodes() {
		if err := n.Do(ctx, n.B().Keys().Pattern("*").Build()).Error(); err != nil {
			t.Errorf("KEYS on a node: %v", err)
		}
		wantRule(t, "MGET on a node", n.Do(ctx, n.B().Mget().Key("foo", "bar").Build()).Error(), clustercheck.CrossSlot, "CROSSSLOT")
	}
	if got := rep.Take(); len(got) != 0 {
		t.Errorf("KEYS on the nodes reported %v", got)
	}
}

// TestHelpers: the rueidis helpers split by slot on a wrapped client, as
// on a cluster: they pass, and work.
func TestHelpers(t *testing.T) {
	ctx := context.Background()
	client, _, _ := setup(t, clustercheck.Options{})
	for k, err := range rueidis.MSet(client, ctx, map[string]string{"user:101:profile": "Ada", "user:101:settings": "dark"}) {
		if err != nil {
			t.Errorf("MSet %s: %v", k, err)
		}
	}
	got, err := rueidis.MGet(client, ctx, []string{"user:101:profile", "user:101:settings"})
	if err != nil || len(got) != 2 {
		t.Fatalf("MGet: %v, %v", got, err)
	}
	if m := got["user:101:profile"]; func() string { s, _ := m.ToString(); return s }() != "Ada" {
		t.Errorf("MGet: %v", got)
	}
	for k, err := range rueidis.MDel(client, ctx, []string{"user:101:profile", "user:101:settings"}) {
		if err != nil {
			t.Errorf("MDel %s: %v", k, err)
		}
	}
}

func TestDoMulti(t *testing.T) {
	ctx := context.Background()
	client, raw, _ := setup(t, clustercheck.Options{})
	// A pipeline is no transaction: each command alone.
	rs := client.DoMulti(ctx,
		client.B().Set().Key("foo").Value("1").Build(),
		client.B().Mget().Key("foo", "bar").Build(),
		client.B().Get().Key("foo").Build(),
	)
	if s, err := rs[2].ToString(); s != "1" || err != nil || rs[0].Error() != nil {
		t.Errorf("SET, GET around the refused MGET: %v, %v, %v", rs[0].Error(), s, err)
	}
	wantRule(t, "MGET in DoMulti", rs[1].Error(), clustercheck.CrossSlot, "CROSSSLOT")

	// MULTI … EXEC over two slots: every command of it fails, nothing is sent.
	rs = client.DoMulti(ctx,
		client.B().Multi().Build(),
		client.B().Set().Key("order:7:status").Value("paid").Build(),
		client.B().Set().Key("order:7:total").Value("42").Build(),
		client.B().Exec().Build(),
		client.B().Set().Key("after").Value("1").Build(),
	)
	for i := range 4 {
		wantRule(t, "transaction command", rs[i].Error(), clustercheck.Transaction, `(transaction: keys "order:7:status" (SET) slot 9182, "order:7:total" (SET) slot 6433)`)
	}
	if rs[4].Error() != nil {
		t.Errorf("the command after the transaction: %v", rs[4].Error())
	}
	if n, _ := raw.Do(ctx, raw.B().Exists().Key("order:7:status").Build()).AsInt64(); n != 0 {
		t.Errorf("the transaction ran")
	}
	rs = client.DoMulti(ctx,
		client.B().Multi().Build(),
		client.B().Set().Key("{order:7}:status").Value("paid").Build(),
		client.B().Incrby().Key("{order:7}:total").Increment(42).Build(),
		client.B().Exec().Build(),
	)
	for i, r := range rs {
		if r.Error() != nil {
			t.Errorf("a transaction on one tag, command %d: %v", i, r.Error())
		}
	}
}

func TestDedicated(t *testing.T) {
	ctx := context.Background()
	client, _, _ := setup(t, clustercheck.Options{})
	err := client.Dedicated(func(c rueidis.DedicatedClient) error {
		if err := c.Do(ctx, c.B().Watch().Key("foo", "bar").Build()).Error(); err != nil {
			return err
		}
		return nil
	})
	wantRule(t, "WATCH foo bar", err, clustercheck.CrossSlot, "CROSSSLOT")
	c, cancel := client.Dedicate()
	defer cancel()
	c.Do(ctx, c.B().Multi().Build())
	c.Do(ctx, c.B().Set().Key("foo").Value("1").Build())
	wantRule(t, "SET of another slot", c.Do(ctx, c.B().Set().Key("bar").Value("1").Build()).Error(), clustercheck.Transaction, "CROSSSLOT")
	wantRule(t, "EXEC", c.Do(ctx, c.B().Exec().Build()).Error(), clustercheck.Transaction, "CROSSSLOT")
	if s, err := c.Do(ctx, c.B().Ping().Build()).ToString(); s != "PONG" || err != nil {
		t.Errorf("after the transaction: %v, %v", s, err)
	}
}

func TestScript(t *testing.T) {
	ctx := context.Background()
	client, _, _ := setup(t, clustercheck.Options{})
	bad := rueidis.NewLuaScript(`return redis.call('INCR', 'visits:' .. ARGV[1])`)
	wantRule(t, "Lua.Exec", bad.Exec(ctx, client, nil, []string{"101"}).Error(), clustercheck.ScriptKey, "Script attempted to access a non local key in a cluster node")
	good := rueidis.NewLuaScript(`return redis.call('INCR', KEYS[1])`)
	if err := good.Exec(ctx, client, []string{"visits:101"}, nil).Error(); err != nil {
		t.Errorf("a script that uses KEYS: %v", err)
	}
}

func TestOtherCalls(t *testing.T) {
	ctx := context.Background()
	client, _, _ := setup(t, clustercheck.Options{})
	rs := client.DoMultiCache(ctx,
		rueidis.CT(client.B().Get().Key("foo").Cache(), time.Minute),
		rueidis.CT(client.B().Mget().Key("foo", "bar").Cache(), time.Minute),
	)
	if err := rs[0].Error(); err != nil && !rueidis.IsRedisNil(err) {
		t.Errorf("DoMultiCache GET: %v", err)
	}
	wantRule(t, "DoMultiCache MGET", rs[1].Error(), clustercheck.CrossSlot, "CROSSSLOT")
	st := client.DoStream(ctx, client.B().Mget().Key("foo", "bar").Build())
	wantRule(t, "DoStream", st.Error(), clustercheck.CrossSlot, "CROSSSLOT")
	mst := client.DoMultiStream(ctx, client.B().Get().Key("foo").Build(), client.B().Del().Key("foo", "bar").Build())
	wantRule(t, "DoMultiStream", mst.Error(), clustercheck.CrossSlot, "CROSSSLOT")
	err := client.Receive(ctx, client.B().Ssubscribe().Channel("foo", "bar").Build(), func(rueidis.PubSubMessage) {})
	wantRule(t, "SSUBSCRIBE", err, clustercheck.CrossSlot, `(channels "foo" slot 12182, "bar" slot 5061)`)
}

func TestDisabled(t *testing.T) {
	_, raw, _ := setup(t, clustercheck.Options{})
	if c := rueidischeck.Wrap(raw, clustercheck.Options{Disabled: true}); c != raw {
		t.Errorf("Wrap with Disabled returned %T, not the client", c)
	}
}
