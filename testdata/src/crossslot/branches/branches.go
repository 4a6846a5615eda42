// Package branches: keys held in locals that several writes reach
// (branches, zero values, reassignment); each value is compared with the
// keys it can meet on one path.
package branches

import (
	"context"

	"github.com/redis/go-redis/v9"
)

// The zero value reaches the command when the option is unset: "" is in
// slot 0, the tagged key is not.
func zeroValue(ctx context.Context, rdb *redis.ClusterClient, ch, resultKey string) {
	var rk string
	if resultKey != "" {
		rk = "{" + ch + "}:result:" + resultKey
	}
	rdb.MGet(ctx, "{"+ch+"}:stream", rk) // want `MGET keys "\{" \+ ch \+ "\}:stream" and "" \(slot 0\) do not share a hash tag`
}

// Set on every path that reaches the command: silent.
func everyPath(ctx context.Context, rdb *redis.ClusterClient, ch string, short bool) {
	var rk string
	if short {
		rk = "{" + ch + "}:s"
	} else {
		rk = "{" + ch + "}:l"
	}
	rdb.MGet(ctx, "{"+ch+"}:stream", rk)
}

// Two keys chosen together in each branch share a tag on each path:
// silent, though a key of one branch and a key of the other would not.
func together(ctx context.Context, rdb *redis.ClusterClient, user bool) {
	var a, b string
	if user {
		a, b = "{user}:1", "{user}:2"
	} else {
		a = "{org}:1"
		b = "{org}:2"
	}
	rdb.MGet(ctx, a, b)
}

// A switch that gives one key a prefix on one path only.
func prefixes(ctx context.Context, rdb *redis.ClusterClient, mode int) {
	p := "{t}"
	switch mode {
	case 1:
		p = "{t}"
	case 2:
		p = "x"
	}
	rdb.Rename(ctx, p+":a", "{t}:b") // want `RENAME keys "x:a" \(slot \d+\) and "\{t\}:b" \(slot \d+\) hash to different slots`
}

// Reassigned in sequence: the last write is the value.
func sequence(ctx context.Context, rdb *redis.ClusterClient) {
	k := "{job}:a"
	k = "job:b"
	rdb.Rename(ctx, k, "{job}:c") // want `RENAME keys "job:b" \(slot \d+\) and "\{job\}:c" \(slot \d+\) hash to different slots`
}

// One variable in two keys: both take the same value on each path.
func sameVar(ctx context.Context, rdb *redis.ClusterClient, cluster bool) {
	prefix := ""
	if cluster {
		prefix = "{app}"
	}
	rdb.MGet(ctx, prefix+"a", prefix+"b") // want `MGET keys "a" \(slot 15495\) and "b" \(slot 3300\) hash to different slots`
}

// The same, where the single-node path returns before the command: only
// the tagged value reaches it.
func sameVarGuarded(ctx context.Context, rdb redis.UniversalClient, cluster bool) {
	prefix := ""
	if cluster {
		prefix = "{app}"
	} else {
		return
	}
	rdb.MGet(ctx, prefix+"a", prefix+"b")
}

// A transaction whose keys come from one branch each.
func tx(ctx context.Context, rdb *redis.ClusterClient, user bool) {
	var a, b string
	if user {
		a, b = "{u}:1", "{u}:2"
	} else {
		a, b = "{o}:1", "{o}:2"
	}
	rdb.TxPipelined(ctx, func(p redis.Pipeliner) error {
		p.Set(ctx, a, 1, 0)
		p.Set(ctx, b, 1, 0)
		return nil
	})
}

// A callback reads what reaches the literal: the zero value on one path.
func txZero(ctx context.Context, rdb *redis.ClusterClient, id string, withResult bool) {
	var rk string
	if withResult {
		rk = "{" + id + "}:r"
	}
	rdb.TxPipelined(ctx, func(p redis.Pipeliner) error {
		p.Set(ctx, "{"+id+"}:s", 1, 0) // want `transaction keys "\{" \+ id \+ "\}:s" \(SET\) and "" \(SET, slot 0\) do not share a hash tag`
		p.Set(ctx, rk, 1, 0)
		return nil
	})
}
