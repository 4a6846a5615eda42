// outcome: ok
// valkey-glide subscribes each shard channel on its own shard (measured):
// SSubscribe of channels of two slots, on two masters, receives from both,
// and so do a client configured with a ShardedClusterChannelMode
// subscription of both and one that sends SSUBSCRIBE with CustomCommand. redislint must stay silent, and the program works.
package main

import (
	"context"
	"time"

	glide "github.com/valkey-io/valkey-glide/go/v2"
	"github.com/valkey-io/valkey-glide/go/v2/config"

	"example.com/live/internal/env"
	"example.com/live/internal/glideenv"
)

func main() {
	ctx := context.Background()
	channels := []string{"orders:eu", "orders:us"}
	dynamic, err := glide.NewClusterClient(glideenv.Cluster().WithSubscriptionConfig(config.NewClusterSubscriptionConfig()))
	env.Check(err)
	defer dynamic.Close()
	env.Check(dynamic.SSubscribe(ctx, []string{"orders:eu", "orders:us"}, 5000))
	sub := config.NewClusterSubscriptionConfig().
		WithSubscription(config.ShardedClusterChannelMode, "orders:eu").
		WithSubscription(config.ShardedClusterChannelMode, "orders:us")
	configured, err := glide.NewClusterClient(glideenv.Cluster().WithSubscriptionConfig(sub))
	env.Check(err)
	defer configured.Close()

	raw, err := glide.NewClusterClient(glideenv.Cluster().WithSubscriptionConfig(config.NewClusterSubscriptionConfig()))
	env.Check(err)
	defer raw.Close()
	_, err = raw.CustomCommand(ctx, []string{"SSUBSCRIBE", "orders:eu", "orders:us"})
	env.Check(err)
	time.Sleep(500 * time.Millisecond) // CustomCommand does not wait for the subscription

	pub, err := glide.NewClusterClient(glideenv.Cluster())
	env.Check(err)
	defer pub.Close()
	for _, ch := range channels {
		n, err := pub.Publish(ctx, ch, "shipped", true)
		env.Check(err)
		env.Count("subscribers of "+ch, int(n), 3)
	}
	for _, c := range []*glide.ClusterClient{dynamic, configured, raw} {
		q, err := c.GetQueue()
		env.Check(err)
		got := map[string]bool{}
		deadline := time.Now().Add(5 * time.Second)
		for len(got) < len(channels) && time.Now().Before(deadline) {
			if m := q.Pop(); m != nil {
				got[m.Channel] = true
				continue
			}
			time.Sleep(20 * time.Millisecond)
		}
		env.Count("channels received", len(got), len(channels))
	}
	env.OK()
}
