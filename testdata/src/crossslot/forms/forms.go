// Package forms: the shapes of the other packages written another way, as
// real code writes them: a Replace of a Replace, a script wrapper that takes
// its keys as a slice and its client as a redis.Scripter, a command wrapper
// whose pipeline is an optional variadic parameter, a pipeline helper whose
// parameter is a redis.Cmdable.
package forms

import (
	"context"
	"fmt"
	"strings"

	"github.com/redis/go-redis/v9"
)

var rdb = redis.NewClusterClient(&redis.ClusterOptions{Addrs: []string{"a:1", "b:2"}})

const tpl = "user:ID:FIELD"

func nested(ctx context.Context, id string) {
	a := strings.Replace(strings.Replace(tpl, "ID", id, 1), "FIELD", "name", 1)
	b := strings.Replace(strings.Replace(tpl, "ID", id, 1), "FIELD", "mail", 1)
	rdb.MGet(ctx, a, b) // want `^MGET keys a and b carry no hash tag: they hash to different slots for almost every id: CROSSSLOT on a cluster$`
}

const tagged = "{user:ID}:FIELD"

func nestedTagged(ctx context.Context, id string) {
	a := strings.Replace(strings.Replace(tagged, "ID", id, 1), "FIELD", "name", 1)
	b := strings.Replace(strings.Replace(tagged, "ID", id, 1), "FIELD", "mail", 1)
	rdb.MGet(ctx, a, b)
}

var script = redis.NewScript(`return redis.call('MGET', KEYS[1], KEYS[2])`)

func runScript(ctx context.Context, c redis.Scripter, keys []string, args ...any) error {
	return script.Run(ctx, c, keys, args...).Err()
}

func useScript(ctx context.Context) {
	runScript(ctx, rdb, []string{"a", "b"})         // want `^EVALSHA \(through forms.runScript\) keys "a" \(slot 15495\) and "b" \(slot 3300\) hash to different slots: CROSSSLOT on a cluster$`
	runScript(ctx, rdb, []string{"{ab}a", "{ab}b"}) // one tag
}

// getCmdable is the pipeline when one is given, else the client.
func getCmdable(p ...redis.Cmdable) redis.Cmdable {
	if len(p) > 0 {
		return p[0]
	}
	return rdb
}

func setNX(ctx context.Context, k string, v any, p ...redis.Cmdable) {
	getCmdable(p...).Set(ctx, k, v, 0)
}

func tx(ctx context.Context, fn func(pipe redis.Pipeliner) error) {
	rdb.TxPipelined(ctx, fn)
}

func useTx(ctx context.Context) {
	tx(ctx, func(pipe redis.Pipeliner) error {
		setNX(ctx, "lock:a", 1, pipe) // want `^transaction keys "lock:a" \(SET, slot 6035\) and "lock:b" \(SET, slot 10224\) hash to different slots: the whole transaction fails with CROSSSLOT on a cluster$`
		setNX(ctx, "lock:b", 1, pipe)
		return nil
	})
	tx(ctx, func(pipe redis.Pipeliner) error {
		setNX(ctx, "{lock}:a", 1, pipe)
		setNX(ctx, "{lock}:b", 1, pipe)
		return nil
	})
	// Without the pipeline: two commands of their own.
	setNX(ctx, "lock:a", 1)
	setNX(ctx, "lock:b", 1)
}

func queue(ctx context.Context, c redis.Cmdable, id string) {
	c.Set(ctx, "x:"+id, 1, 0)
	c.Set(ctx, "y:"+id, 1, 0)
}

func queueTagged(ctx context.Context, c redis.Cmdable, id string) {
	c.Set(ctx, "{"+id+"}:x", 1, 0)
	c.Set(ctx, "{"+id+"}:y", 1, 0)
}

func useQueue(ctx context.Context, id string) {
	rdb.TxPipelined(ctx, func(p redis.Pipeliner) error {
		queue(ctx, p, id) // want `^transaction keys queue\(ctx, p, id\) = "x:%s" \(SET\) and queue\(ctx, p, id\) = "y:%s" \(SET\) carry no hash tag: they hash to different slots for almost every id: the whole transaction fails with CROSSSLOT on a cluster$`
		return nil
	})
	rdb.TxPipelined(ctx, func(p redis.Pipeliner) error {
		queueTagged(ctx, p, id)
		return nil
	})
	queue(ctx, rdb, id) // two commands on the client: no transaction
}

// Keys written into a strings.Builder.
func built(ctx context.Context, id string) {
	var a strings.Builder
	a.WriteString("user:")
	a.WriteString(id)
	a.WriteString(":name")
	var b strings.Builder
	fmt.Fprintf(&b, "user:%s:mail", id)
	rdb.MGet(ctx, a.String(), b.String()) // want `^MGET keys a.String\(\) = "user:%s:name" and b.String\(\) = "user:%s:mail" carry no hash tag: they hash to different slots for almost every id: CROSSSLOT on a cluster$`
}

func builtTagged(ctx context.Context, id string) {
	var a strings.Builder
	a.WriteString("{user:")
	a.WriteString(id)
	a.WriteString("}:name")
	var b strings.Builder
	fmt.Fprintf(&b, "{user:%s}:mail", id)
	rdb.MGet(ctx, a.String(), b.String())
}

// A method value held in a variable.
func methodValue(ctx context.Context) {
	get := rdb.MGet
	get(ctx, "user:1", "user:2") // want `^MGET keys "user:1" \(slot 10778\) and "user:2" \(slot 6777\) hash to different slots: CROSSSLOT on a cluster$`
	get(ctx, "{user}:1", "{user}:2")
}

// A callback given to the package's own function, which calls it with the
// cluster client: the callback's parameter is that client.
func withClient(fn func(c redis.UniversalClient)) { fn(rdb) }

func callback(ctx context.Context) {
	withClient(func(c redis.UniversalClient) {
		c.MGet(ctx, "user:1", "user:2") // want `^MGET keys "user:1" \(slot 10778\) and "user:2" \(slot 6777\) hash to different slots: CROSSSLOT on a cluster$`
	})
}

var single = redis.NewClient(&redis.Options{Addr: "localhost:6379"})

func withSingle(fn func(c redis.UniversalClient)) { fn(single) }

func callbackSingle(ctx context.Context) {
	withSingle(func(c redis.UniversalClient) {
		c.MGet(ctx, "user:1", "user:2") // a single node's
	})
}

// A generic wrapper: a type parameter constrained by a command interface.
func mget[T redis.Cmdable](ctx context.Context, c T, keys ...string) {
	c.MGet(ctx, keys...)
}

func useGeneric(ctx context.Context) {
	mget(ctx, rdb, "user:1", "user:2") // want `^MGET \(through forms.mget\) keys "user:1" \(slot 10778\) and "user:2" \(slot 6777\) hash to different slots: CROSSSLOT on a cluster$`
	mget(ctx, rdb, "{user}:1", "{user}:2")
}

// A key built through an out-parameter.
func nameKey(out *string, id string) { *out = "user:" + id + ":name" }

func outParam(ctx context.Context, id string) {
	var a string
	nameKey(&a, id)
	rdb.MGet(ctx, a, "user:"+id+":mail") // want `^MGET keys a and "user:" \+ id \+ ":mail" carry no hash tag: they hash to different slots for almost every id: CROSSSLOT on a cluster$`
}

func outParamTagged(ctx context.Context, id string) {
	var a string
	nameKey(&a, "{"+id+"}")
	rdb.MGet(ctx, a, "user:{"+id+"}:mail")
}
