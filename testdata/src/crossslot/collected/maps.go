package collected

import (
	"context"

	"github.com/redis/go-redis/v9"
)

// A map filled by assignment: its keys are those written before the call.
func msetFilled(ctx context.Context, rdb *redis.ClusterClient, name string) {
	m := map[string]interface{}{}
	m["user:1:name"] = name // want `^MSET keys "user:1:name" \(slot \d+\) and "user:2:name" \(slot \d+\) hash to different slots: CROSSSLOT on a cluster$`
	m["user:2:name"] = name
	rdb.MSet(ctx, m)
}

func msetMade(ctx context.Context, rdb *redis.ClusterClient, id string) {
	m := make(map[string]string, 2)
	m["{user:"+id+"}:name"] = "ada" // want `^MSET keys "\{user:" \+ id \+ "\}:name" and "audit:" \+ id do not share a hash tag`
	m["{user:"+id+"}:mail"] = "ada@example.com"
	rdb.MSet(ctx, m) // one tag: one slot
	m["audit:"+id] = "x"
	rdb.MSet(ctx, m)
}

// Not known: a write under a condition, in a loop, or by a function the
// map is given to.
func msetCond(ctx context.Context, rdb *redis.ClusterClient, admin bool) {
	m := map[string]interface{}{"user:1:name": "a"}
	if admin {
		m["user:2:name"] = "b"
	}
	rdb.MSet(ctx, m)
}

func fill(m map[string]interface{}) { m["user:2:name"] = "b" }

func msetGiven(ctx context.Context, rdb *redis.ClusterClient) {
	m := map[string]interface{}{}
	fill(m)
	m["user:1:name"] = "a"
	rdb.MSet(ctx, m)
}

// Keys made in a loop over a constant list: each iteration's key.
func mgetFields(ctx context.Context, rdb *redis.ClusterClient, id string) {
	var ks []string
	for _, f := range []string{"name", "mail"} {
		ks = append(ks, "user:"+id+":"+f) // want `^MGET keys "user:" \+ id \+ ":name" and "user:" \+ id \+ ":mail" carry no hash tag: they hash to different slots for almost every id: CROSSSLOT on a cluster$`
	}
	rdb.MGet(ctx, ks...)
}

func mgetFieldsTagged(ctx context.Context, rdb *redis.ClusterClient, id string) {
	var ks []string
	for _, f := range []string{"name", "mail"} {
		ks = append(ks, "{user:"+id+"}:"+f)
	}
	rdb.MGet(ctx, ks...)
}

func mgetConstKeys(ctx context.Context, rdb *redis.ClusterClient) {
	var ks []string
	for _, f := range []string{"user:1", "user:1:name"} {
		ks = append(ks, f) // want `^MGET keys "user:1" \(slot 10778\) and "user:1:name" \(slot 12440\) hash to different slots: CROSSSLOT on a cluster$`
	}
	rdb.MGet(ctx, ks...)
}
