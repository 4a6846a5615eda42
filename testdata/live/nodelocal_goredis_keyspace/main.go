// outcome: MISSING
// twin: nodelocal_goredis_keyspace_ok
package main

import (
	"context"
	"fmt"
	"time"

	"github.com/redis/go-redis/v9"

	"example.com/live/internal/env"
)

// heard reads sub until the answer to a PING it sends after the writes:
// one connection answers in order, so every event its node published for
// them has arrived by then.
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
	env.Check(rdb.ForEachMaster(ctx, func(ctx context.Context, m *redis.Client) error {
		return m.ConfigSet(ctx, "notify-keyspace-events", "KA").Err()
	}))
	sub := rdb.PSubscribe(ctx, "__keyspace@0__:ks1:*") // want nodelocal `^PSUBSCRIBE "__keyspace@0__:ks1:\*" on a cluster client hears the keyspace events of one node only: subscribe on every master with ForEachMaster$`
	defer sub.Close()
	_, err := sub.Receive(ctx) // the subscription's confirmation
	env.Check(err)
	const n = 30
	for i := range n {
		env.Check(rdb.Set(ctx, fmt.Sprintf("ks1:%d", i), "v", 0).Err())
	}
	env.Count("keyspace events heard", heard(ctx, sub), n)
	env.OK()
}
