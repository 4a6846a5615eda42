// Package valkey is a stub of github.com/valkey-io/valkey-go (v1.0.79) for
// redislint's tests: NewClient, its options, and Client.
package valkey

import (
	"context"
	"time"

	"github.com/valkey-io/valkey-go/internal/cmds"
)

type Builder = cmds.Builder
type Completed = cmds.Completed

type SentinelOption struct {
	MasterSet string
	Username  string
	Password  string
}

type ClusterOption struct {
	ShardsRefreshInterval time.Duration
}

type ClientOption struct {
	Sentinel          SentinelOption
	Username          string
	Password          string
	InitAddress       []string
	SelectDB          int
	ClusterOption     ClusterOption
	ShuffleInit       bool
	DisableCache      bool
	ForceSingleClient bool
}

type ValkeyResult struct{}

func (r ValkeyResult) Error() error                  { return nil }
func (r ValkeyResult) AsStrSlice() ([]string, error) { return nil, nil }

type CoreClient interface {
	B() Builder
	Do(ctx context.Context, cmd Completed) (resp ValkeyResult)
	Receive(ctx context.Context, subscribe Completed, fn func(msg PubSubMessage)) error
	DoMulti(ctx context.Context, multi ...Completed) (resp []ValkeyResult)
	Close()
}

type Client interface {
	CoreClient
	Dedicated(fn func(DedicatedClient) error) (err error)
	Nodes() map[string]Client
}

func NewClient(option ClientOption) (client Client, err error) { return nil, nil }
func ParseURL(str string) (opt ClientOption, err error)        { return ClientOption{}, nil }
func MustParseURL(str string) ClientOption                     { return ClientOption{} }

type PubSubMessage struct {
	Pattern string
	Channel string
	Message string
}
