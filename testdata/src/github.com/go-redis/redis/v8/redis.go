// Package redis is a stub of github.com/go-redis/redis/v8 (v8.11.5) for
// redislint's tests: the client constructors, their options, and the few
// commands the tests call. Commands are declared on the unexported cmdable
// and statefulCmdable, as in the real package.
package redis

import (
	"context"
	"time"
)

type Options struct {
	Addr     string
	Password string
	DB       int
}

type ClusterOptions struct {
	Addrs    []string
	Password string
}

type UniversalOptions struct {
	Addrs      []string
	DB         int
	Password   string
	MasterName string
}

type FailoverOptions struct {
	MasterName    string
	SentinelAddrs []string
	DB            int
}

type Cmd struct{}
type StatusCmd struct{}
type IntCmd struct{}
type StringCmd struct{}
type StringSliceCmd struct{}
type ScanCmd struct{}

type cmdable func(ctx context.Context, cmd interface{}) error
type statefulCmdable func(ctx context.Context, cmd interface{}) error

func (c cmdable) Get(ctx context.Context, key string) *StringCmd { return nil }
func (c cmdable) Set(ctx context.Context, key string, value interface{}, expiration time.Duration) *StatusCmd {
	return nil
}
func (c cmdable) Keys(ctx context.Context, pattern string) *StringSliceCmd { return nil }
func (c cmdable) Scan(ctx context.Context, cursor uint64, match string, count int64) *ScanCmd {
	return nil
}
func (c cmdable) FlushAll(ctx context.Context) *StatusCmd                  { return nil }
func (c cmdable) DBSize(ctx context.Context) *IntCmd                       { return nil }
func (c cmdable) ClusterNodes(ctx context.Context) *StringCmd              { return nil }
func (c statefulCmdable) Select(ctx context.Context, index int) *StatusCmd { return nil }

type Cmdable interface {
	Get(ctx context.Context, key string) *StringCmd
	Keys(ctx context.Context, pattern string) *StringSliceCmd
	Scan(ctx context.Context, cursor uint64, match string, count int64) *ScanCmd
	FlushAll(ctx context.Context) *StatusCmd
	DBSize(ctx context.Context) *IntCmd
}

type UniversalClient interface {
	Cmdable
	Do(ctx context.Context, args ...interface{}) *Cmd
	Close() error
}

type Client struct{ cmdable }

func NewClient(opt *Options) *Client                               { return &Client{} }
func NewFailoverClient(failoverOpt *FailoverOptions) *Client       { return &Client{} }
func (c *Client) Do(ctx context.Context, args ...interface{}) *Cmd { return nil }
func (c *Client) Close() error                                     { return nil }

type ClusterClient struct{ cmdable }

func NewClusterClient(opt *ClusterOptions) *ClusterClient                  { return &ClusterClient{} }
func NewFailoverClusterClient(failoverOpt *FailoverOptions) *ClusterClient { return &ClusterClient{} }
func (c *ClusterClient) Do(ctx context.Context, args ...interface{}) *Cmd  { return nil }
func (c *ClusterClient) Close() error                                      { return nil }
func (c *ClusterClient) DBSize(ctx context.Context) *IntCmd                { return nil }

func NewUniversalClient(opts *UniversalOptions) UniversalClient {
	if opts.MasterName != "" {
		return NewFailoverClient(&FailoverOptions{})
	} else if len(opts.Addrs) > 1 {
		return NewClusterClient(&ClusterOptions{Addrs: opts.Addrs})
	}
	return NewClient(&Options{})
}

type Cmder interface{}

type Pipeliner interface {
	Cmdable
	Set(ctx context.Context, key string, value interface{}, expiration time.Duration) *StatusCmd
	Exec(ctx context.Context) ([]Cmder, error)
}

func (c *ClusterClient) TxPipelined(ctx context.Context, fn func(Pipeliner) error) ([]Cmder, error) {
	return nil, nil
}
