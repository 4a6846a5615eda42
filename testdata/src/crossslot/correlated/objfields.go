package correlated

import (
	"context"

	"github.com/redis/go-redis/v9"
)

// A cache whose client field holds a cluster client in one constructor and
// a single node's in another, and is written nowhere else: a use reads the
// literal that built its object.
type objCache struct {
	rdb redis.UniversalClient
}

func newClusterObjCache() *objCache {
	return &objCache{rdb: redis.NewClusterClient(&redis.ClusterOptions{Addrs: []string{"10.0.0.1:7000", "10.0.0.2:7000"}})}
}

func newLocalObjCache() *objCache {
	return &objCache{rdb: redis.NewClient(&redis.Options{Addr: "127.0.0.1:6379"})}
}

func warmLocal(ctx context.Context) {
	c := newLocalObjCache()
	c.rdb.MGet(ctx, "user:1", "order:2")
}

func warmCluster(ctx context.Context) {
	c := newClusterObjCache()
	c.rdb.MGet(ctx, "user:1", "order:2") // want `^MGET keys "user:1" \(slot 10778\) and "order:2" \(slot 2117\) hash to different slots: CROSSSLOT on a cluster$`
}

// modeCache's field is written after construction: a use reads the write
// just before it, in a mode switch.
type modeCache struct {
	rdb redis.UniversalClient
}

func (c *modeCache) reset(ctx context.Context, cluster bool) {
	if cluster {
		c.rdb = redis.NewClusterClient(&redis.ClusterOptions{Addrs: []string{"10.0.0.1:7000", "10.0.0.2:7000"}})
		c.rdb.Del(ctx, "user:1", "order:2") // want `^DEL keys "user:1" \(slot 10778\) and "order:2" \(slot 2117\) hash to different slots: CROSSSLOT on a cluster$`
	} else {
		c.rdb = redis.NewClient(&redis.Options{Addr: "127.0.0.1:6379"})
		c.rdb.Del(ctx, "user:1", "order:2")
	}
}
