package goredis

import (
	"context"
	"os"

	"github.com/redis/go-redis/v9"
)

// PUBSUB NUMSUB, CHANNELS and NUMPAT answer for the node they reach
// (measured on three masters: a subscriber on one master, a pattern
// subscriber on another; the cluster client's answers were one node's),
// as socket.io's Redis adapter counts its servers.
func pubsubCounts(single *redis.Client) {
	rdb := redis.NewClusterClient(&redis.ClusterOptions{Addrs: seeds})
	rdb.PubSubNumSub(ctx, "socket.io#/#")  // want `^PUBSUB NUMSUB on a cluster client counts the subscribers connected to one node only: add up the counts of every node with ForEachShard$`
	rdb.PubSubChannels(ctx, "socket.io*")  // want `^PUBSUB CHANNELS on a cluster client lists the channels subscribed on one node only: merge the channels of every node with ForEachShard$`
	rdb.PubSubNumPat(ctx)                  // want `^PUBSUB NUMPAT on a cluster client counts the pattern subscriptions on one node only`
	rdb.PubSubShardNumSub(ctx, "orders:1") // a shard channel's counts are its shard's

	// The same commands sent raw, the subcommand read from the word after.
	rdb.Do(ctx, "PUBSUB", "NUMSUB", "socket.io#/#")      // want `^PUBSUB NUMSUB on a cluster client counts the subscribers connected to one node only: add up the counts of every node with ForEachShard$`
	rdb.Do(ctx, "pubsub", "channels")                    // want `^PUBSUB CHANNELS on a cluster client lists the channels subscribed on one node only`
	rdb.Do(ctx, "PUBSUB", "SHARDNUMSUB", "orders:1")     // per shard by design
	rdb.Do(ctx, "PUBSUB", os.Getenv("VERB"), "orders:1") // a subcommand the analysis cannot read

	// The twins: every node, and a single node.
	rdb.ForEachShard(ctx, func(ctx context.Context, c *redis.Client) error {
		c.PubSubNumSub(ctx, "socket.io#/#")
		return nil
	})
	single.PubSubNumSub(ctx, "socket.io#/#")
}

// A library's client of either kind (socket.io's RedisClient.Client).
type adapter struct{ client redis.UniversalClient }

func newAdapter(c redis.UniversalClient) *adapter { return &adapter{client: c} }

func (a *adapter) serverCount(channel string) int64 {
	n := a.client.PubSubNumSub(ctx, channel).Val() // want `^PUBSUB NUMSUB counts the subscribers connected to one node only if this redis.UniversalClient is a cluster client`
	return n[channel]
}
