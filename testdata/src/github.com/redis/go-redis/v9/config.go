package redis

import "context"

// CONFIG and Pub/Sub, as in go-redis v9.23.0 (commands.go, osscluster.go,
// redis.go).

type MapStringStringCmd struct{ baseCmd }

func (c cmdable) ConfigGet(ctx context.Context, parameter string) *MapStringStringCmd { return nil }
func (c cmdable) ConfigSet(ctx context.Context, parameter, value string) *StatusCmd   { return nil }

type MapStringIntCmd struct{ baseCmd }

func (c *MapStringIntCmd) Val() map[string]int64 { return nil }

func (c cmdable) PubSubNumSub(ctx context.Context, channels ...string) *MapStringIntCmd { return nil }
func (c cmdable) PubSubChannels(ctx context.Context, pattern string) *StringSliceCmd    { return nil }
func (c cmdable) PubSubNumPat(ctx context.Context) *IntCmd                              { return nil }
func (c cmdable) PubSubShardNumSub(ctx context.Context, channels ...string) *MapStringIntCmd {
	return nil
}

type PubSub struct{}

func (c *PubSub) Close() error { return nil }

func (c *Client) Subscribe(ctx context.Context, channels ...string) *PubSub         { return nil }
func (c *Client) PSubscribe(ctx context.Context, channels ...string) *PubSub        { return nil }
func (c *ClusterClient) Subscribe(ctx context.Context, channels ...string) *PubSub  { return nil }
func (c *ClusterClient) PSubscribe(ctx context.Context, channels ...string) *PubSub { return nil }
