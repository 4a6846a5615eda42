// Package radix is a stub of github.com/mediocregopher/radix/v4 (v4.1.4)
// for redislint's tests: constructors are methods of config values.
package radix

import "context"

type Action interface{ Properties() ActionProperties }

type ActionProperties struct{ Keys []string }

type cmdAction struct{}

func (c *cmdAction) Properties() ActionProperties { return ActionProperties{} }

func Cmd(rcv interface{}, cmd string, args ...string) Action          { return &cmdAction{} }
func FlatCmd(rcv interface{}, cmd string, args ...interface{}) Action { return &cmdAction{} }

type Client interface {
	Do(context.Context, Action) error
	Close() error
}

type Conn interface{ Client }

type PoolConfig struct{ Size int }

func (cfg PoolConfig) New(ctx context.Context, network, addr string) (Client, error) {
	return nil, nil
}

type Dialer struct{}

func (d Dialer) Dial(ctx context.Context, network, addr string) (Conn, error) { return nil, nil }

func Dial(ctx context.Context, network, addr string) (Conn, error) { return nil, nil }

type Cluster struct{}

func (c *Cluster) Do(ctx context.Context, a Action) error { return nil }
func (c *Cluster) Close() error                           { return nil }

type ClusterConfig struct{}

func (cfg ClusterConfig) New(ctx context.Context, clusterAddrs []string) (*Cluster, error) {
	return &Cluster{}, nil
}

type Sentinel struct{}

type SentinelConfig struct{}

func (cfg SentinelConfig) New(ctx context.Context, primaryName string, sentinelAddrs []string) (*Sentinel, error) {
	return &Sentinel{}, nil
}
