package fix

import (
	"context"
	"fmt"
	"strconv"

	"github.com/redis/go-redis/v9"
)

const (
	profileKey  = "user:101:profile"
	settingsKey = "user:101:settings"
)

func literals(ctx context.Context, rdb *redis.ClusterClient) {
	rdb.MGet(ctx, "user:101:profile", "user:101:settings") // want `MGET keys "user:101:profile" \(slot 14791\) and "user:101:settings" \(slot 6457\) hash to different slots`
	rdb.Rename(ctx, `cart:9:items`, `cart:9:items:old`)    // want `RENAME keys "cart:9:items"`
	rdb.Del(ctx, "user:101", "user:101:profile")           // want `DEL keys "user:101" \(slot 13437\) and "user:101:profile" \(slot 14791\)`
}

func constants(ctx context.Context, rdb *redis.ClusterClient) {
	rdb.MGet(ctx, profileKey, settingsKey) // want `MGET keys "user:101:profile"`
}

func templates(ctx context.Context, rdb *redis.ClusterClient, id int, cart string) {
	rdb.MGet(ctx, fmt.Sprintf("user:%d:profile", id), fmt.Sprintf("user:%d:settings", id)) // want `MGET keys "user:%d:profile" and "user:%d:settings" carry no hash tag: they hash to different slots for almost every id: CROSSSLOT on a cluster`
	rdb.Del(ctx, "cart:"+cart+":items", "cart:"+cart+":total")                             // want `DEL keys "cart:" \+ cart \+ ":items" and "cart:" \+ cart \+ ":total" carry no hash tag: they hash to different slots for almost every cart`
	k1 := "order:" + strconv.Itoa(id) + ":lines"
	k2 := "order:" + strconv.Itoa(id) + ":sum"
	rdb.MGet(ctx, k1, k2) // want `MGET keys k1 and k2 carry no hash tag`
}

func noFix(ctx context.Context, rdb *redis.ClusterClient) {
	rdb.MGet(ctx, "foo", "bar")               // want `MGET keys "foo" \(slot 12182\) and "bar" \(slot 5061\)`
	rdb.MGet(ctx, "{user:1}:a", "{user:2}:a") // want `MGET keys "\{user:1\}:a"`
}

func hashTagged(ctx context.Context, rdb *redis.ClusterClient, id int, cart string) {
	rdb.MGet(ctx, fmt.Sprintf("{user:%d}:profile", id), fmt.Sprintf("{user:%d}:settings", id))
	rdb.Del(ctx, "{cart:"+cart+"}:items", "{cart:"+cart+"}:total")
	rdb.MGet(ctx, fmt.Sprintf("{user:%d}:profile", id), fmt.Sprintf("{user:%d}:profile", id+1))
	rdb.MGet(ctx, "{"+cart+"}:a", "{"+cart+"}:b") // cart may be empty or start with '}': not provable, silent
}
