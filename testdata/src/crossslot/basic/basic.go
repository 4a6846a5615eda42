package basic

import (
	"context"
	"time"

	goredis "github.com/redis/go-redis/v9"
)

const (
	profileKey  = "user:101:profile"
	settingsKey = "user:101:settings"
)

type store struct {
	rdb *goredis.ClusterClient
}

func constants(ctx context.Context, rdb *goredis.ClusterClient) {
	rdb.MGet(ctx, "user:101:profile", "user:101:settings")    // want `MGET keys "user:101:profile" \(slot 14791\) and "user:101:settings" \(slot 6457\) hash to different slots: CROSSSLOT on a cluster`
	rdb.MSet(ctx, "foo", "a", "bar", "b")                     // want `MSET keys "foo" \(slot 12182\) and "bar" \(slot 5061\) hash to different slots`
	rdb.Del(ctx, profileKey, settingsKey)                     // want `DEL keys "user:101:profile" \(slot 14791\) and "user:101:settings" \(slot 6457\)`
	rdb.Rename(ctx, "foo", "bar")                             // want `RENAME keys "foo" \(slot 12182\) and "bar" \(slot 5061\)`
	rdb.Eval(ctx, "return 1", []string{"foo", "bar"})         // want `EVAL keys "foo" \(slot 12182\) and "bar" \(slot 5061\)`
	rdb.MGet(ctx, "user:"+"101:profile", "user:101:settings") // want `MGET keys "user:101:profile"`
}

func forms(ctx context.Context, s *store) {
	s.rdb.MGet(ctx, []string{"order:7:items", "order:7:total"}...)                      // want `MGET keys "order:7:items" \(slot \d+\) and "order:7:total" \(slot \d+\)`
	s.rdb.MSet(ctx, map[string]interface{}{"cart:1:a": 1, "cart:1:b": 2})               // want `MSET keys "cart:1:a"`
	s.rdb.MSet(ctx, []string{"k:1:x", "1", "k:1:y", "2"})                               // want `MSET keys "k:1:x"`
	s.rdb.ZUnionStore(ctx, "z:out", &goredis.ZStore{Keys: []string{"z:a", "z:b"}})      // want `ZUNIONSTORE keys "z:out" \(slot \d+\) and "z:a" \(slot \d+\)`
	s.rdb.BLPop(ctx, time.Second, "q:1:a", "q:1:b")                                     // want `BLPOP keys "q:1:a"`
	s.rdb.XRead(ctx, &goredis.XReadArgs{Streams: []string{"s:1:a", "s:1:b", "0", "0"}}) // want `XREAD keys "s:1:a"`
	s.rdb.LCS(ctx, &goredis.LCSQuery{Key1: "foo", Key2: "bar"})                         // want `LCS keys "foo" \(slot 12182\) and "bar"`
}

func fine(ctx context.Context, rdb *goredis.ClusterClient, c *goredis.Client, keys []string, k string) {
	rdb.MGet(ctx, "{user:101}:profile", "{user:101}:settings")
	rdb.MGet(ctx, "user:101", "{user:101}:x") // user:101 is slot 13437, the tag too
	rdb.MGet(ctx, "only")
	rdb.MGet(ctx, "same", "same")
	rdb.MGet(ctx, keys...)
	rdb.MGet(ctx, k, "foo")
	c.MGet(ctx, "foo", "bar") // standalone: not this analyzer's business
	rdb.Eval(ctx, "return 1", keys)
	rdb.Set(ctx, "foo", 1, 0)
	rdb.Rename(ctx, "{a}1", "{a}2")
}

func emptyTags(ctx context.Context, rdb *goredis.ClusterClient) {
	// "{}" is no tag: the whole key is hashed.
	rdb.MGet(ctx, "{}:a", "{}:b") // want `MGET keys "\{\}:a" \(slot \d+\) and "\{\}:b" \(slot \d+\) hash to different slots`
}

func differentTags(ctx context.Context, rdb *goredis.ClusterClient) {
	rdb.MGet(ctx, "{user:1}:a", "{user:2}:a") // want `MGET keys "\{user:1\}:a" \(slot \d+\) and "\{user:2\}:a"`
}

func interfaces(ctx context.Context, u goredis.UniversalClient, c goredis.Cmdable, s goredis.StringCmdable) {
	u.MGet(ctx, "foo", "bar") // want `MGET keys "foo" \(slot 12182\) and "bar" \(slot 5061\) hash to different slots: CROSSSLOT if this redis.UniversalClient is a cluster client`
	c.Del(ctx, "foo", "bar")  // want `CROSSSLOT if this redis.Cmdable is a cluster client`
	s.MGet(ctx, "foo", "bar") // want `CROSSSLOT if this redis.StringCmdable is a cluster client`
}

func ring(ctx context.Context, r *goredis.Ring) {
	r.MGet(ctx, "foo", "bar") // want `MGET keys "foo" \(slot 12182\) and "bar" \(slot 5061\) hash to different slots: a Ring may keep them on different shards`
}

func transactions(ctx context.Context, rdb *goredis.ClusterClient, client *goredis.Client) {
	rdb.TxPipelined(ctx, func(pipe goredis.Pipeliner) error {
		pipe.Set(ctx, "foo", 1, 0) // want `transaction keys "foo" \(SET, slot 12182\) and "bar" \(SET, slot 5061\) hash to different slots: the whole transaction fails with CROSSSLOT on a cluster`
		pipe.Set(ctx, "bar", 2, 0)
		return nil
	})
	rdb.TxPipelined(ctx, func(pipe goredis.Pipeliner) error {
		pipe.Set(ctx, "{u}foo", 1, 0)
		pipe.Set(ctx, "{u}bar", 2, 0)
		return nil
	})
	// A plain pipeline sends each command on its own.
	rdb.Pipelined(ctx, func(pipe goredis.Pipeliner) error {
		pipe.Set(ctx, "foo", 1, 0)
		pipe.Set(ctx, "bar", 2, 0)
		pipe.MGet(ctx, "foo", "bar") // want `MGET keys "foo" \(slot 12182\) and "bar" \(slot 5061\) hash to different slots: CROSSSLOT on a cluster`
		return nil
	})
	tx := rdb.TxPipeline()
	tx.Incr(ctx, "cnt:a") // want `transaction keys "cnt:a" \(INCR, slot \d+\) and "cnt:b" \(INCR, slot \d+\)`
	tx.Incr(ctx, "cnt:b")
	tx.Exec(ctx)

	client.TxPipelined(ctx, func(pipe goredis.Pipeliner) error {
		pipe.Set(ctx, "foo", 1, 0)
		pipe.Set(ctx, "bar", 2, 0)
		return nil
	})
}

func watch(ctx context.Context, rdb *goredis.ClusterClient) {
	rdb.Watch(ctx, func(tx *goredis.Tx) error { return nil }, "foo", "bar") // want `WATCH keys "foo" \(slot 12182\) and "bar" \(slot 5061\) hash to different slots: go-redis refuses the WATCH on a cluster`
	rdb.Watch(ctx, func(tx *goredis.Tx) error {
		_, err := tx.TxPipelined(ctx, func(pipe goredis.Pipeliner) error {
			pipe.Set(ctx, "bar", 1, 0)
			return nil
		})
		return err
	}, "foo") // want `keys of the WATCH block "foo" \(WATCH, slot 12182\) and "bar" \(SET, slot 5061\) hash to different slots: the transaction fails on a cluster`
	rdb.Watch(ctx, func(tx *goredis.Tx) error {
		_, err := tx.TxPipelined(ctx, func(pipe goredis.Pipeliner) error {
			pipe.Set(ctx, "{acct:1}:balance", 1, 0)
			return nil
		})
		return err
	}, "{acct:1}:balance", "{acct:1}:log")
}

func ignored(ctx context.Context, rdb *goredis.ClusterClient) {
	//redislint:ignore crossslot these keys live in a one-node dev cluster only
	rdb.MGet(ctx, "foo", "bar")
	rdb.MGet(ctx, "foo", "bar") //redislint:ignore nodelocal,crossslot same reason on the line itself
	//redislint:ignore crossslot // want `redislint:ignore crossslot needs a reason`
	rdb.MGet(ctx, "foo", "bar") // want `MGET keys "foo"`
	//redislint:ignore crossslot nothing to silence here // want `redislint:ignore crossslot silences nothing: remove it`
	rdb.MGet(ctx, "{a}foo", "{a}bar")
	//redislint:ignore standaloneclient not ours: another analyzer's directive is left alone
	rdb.MGet(ctx, "{a}foo", "{a}bar")
}
