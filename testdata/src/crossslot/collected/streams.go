package collected

import (
	"context"

	"github.com/redis/go-redis/v9"
)

// XREADGROUP over the streams of several queues, as go-workflows polls its
// queues: the keys and the IDs collected apart, in one loop, then given
// as append(keys, ids...).
func poll(ctx context.Context, rdb *redis.ClusterClient, queues []string) {
	streams := []string{}
	ids := []string{}
	for _, q := range queues {
		streams = append(streams, "queue:"+q+":stream")
		ids = append(ids, ">")
	}
	rdb.XReadGroup(ctx, &redis.XReadGroupArgs{ // want `XREADGROUP keys collected in a loop as "queue:" \+ q \+ ":stream" carry no hash tag`
		Streams: append(streams, ids...),
		Group:   "workers",
	})
}

// The same with every stream under one hash tag: one slot.
func pollTagged(ctx context.Context, rdb *redis.ClusterClient, queues []string) {
	var streams, ids []string
	for _, q := range queues {
		streams = append(streams, "{queues}:"+q)
		ids = append(ids, "0-0")
	}
	all := append(streams, ids...)
	rdb.XRead(ctx, &redis.XReadArgs{Streams: all})
}

// The second slice holds no IDs that can be seen: not read as keys and
// IDs.
func pollOpaque(ctx context.Context, rdb *redis.ClusterClient, queues, last []string) {
	var streams []string
	for _, q := range queues {
		streams = append(streams, "queue:"+q+":stream")
	}
	rdb.XRead(ctx, &redis.XReadArgs{Streams: append(streams, last...)})
}
