package redis

import "context"

// The real fields are a *crypto/tls.Config and a net.Conn. The stub keeps
// the fields but not those packages: analysistest type-checks every import
// from source, and crypto/tls with net was most of each test's time.
type (
	tlsConfig struct{}
	netConn   interface{ Close() error }
)

type Options struct {
	Network   string
	Addr      string
	Dialer    func(ctx context.Context, network, addr string) (netConn, error)
	Username  string
	Password  string
	DB        int
	TLSConfig *tlsConfig
}

type ClusterOptions struct {
	Addrs          []string
	ReadOnly       bool
	RouteByLatency bool
	RouteRandomly  bool
	Password       string
	TLSConfig      *tlsConfig
}

type UniversalOptions struct {
	Addrs         []string
	DB            int
	Password      string
	MasterName    string
	IsClusterMode bool
	ReadOnly      bool
	TLSConfig     *tlsConfig
}

type RingOptions struct {
	Addrs map[string]string
	DB    int
}

type FailoverOptions struct {
	MasterName    string
	SentinelAddrs []string
	DB            int
}

type Client struct {
	cmdable
}

func NewClient(opt *Options) *Client { return &Client{} }

func NewFailoverClient(failoverOpt *FailoverOptions) *Client { return &Client{} }

func (c *Client) Conn() *Conn                                      { return &Conn{} }
func (c *Client) Close() error                                     { return nil }
func (c *Client) Pipeline() Pipeliner                              { return &Pipeline{} }
func (c *Client) TxPipeline() Pipeliner                            { return &Pipeline{} }
func (c *Client) Do(ctx context.Context, args ...interface{}) *Cmd { return nil }
func (c *Client) Pipelined(ctx context.Context, fn func(Pipeliner) error) ([]Cmder, error) {
	return nil, nil
}
func (c *Client) TxPipelined(ctx context.Context, fn func(Pipeliner) error) ([]Cmder, error) {
	return nil, nil
}
func (c *Client) Watch(ctx context.Context, fn func(*Tx) error, keys ...string) error { return nil }

type Conn struct {
	cmdable
	statefulCmdable
}

type ClusterClient struct {
	cmdable
}

func NewClusterClient(opt *ClusterOptions) *ClusterClient { return &ClusterClient{} }

func NewFailoverClusterClient(failoverOpt *FailoverOptions) *ClusterClient {
	return &ClusterClient{}
}

func (c *ClusterClient) Close() error                                     { return nil }
func (c *ClusterClient) Pipeline() Pipeliner                              { return &Pipeline{} }
func (c *ClusterClient) TxPipeline() Pipeliner                            { return &Pipeline{} }
func (c *ClusterClient) Do(ctx context.Context, args ...interface{}) *Cmd { return nil }
func (c *ClusterClient) Pipelined(ctx context.Context, fn func(Pipeliner) error) ([]Cmder, error) {
	return nil, nil
}
func (c *ClusterClient) TxPipelined(ctx context.Context, fn func(Pipeliner) error) ([]Cmder, error) {
	return nil, nil
}
func (c *ClusterClient) Watch(ctx context.Context, fn func(*Tx) error, keys ...string) error {
	return nil
}
func (c *ClusterClient) ForEachMaster(ctx context.Context, fn func(ctx context.Context, client *Client) error) error {
	return nil
}
func (c *ClusterClient) ForEachShard(ctx context.Context, fn func(ctx context.Context, client *Client) error) error {
	return nil
}

type Ring struct {
	cmdable
}

func NewRing(opt *RingOptions) *Ring { return &Ring{} }

func (c *Ring) Close() error                                     { return nil }
func (c *Ring) Pipeline() Pipeliner                              { return &Pipeline{} }
func (c *Ring) TxPipeline() Pipeliner                            { return &Pipeline{} }
func (c *Ring) Do(ctx context.Context, args ...interface{}) *Cmd { return nil }
func (c *Ring) Pipelined(ctx context.Context, fn func(Pipeliner) error) ([]Cmder, error) {
	return nil, nil
}
func (c *Ring) TxPipelined(ctx context.Context, fn func(Pipeliner) error) ([]Cmder, error) {
	return nil, nil
}
func (c *Ring) Watch(ctx context.Context, fn func(*Tx) error, keys ...string) error { return nil }

func NewUniversalClient(opts *UniversalOptions) UniversalClient {
	if len(opts.Addrs) > 1 || opts.IsClusterMode {
		return NewClusterClient(&ClusterOptions{Addrs: opts.Addrs})
	}
	return NewClient(&Options{Addr: opts.Addrs[0]})
}

type Tx struct {
	cmdable
	statefulCmdable
}

func (c *Tx) Watch(ctx context.Context, keys ...string) *StatusCmd   { return nil }
func (c *Tx) Unwatch(ctx context.Context, keys ...string) *StatusCmd { return nil }
func (c *Tx) Pipeline() Pipeliner                                    { return &Pipeline{} }
func (c *Tx) TxPipeline() Pipeliner                                  { return &Pipeline{} }
func (c *Tx) Pipelined(ctx context.Context, fn func(Pipeliner) error) ([]Cmder, error) {
	return nil, nil
}
func (c *Tx) TxPipelined(ctx context.Context, fn func(Pipeliner) error) ([]Cmder, error) {
	return nil, nil
}

type Pipeline struct {
	cmdable
	statefulCmdable
}

func (c *Pipeline) Len() int                                         { return 0 }
func (c *Pipeline) Do(ctx context.Context, args ...interface{}) *Cmd { return nil }
func (c *Pipeline) Discard()                                         {}
func (c *Pipeline) Exec(ctx context.Context) ([]Cmder, error)        { return nil, nil }
func (c *Pipeline) Pipeline() Pipeliner                              { return c }
func (c *Pipeline) TxPipeline() Pipeliner                            { return c }
func (c *Pipeline) Pipelined(ctx context.Context, fn func(Pipeliner) error) ([]Cmder, error) {
	return nil, nil
}
func (c *Pipeline) TxPipelined(ctx context.Context, fn func(Pipeliner) error) ([]Cmder, error) {
	return nil, nil
}

var (
	_ UniversalClient = (*Client)(nil)
	_ UniversalClient = (*ClusterClient)(nil)
	_ UniversalClient = (*Ring)(nil)
	_ Pipeliner       = (*Pipeline)(nil)
)

type CommandInfoResolver struct{}

func (c *ClusterClient) NewDynamicResolver() *CommandInfoResolver      { return nil }
func (c *ClusterClient) SetCommandInfoResolver(r *CommandInfoResolver) {}

func (c *ClusterClient) SSubscribe(ctx context.Context, channels ...string) *PubSub { return &PubSub{} }

// Cluster, Failover and Simple build the other options from the universal
// ones (Simple takes the first address).
func (o *UniversalOptions) Cluster() *ClusterOptions {
	return &ClusterOptions{Addrs: o.Addrs, Password: o.Password, ReadOnly: o.ReadOnly}
}

func (o *UniversalOptions) Failover() *FailoverOptions {
	return &FailoverOptions{MasterName: o.MasterName, SentinelAddrs: o.Addrs, DB: o.DB}
}

func (o *UniversalOptions) Simple() *Options {
	addr := "127.0.0.1:6379"
	if len(o.Addrs) > 0 {
		addr = o.Addrs[0]
	}
	return &Options{Addr: addr, DB: o.DB, Password: o.Password}
}
