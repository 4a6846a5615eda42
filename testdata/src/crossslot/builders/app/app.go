package app

import (
	"context"
	"fmt"
	"math/rand"
	"strconv"
	"strings"

	"github.com/redis/go-redis/v9"

	"crossslot/builders/keys"
)

func profileKey(id int64) string  { return fmt.Sprintf("profile:%d", id) }
func settingsKey(id int64) string { return fmt.Sprintf("settings:%d", id) }

func taggedKey(id int64, f string) string { return fmt.Sprintf("{user:%d}:%s", id, f) }

func local(ctx context.Context, rdb *redis.ClusterClient, id int64) {
	rdb.MGet(ctx, profileKey(id), settingsKey(id)) // want `MGET keys profileKey\(id\) = "profile:%d" and settingsKey\(id\) = "settings:%d" carry no hash tag: they hash to different slots for almost every id: CROSSSLOT on a cluster`
	rdb.MGet(ctx, taggedKey(id, "profile"), taggedKey(id, "settings"))
	rdb.MGet(ctx, profileKey(7), settingsKey(7)) // want `MGET keys "profile:7" \(slot \d+\) and "settings:7" \(slot \d+\) hash to different slots`
}

func imported(ctx context.Context, rdb *redis.ClusterClient, id int64, ks keys.Keys, uid string) {
	rdb.MGet(ctx, keys.Profile(id), keys.Settings(id)) // want `MGET keys keys.Profile\(id\) = "profile:%d" and keys.Settings\(id\) = "settings:%d" carry no hash tag`
	rdb.MGet(ctx, keys.TaggedProfile(id), keys.TaggedSettings(id))
	rdb.Del(ctx, keys.User(id, "a"), keys.User(id, "b")) // want `DEL keys keys.User\(id, "a"\) = "user:%d:a" and keys.User\(id, "b"\) = "user:%d:b" carry no hash tag`
	rdb.MGet(ctx, ks.Inbox(id), ks.Feed(id))             // want `MGET keys ks.Inbox\(id\) = "%s:inbox:%d" and ks.Feed\(id\) = "%s:feed:%d" carry no hash tag: they hash to different slots for almost every value of id and ks.NS, unless ks.NS carries its own hash tag`
	tagged := keys.Keys{NS: "{app}"}
	rdb.MGet(ctx, tagged.Inbox(id), tagged.Feed(id))
	rdb.MGet(ctx, keys.Of(uid).Posts(), keys.Of(uid).Likes()) // want `MGET keys keys.Of\(uid\).Posts\(\) = "u:%s:posts" and keys.Of\(uid\).Likes\(\) = "u:%s:likes" carry no hash tag`
	rdb.MGet(ctx, keys.OfTagged(uid).Posts(), keys.OfTagged(uid).Likes())
}

// Partly known keys.

func prefix(ctx context.Context, rdb *redis.ClusterClient, room, id string) {
	rdb.Del(ctx, "egress", "egress:room:"+room) // want `DEL keys "egress" \(slot \d+\) and "egress:room:" \+ room carry no hash tag: they hash to different slots for almost every room`
	rdb.Del(ctx, "q", "q"+id)                   // want `DEL keys "q" \(slot \d+\) and "q" \+ id carry no hash tag`
	rdb.Del(ctx, "{egress}", "{egress}:room:"+room)
	rdb.Watch(ctx, func(tx *redis.Tx) error { return nil }, "egress", "egress:room:"+room) // want `WATCH keys "egress" \(slot \d+\) and "egress:room:" \+ room carry no hash tag`
	rdb.TxPipelined(ctx, func(p redis.Pipeliner) error {
		p.Incr(ctx, "egress") // want `transaction keys "egress" \(INCR, slot \d+\) and "egress:room:" \+ room \(SET\) carry no hash tag`
		p.Set(ctx, "egress:room:"+room, 1, 0)
		return nil
	})
}

func asynq(ctx context.Context, rdb *redis.ClusterClient, q string) {
	rdb.SMove(ctx, "asynq:{"+q+"}:pending", "asynq:queues", "x") // want `SMOVE keys "asynq:\{" \+ q \+ "\}:pending" and "asynq:queues" \(slot \d+\) do not share a hash tag: they hash to different slots for almost every q`
	rdb.SMove(ctx, "asynq:{"+q+"}:pending", "asynq:{"+q+"}:active", "x")
}

func tmp(ctx context.Context, rdb *redis.ClusterClient, k string) {
	t := k + strconv.Itoa(rand.Int()) + "_tmp"
	rdb.Rename(ctx, t, k) // want `RENAME keys t and k carry no hash tag: they hash to different slots for almost every value of k and rand.Int\(\), unless k carries its own hash tag`
	tt := "{" + k + "}" + strconv.Itoa(rand.Int()) + "_tmp"
	rdb.Rename(ctx, tt, "{"+k+"}")
}

const queueTpl = "asynq:{queue}:pending"

func replaced(ctx context.Context, rdb *redis.ClusterClient, name string) {
	pending := strings.Replace(queueTpl, "{queue}", name, 1)
	rdb.SMove(ctx, pending, "asynq:{queue}:active", "x") // want `SMOVE keys pending and "asynq:\{queue\}:active" \(slot \d+\) do not share a hash tag: they hash to different slots for almost every name`
	r := strings.NewReplacer("{queue}", "{"+name+"}")
	rdb.SMove(ctx, r.Replace(queueTpl), r.Replace("asynq:{queue}:active"), "x")
}

type store struct {
	rdb        *redis.ClusterClient
	pendingKey string
	activeKey  string
	prefix     string
}

var archiveKey = "archive"

func newStore(rdb *redis.ClusterClient, prefix string) *store {
	return &store{rdb: rdb, pendingKey: "jobs:pending", activeKey: "jobs:active", prefix: prefix}
}

func (s *store) fields(ctx context.Context) {
	s.rdb.SMove(ctx, s.pendingKey, s.activeKey, "x") // want `SMOVE keys "jobs:pending" \(slot \d+\) and "jobs:active" \(slot \d+\) hash to different slots`
	s.rdb.Rename(ctx, s.pendingKey, archiveKey)      // want `RENAME keys "jobs:pending" \(slot \d+\) and "archive" \(slot \d+\) hash to different slots`
	s.rdb.MGet(ctx, s.prefix+":a", s.prefix+":b")    // want `MGET keys s.prefix \+ ":a" and s.prefix \+ ":b" carry no hash tag: they hash to different slots for almost every s.prefix, unless s.prefix carries its own hash tag`
}
