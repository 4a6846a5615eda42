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

// Appended twice, or not from empty: not one template.
func mixed(ctx context.Context, rdb *redis.ClusterClient, ids []int64) {
	ks := []string{"a"}
	for _, id := range ids {
		ks = append(ks, key(id))
	}
	rdb.MGet(ctx, ks...)
	var ks2 []string
	for _, id := range ids {
		ks2 = append(ks2, key(id))
		ks2 = append(ks2, key(id+1))
	}
	rdb.MGet(ctx, ks2...)
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
