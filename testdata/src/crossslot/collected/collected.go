package collected

import (
	"context"
	"fmt"

	"github.com/redis/go-redis/v9"
)

func key(id int64) string         { return fmt.Sprintf("profile:%d", id) }
func tagged(uid, f string) string { return "{user:" + uid + "}:" + f }

func mget(ctx context.Context, rdb *redis.ClusterClient, ids []int64) {
	var ks []string
	for _, id := range ids {
		ks = append(ks, key(id))
	}
	rdb.MGet(ctx, ks...) // want `MGET keys collected in a loop as key\(id\) = "profile:%d" carry no hash tag: they hash to different slots for almost every pair of values of id: CROSSSLOT on a cluster`
}

func mgetTagged(ctx context.Context, rdb *redis.ClusterClient, uid string, fields []string) {
	ks := make([]string, 0, len(fields))
	for _, f := range fields {
		ks = append(ks, tagged(uid, f))
	}
	rdb.MGet(ctx, ks...)
}

func del(ctx context.Context, rdb *redis.ClusterClient, ids []string) {
	ks := []string{}
	for i := range ids {
		ks = append(ks, "session:"+ids[i])
	}
	rdb.Del(ctx, ks...) // want `DEL keys collected in a loop as "session:" \+ ids\[i\] carry no hash tag`
}

// Appended onto a constant, or twice per iteration: still every element
// is seen.
func mixed(ctx context.Context, rdb *redis.ClusterClient, ids []int64) {
	ks := []string{"a"} // want `MGET keys "a" \(slot 15495\) and key\(id\) = "profile:%d" carry no hash tag: they hash to different slots for almost every id: CROSSSLOT on a cluster`
	for _, id := range ids {
		ks = append(ks, key(id))
	}
	rdb.MGet(ctx, ks...)
	var ks2 []string
	for _, id := range ids {
		ks2 = append(ks2, key(id))
		ks2 = append(ks2, key(id+1))
	}
	rdb.MGet(ctx, ks2...) // want `MGET keys collected in a loop as key\(id\) = "profile:%d" carry no hash tag`
}

// make(T, 0, n), then append.
func made(ctx context.Context, rdb *redis.ClusterClient, ids []int64) {
	ks := make([]string, 0, len(ids))
	for _, id := range ids {
		ks = append(ks, key(id))
	}
	rdb.Del(ctx, ks...) // want `DEL keys collected in a loop as key\(id\) = "profile:%d" carry no hash tag`
}

// make(T, len(r)) filled in a loop over r.
func filled(ctx context.Context, rdb *redis.ClusterClient, ids []int64, uid string, fields []string) {
	ks := make([]string, len(ids))
	for i, id := range ids {
		ks[i] = key(id)
	}
	rdb.MGet(ctx, ks...) // want `MGET keys collected in a loop as key\(id\) = "profile:%d" carry no hash tag`
	ts := make([]string, len(fields))
	for i := range fields {
		ts[i] = tagged(uid, fields[i])
	}
	rdb.MGet(ctx, ts...)
	// Not every element is written: some stay "".
	ps := make([]string, len(ids))
	for i, id := range ids {
		if id < 0 {
			continue
		}
		ps[i] = key(id)
	}
	rdb.MGet(ctx, ps...)
	qs := make([]string, 2*len(ids))
	for i, id := range ids {
		qs[i] = key(id)
	}
	rdb.MGet(ctx, qs...)
}

// Several keys per iteration.
func several(ctx context.Context, rdb *redis.ClusterClient, ids []string, uid string, fields []string) {
	var ks []string
	for _, id := range ids {
		ks = append(ks, "user:"+id+":name", "user:"+id+":mail")
	}
	rdb.MGet(ctx, ks...) // want `MGET keys collected in a loop as "user:" \+ id \+ ":name" carry no hash tag: they hash to different slots for almost every pair of values of id`
	var ts []string
	for _, f := range fields {
		ts = append(ts, tagged(uid, f), tagged(uid, f+":old"))
	}
	rdb.MGet(ctx, ts...)
}

// A constant key and keys collected after it, and slices appended whole.
func onto(ctx context.Context, rdb *redis.ClusterClient, ids []int64, uid string, fields []string) {
	ks := []string{"stats:total"} // want `DEL keys "stats:total" \(slot \d+\) and key\(id\) = "profile:%d" carry no hash tag`
	for _, id := range ids {
		ks = append(ks, key(id))
	}
	rdb.Del(ctx, ks...)
	ts := []string{"{user:" + uid + "}:stats"} // want `DEL keys "\{user:" \+ uid \+ "\}:stats" and "cfg:x" \(slot \d+\) do not share a hash tag`
	for _, f := range fields {
		ts = append(ts, tagged(uid, f))
	}
	rdb.Del(ctx, ts...)
	more := append(ts, "cfg:x")
	rdb.Del(ctx, more...)
	var fs []string
	for _, f := range fields {
		fs = append(fs, tagged(uid, f)) // want `DEL keys tagged\(uid, f\) = "\{user:%s\}:%s" and "cfg:a" \(slot \d+\) do not share a hash tag`
	}
	extra := []string{"cfg:a"}
	fs = append(fs, extra...)
	rdb.Del(ctx, fs...)
}

// Appends under a condition: the keys they add meet the others on the
// paths where they run.
func maybe(ctx context.Context, rdb *redis.ClusterClient, ids []int64, extra bool) {
	ks := []string{"a"} // want `DEL keys "a" \(slot 15495\) and "b" \(slot 3300\) hash to different slots`
	if extra {
		ks = append(ks, "b")
	}
	rdb.Del(ctx, ks...)
	ts := []string{"stats:total"} // want `DEL keys "stats:total" \(slot 8339\) and key\(id\) = "profile:%d" carry no hash tag`
	for _, id := range ids {
		if id > 0 {
			ts = append(ts, key(id))
		}
	}
	rdb.Del(ctx, ts...)
	rs := []string{"stats:total"}
	for _, id := range ids {
		func() { rs = append(rs, key(id)) }()
	}
	rdb.Del(ctx, rs...)
}

func tx(ctx context.Context, rdb *redis.ClusterClient, ids []int64, uid string, fields []string) {
	rdb.TxPipelined(ctx, func(p redis.Pipeliner) error {
		for _, id := range ids {
			p.Del(ctx, key(id)) // want `transaction keys queued in a loop as key\(id\) = "profile:%d" \(DEL\) carry no hash tag: they hash to different slots for almost every pair of values of id: the whole transaction fails with CROSSSLOT on a cluster`
		}
		return nil
	})
	rdb.TxPipelined(ctx, func(p redis.Pipeliner) error {
		for _, f := range fields {
			p.Del(ctx, tagged(uid, f))
		}
		return nil
	})
	// A transaction per item: each has one key.
	for _, id := range ids {
		rdb.TxPipelined(ctx, func(p redis.Pipeliner) error {
			p.Del(ctx, key(id))
			return nil
		})
	}
}

// Appends in the two branches of an if never meet: silent.
func either(ctx context.Context, rdb *redis.ClusterClient, extra bool) {
	var ks []string
	if extra {
		ks = append(ks, "a")
	} else {
		ks = append(ks, "b")
	}
	rdb.Del(ctx, ks...)
}

// An append in a function literal may run any number of times: not read.
func later(ctx context.Context, rdb *redis.ClusterClient) {
	ks := []string{"a"}
	add := func() { ks = append(ks, "b") }
	add()
	rdb.Del(ctx, ks...)
}
