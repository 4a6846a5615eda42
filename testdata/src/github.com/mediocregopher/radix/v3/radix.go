// Package radix is a stub of github.com/mediocregopher/radix/v3 (v3.8.0)
// for redislint's tests.
package radix

type Action interface {
	Keys() []string
}

type CmdAction interface {
	Action
}

type cmdAction struct{}

func (c *cmdAction) Keys() []string { return nil }

func Cmd(rcv interface{}, cmd string, args ...string) CmdAction { return &cmdAction{} }
func FlatCmd(rcv interface{}, cmd, key string, args ...interface{}) CmdAction {
	return &cmdAction{}
}

type Client interface {
	Do(Action) error
	Close() error
}

type Conn interface {
	Client
}

type PoolOpt func()
type DialOpt func()
type ClusterOpt func()
type SentinelOpt func()

type Pool struct{}

func (p *Pool) Do(a Action) error { return nil }
func (p *Pool) Close() error      { return nil }

func NewPool(network, addr string, size int, opts ...PoolOpt) (*Pool, error) { return &Pool{}, nil }
func Dial(network, addr string, opts ...DialOpt) (Conn, error)               { return nil, nil }

type Cluster struct{}

func NewCluster(clusterAddrs []string, opts ...ClusterOpt) (*Cluster, error) { return &Cluster{}, nil }
func (c *Cluster) Do(a Action) error                                         { return nil }
func (c *Cluster) Close() error                                              { return nil }
func (c *Cluster) NewScanner(o ScanOpts) Scanner                             { return nil }

type Sentinel struct{}

func NewSentinel(primaryName string, sentinelAddrs []string, opts ...SentinelOpt) (*Sentinel, error) {
	return &Sentinel{}, nil
}
func (s *Sentinel) Do(a Action) error { return nil }
func (s *Sentinel) Close() error      { return nil }

type ScanOpts struct {
	Command string
	Pattern string
}

var ScanAllKeys = ScanOpts{Command: "SCAN"}

type Scanner interface {
	Next(*string) bool
	Close() error
}

func NewScanner(c Client, o ScanOpts) Scanner { return nil }
