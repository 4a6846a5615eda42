// outcome: ok
package main

import (
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/redis/go-redis/v9"

	"example.com/live/internal/env"
)

// heard reads sub until the answer to a PING it sends after the writes.
func heard(ctx context.Context, sub *redis.PubSub) int {
	env.Check(sub.Ping(ctx, "done"))
	n := 0
	for {
		msg, err := sub.ReceiveTimeout(ctx, 10*time.Second)
		env.Check(err)
		switch msg.(type) {
		case *redis.Message:
			n++
		case *redis.Pong:
			return n
		}
	}
}

func main() {
	ctx := context.Background()
	rdb := redis.NewClusterClient(&redis.ClusterOptions{Addrs: env.Seeds()})
	// One subscription per master, each through its own *redis.Client.
	var mu sync.Mutex
	var subs []*redis.PubSub
	env.Check(rdb.ForEachMaster(ctx, func(ctx context.Context, m *redis.Client) error {
		if err := m.ConfigSet(ctx, "notify-keyspace-events", "KA").Err(); err != nil {
			return err
		}
		sub := m.PSubscribe(ctx, "__keyspace@0__:ks2:*")
		if _, err := sub.Receive(ctx); err != nil {
			return err
		}
		mu.Lock()
		subs = append(subs, sub)
		mu.Unlock()
		return nil
	}))
	const n = 30
	for i := range n {
		env.Check(rdb.Set(ctx, fmt.Sprintf("ks2:%d", i), "v", 0).Err())
	}
	total := 0
	for _, sub := range subs {
		total += heard(ctx, sub)
		sub.Close()
	}
	env.Count("keyspace events heard", total, n)
	env.OK()
}
