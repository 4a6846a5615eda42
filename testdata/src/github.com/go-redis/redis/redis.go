// Package redis is a stub of github.com/go-redis/redis (v6.15.9): no
// context parameters; commands are declared on *cmdable.
package redis

type Options struct {
	Addr string
	DB   int
}

type ClusterOptions struct {
	Addrs []string
}

type StringSliceCmd struct{}
type StatusCmd struct{}

type cmdable struct{ process func(cmd interface{}) error }

func (c *cmdable) Keys(pattern string) *StringSliceCmd { return nil }
func (c *cmdable) FlushAll() *StatusCmd                { return nil }

type Client struct{ cmdable }

func NewClient(opt *Options) *Client { return &Client{} }

type ClusterClient struct{ cmdable }

func NewClusterClient(opt *ClusterOptions) *ClusterClient { return &ClusterClient{} }
