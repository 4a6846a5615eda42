package goredis

import (
	"context"
	"fmt"

	"github.com/redis/go-redis/v9"
)

// A keyspace channel built at run time still names keyspace events: the
// pattern a watcher builds from its key and database, held in a field.
type watcher struct {
	rdb     *redis.ClusterClient
	channel string
	db      int
}

func newWatcher(key string, db int) *watcher {
	return &watcher{
		rdb:     redis.NewClusterClient(&redis.ClusterOptions{Addrs: seeds}),
		channel: "__keyspace@0__:" + key,
		db:      db,
	}
}

func (w *watcher) watch(ctx context.Context, key string) {
	w.rdb.Subscribe(ctx, w.channel)                               // want `^SUBSCRIBE "__keyspace@0__:" \+ w.channel on a cluster client hears the keyspace events of one node only: subscribe on every master with ForEachMaster$`
	w.rdb.PSubscribe(ctx, fmt.Sprintf("__keyevent@%d__:*", w.db)) // want `^PSUBSCRIBE "__keyevent@" \+ w.db \+ "__:\*" on a cluster client hears`
	var ch string
	if key != "" {
		ch = "__keyspace@0__:" + key
	} else {
		ch = "orders"
	}
	w.rdb.Subscribe(ctx, ch) // want `^SUBSCRIBE "__keyspace@0__:" \+ key on a cluster client hears`

	// Plain channels built at run time: every node forwards them.
	w.rdb.Subscribe(ctx, "orders:"+key)
	w.rdb.Subscribe(ctx, fmt.Sprintf("%s:events", key))

	// The twin: per master.
	w.rdb.ForEachMaster(ctx, func(ctx context.Context, m *redis.Client) error {
		m.Subscribe(ctx, w.channel)
		return nil
	})
}
