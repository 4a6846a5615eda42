package goredischeck_test

import (
	"context"
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/redis/go-redis/v9"

	"github.com/redislint/redislint/clustercheck"
	"github.com/redislint/redislint/clustercheck/goredischeck"
	"github.com/redislint/redislint/clustercheck/internal/checktest"
)

// setup returns a guarded client, an unguarded one to look behind it, and
// the recorder of reported violations.
func setup(t *testing.T, opts clustercheck.Options) (guarded, raw *redis.Client, rep *checktest.Reports) {
	addr := checktest.Server(t)
	rep = &checktest.Reports{}
	opts.Report = rep.Report
	guarded = redis.NewClient(&redis.Options{Addr: addr})
	guarded.AddHook(goredischeck.New(guarded, opts))
	raw = redis.NewClient(&redis.Options{Addr: addr})
	t.Cleanup(func() { guarded.Close(); raw.Close() })
	return guarded, raw, rep
}

func wantRule(t *testing.T, what string, err error, rule clustercheck.Rule, text string) {
	t.Helper()
	var e *clustercheck.Error
	if !errors.As(err, &e) || e.Rule != rule || !strings.Contains(err.Error(), text) {
		t.Errorf("%s: %v; want a %s error containing %q", what, err, rule, text)
	}
}

func TestCommands(t *testing.T) {
	ctx := context.Background()
	rdb, raw, _ := setup(t, clustercheck.Options{})

	err := rdb.MSet(ctx, "a", "1", "b", "2").Err()
	wantRule(t, "MSET a b", err, clustercheck.CrossSlot, `CROSSSLOT Keys in request don't hash to the same slot (keys "a" slot 15495, "b" slot 3300)`)
	if n := raw.Exists(ctx, "a").Val() + raw.Exists(ctx, "b").Val(); n != 0 {
		t.Errorf("MSET a b was sent: %d keys exist", n)
	}
	wantRule(t, "MGET", rdb.MGet(ctx, "user:101:profile", "user:101:settings").Err(), clustercheck.CrossSlot, `"user:101:profile" slot 14791, "user:101:settings" slot 6457`)
	wantRule(t, "DEL", rdb.Del(ctx, "foo", "bar").Err(), clustercheck.CrossSlot, "CROSSSLOT")
	wantRule(t, "RENAME", rdb.Rename(ctx, "foo", "bar").Err(), clustercheck.CrossSlot, "CROSSSLOT")
	wantRule(t, "EVAL", rdb.Eval(ctx, "return 1", []string{"foo", "bar"}).Err(), clustercheck.CrossSlot, "CROSSSLOT")
	wantRule(t, "Do", rdb.Do(ctx, "mget", "foo", "bar").Err(), clustercheck.CrossSlot, "CROSSSLOT")

	// The same with one hash tag works, and is sent.
	if err := rdb.MSet(ctx, "{user:101}:profile", "Ada", "{user:101}:settings", "dark").Err(); err != nil {
		t.Fatal(err)
	}
	vals, err := rdb.MGet(ctx, "{user:101}:profile", "{user:101}:settings").Result()
	if err != nil || len(vals) != 2 || vals[0] != "Ada" || vals[1] != "dark" {
		t.Errorf("MGET of one tag = %v, %v", vals, err)
	}
	if err := rdb.Eval(ctx, "return redis.call('GET', KEYS[1])", []string{"{user:101}:profile"}).Err(); err != nil {
		t.Errorf("EVAL of a script that uses KEYS: %v", err)
	}
}

func TestScript(t *testing.T) {
	ctx := context.Background()
	rdb, _, _ := setup(t, clustercheck.Options{})
	// Script.Run sends EVALSHA, then EVAL when the server does not have it:
	// the guard reads the source in the EVAL, and remembers its SHA1.
	s := redis.NewScript(`return redis.call('INCR', 'visits:' .. ARGV[1])`)
	err := s.Run(ctx, rdb, []string{}, "101").Err()
	wantRule(t, "Script.Run", err, clustercheck.ScriptKey, "Script attempted to access a non local key in a cluster node")
	if err := s.Load(ctx, rdb).Err(); err != nil {
		t.Fatal(err)
	}
	wantRule(t, "EVALSHA of the loaded script", s.EvalSha(ctx, rdb, nil, "101").Err(), clustercheck.ScriptKey, "builds key 'visits:' .. ARGV[1] itself for INCR")
	good := redis.NewScript(`return redis.call('INCR', KEYS[1])`)
	if err := good.Run(ctx, rdb, []string{"visits:101"}).Err(); err != nil {
		t.Errorf("a script that uses KEYS: %v", err)
	}
}

func TestTxPipeline(t *testing.T) {
	ctx := context.Background()
	rdb, raw, _ := setup(t, clustercheck.Options{})
	_, err := rdb.TxPipelined(ctx, func(pipe redis.Pipeliner) error {
		pipe.Set(ctx, "order:7:status", "paid", 0)
		pipe.Set(ctx, "order:7:total", "42", 0)
		return nil
	})
	wantRule(t, "TxPipelined", err, clustercheck.Transaction, `(transaction: keys "order:7:status" (SET) slot 9182, "order:7:total" (SET) slot 6433)`)
	if raw.Exists(ctx, "order:7:status").Val() != 0 {
		t.Errorf("the transaction was sent")
	}
	cmds, err := rdb.TxPipelined(ctx, func(pipe redis.Pipeliner) error {
		pipe.Set(ctx, "{order:7}:status", "paid", 0)
		pipe.IncrBy(ctx, "{order:7}:total", 42)
		return nil
	})
	if err != nil || len(cmds) != 2 || cmds[1].(*redis.IntCmd).Val() != 42 {
		t.Errorf("a transaction on one tag: %v, %v", cmds, err)
	}
	// Watch sends WATCH with every key: two slots are CROSSSLOT.
	err = rdb.Watch(ctx, func(tx *redis.Tx) error { return nil }, "foo", "bar")
	wantRule(t, "Watch", err, clustercheck.CrossSlot, "CROSSSLOT")
}

func TestPipeline(t *testing.T) {
	ctx := context.Background()
	rdb, raw, _ := setup(t, clustercheck.Options{})
	// A pipeline is no transaction: each command is checked alone, and
	// only the one that breaks a rule fails, as on a cluster.
	var set *redis.StatusCmd
	var mget *redis.SliceCmd
	_, err := rdb.Pipelined(ctx, func(pipe redis.Pipeliner) error {
		set = pipe.Set(ctx, "foo", "1", 0)
		mget = pipe.MGet(ctx, "foo", "bar")
		pipe.Set(ctx, "bar", "2", 0)
		return nil
	})
	wantRule(t, "Pipelined", err, clustercheck.CrossSlot, "CROSSSLOT")
	wantRule(t, "MGET in the pipeline", mget.Err(), clustercheck.CrossSlot, "CROSSSLOT")
	if set.Err() != nil || raw.Get(ctx, "foo").Val() != "1" || raw.Get(ctx, "bar").Val() != "2" {
		t.Errorf("the pipeline's other commands: %v, foo=%q bar=%q", set.Err(), raw.Get(ctx, "foo").Val(), raw.Get(ctx, "bar").Val())
	}
}

func TestNodeLocal(t *testing.T) {
	ctx := context.Background()
	rdb, _, rep := setup(t, clustercheck.Options{})
	if err := rdb.Keys(ctx, "*").Err(); err != nil {
		t.Errorf("KEYS is only reported by default: %v", err)
	}
	if err := rdb.FlushDB(ctx).Err(); err != nil {
		t.Errorf("FLUSHDB: %v", err)
	}
	got := rep.Take()
	if len(got) != 2 || got[0].Command != "KEYS" || got[1].Command != "FLUSHDB" || got[0].Rule != clustercheck.NodeLocal {
		t.Errorf("reported %v; want KEYS and FLUSHDB", got)
	}
	// Allow: nothing reported.
	if err := rdb.FlushAll(clustercheck.Allow(ctx, "test cleanup")).Err(); err != nil || len(rep.Take()) != 0 {
		t.Errorf("FLUSHALL under Allow: %v", err)
	}

	strict, _, _ := setup(t, clustercheck.Options{NodeLocal: clustercheck.Fail})
	wantRule(t, "KEYS with NodeLocal: Fail", strict.Keys(ctx, "*").Err(), clustercheck.NodeLocal, "KEYS on a cluster lists the keys of one node only")
	var sc *redis.ScanCmd
	_, err := strict.Pipelined(ctx, func(pipe redis.Pipeliner) error {
		sc = pipe.Scan(ctx, 0, "*", 10)
		return nil
	})
	wantRule(t, "SCAN in a pipeline", err, clustercheck.NodeLocal, "SCAN")
	wantRule(t, "SCAN's cmd", sc.Err(), clustercheck.NodeLocal, "SCAN")
}

// TestDB: a client configured with a database other than 0 sends SELECT
// through its hooks when it connects.
func TestDB(t *testing.T) {
	ctx := context.Background()
	addr := checktest.Server(t)
	rep := &checktest.Reports{}
	rdb := redis.NewClient(&redis.Options{Addr: addr, DB: 2})
	defer rdb.Close()
	rdb.AddHook(goredischeck.New(rdb, clustercheck.Options{Report: rep.Report}))
	for range 2 {
		if err := rdb.Set(ctx, "k", "v", 0).Err(); err != nil {
			t.Fatal(err)
		}
	}
	if got := rep.Take(); len(got) != 1 || got[0].Error() != "ERR SELECT is not allowed in cluster mode" {
		t.Errorf("reported %v; want SELECT once (one connection)", got)
	}
	strict := redis.NewClient(&redis.Options{Addr: addr, DB: 2})
	defer strict.Close()
	strict.AddHook(goredischeck.New(strict, clustercheck.Options{NodeLocal: clustercheck.Fail}))
	wantRule(t, "DB 2, NodeLocal: Fail", strict.Get(ctx, "k").Err(), clustercheck.NodeLocal, "SELECT is not allowed in cluster mode")
}

func TestDisabled(t *testing.T) {
	ctx := context.Background()
	rdb, _, rep := setup(t, clustercheck.Options{Disabled: true})
	if err := rdb.MSet(ctx, "a", "1", "b", "2").Err(); err != nil {
		t.Errorf("disabled: %v", err)
	}
	rdb.Keys(ctx, "*")
	if got := rep.Take(); len(got) != 0 {
		t.Errorf("disabled, reported %v", got)
	}
	// Zero cost: the hook hands go-redis its own functions back.
	h := goredischeck.New(nil, clustercheck.Options{Disabled: true})
	next := redis.ProcessHook(func(context.Context, redis.Cmder) error { return nil })
	nextPipe := redis.ProcessPipelineHook(func(context.Context, []redis.Cmder) error { return nil })
	if reflect.ValueOf(h.ProcessHook(next)).Pointer() != reflect.ValueOf(next).Pointer() ||
		reflect.ValueOf(h.ProcessPipelineHook(nextPipe)).Pointer() != reflect.ValueOf(nextPipe).Pointer() {
		t.Errorf("a disabled hook wraps go-redis' functions")
	}
}

// TestRoutingPolicies: a ClusterClient whose slots all live on one
// standalone server (ClusterSlots), as tests set it up. With routing
// policies go-redis splits MGET, MSET and DEL by slot, and runs FLUSHDB on
// every master: the guard reads that from the client and stays silent. KEYS
// it still reports; without routing policies MGET is CROSSSLOT.
func TestRoutingPolicies(t *testing.T) {
	ctx := context.Background()
	addr := checktest.Server(t)
	newCluster := func() *redis.ClusterClient {
		rdb := redis.NewClusterClient(&redis.ClusterOptions{
			Addrs: []string{addr}, // where go-redis reads COMMAND INFO
			ClusterSlots: func(context.Context) ([]redis.ClusterSlot, error) {
				return []redis.ClusterSlot{{Start: 0, End: 16383, Nodes: []redis.ClusterNode{{Addr: addr}}}}, nil
			},
		})
		t.Cleanup(func() { rdb.Close() })
		return rdb
	}
	rep := &checktest.Reports{}
	opts := clustercheck.Options{Report: rep.Report}

	rdb := newCluster()
	rdb.SetCommandInfoResolver(rdb.NewDynamicResolver())
	rdb.AddHook(goredischeck.New(rdb, opts))
	if err := rdb.MSet(ctx, "user:101:profile", "Ada", "user:101:settings", "dark").Err(); err != nil {
		t.Errorf("MSET with routing policies: %v", err)
	}
	vals, err := rdb.MGet(ctx, "user:101:profile", "user:101:settings").Result()
	if err != nil || len(vals) != 2 || vals[0] != "Ada" {
		t.Errorf("MGET with routing policies: %v, %v", vals, err)
	}
	if err := rdb.FlushDB(ctx).Err(); err != nil {
		t.Errorf("FLUSHDB: %v", err)
	}
	rdb.Keys(ctx, "*")
	if got := rep.Take(); len(got) != 1 || got[0].Command != "KEYS" {
		t.Errorf("with routing policies reported %v; want KEYS only", got)
	}
	// In a pipeline go-redis does not split: checked as sent.
	_, err = rdb.Pipelined(ctx, func(pipe redis.Pipeliner) error {
		pipe.MGet(ctx, "foo", "bar")
		return nil
	})
	wantRule(t, "MGET in a pipeline with routing policies", err, clustercheck.CrossSlot, "CROSSSLOT")

	plain := newCluster()
	plain.AddHook(goredischeck.New(plain, opts))
	wantRule(t, "MGET without routing policies", plain.MGet(ctx, "foo", "bar").Err(), clustercheck.CrossSlot, "CROSSSLOT")
	// ClusterClient.DBSize sums over the masters, routing policies or not;
	// DBSIZE through Do asks one node.
	if err := plain.DBSize(ctx).Err(); err != nil || len(rep.Take()) != 0 {
		t.Errorf("ClusterClient.DBSize: %v, or reported", err)
	}
	plain.Do(ctx, "dbsize")
	if got := rep.Take(); len(got) != 1 || got[0].Command != "DBSIZE" {
		t.Errorf("Do(dbsize) on a cluster client reported %v; want DBSIZE", got)
	}
	// On a plain client, DBSize is one node's.
	single := redis.NewClient(&redis.Options{Addr: addr})
	defer single.Close()
	single.AddHook(goredischeck.New(single, opts))
	single.DBSize(ctx)
	if got := rep.Take(); len(got) != 1 {
		t.Errorf("Client.DBSize reported %v; want DBSIZE", got)
	}
}
