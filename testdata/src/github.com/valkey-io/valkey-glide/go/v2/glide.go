// Package glide is a stub of github.com/valkey-io/valkey-glide/go/v2 (v2.5.3)
// for redislint's tests: the clients, whose commands are methods of the
// baseClient they embed.
package glide

import (
	"context"

	"github.com/valkey-io/valkey-glide/go/v2/config"
	"github.com/valkey-io/valkey-glide/go/v2/models"
	"github.com/valkey-io/valkey-glide/go/v2/pipeline"
)

type baseClient struct{ closed bool }

type Client struct {
	baseClient
}

type ClusterClient struct {
	baseClient
}

func NewClient(config *config.ClientConfiguration) (*Client, error) { return &Client{}, nil }

func NewClusterClient(config *config.ClusterClientConfiguration) (*ClusterClient, error) {
	return &ClusterClient{}, nil
}

func (client *baseClient) Close() {}

func (client *Client) CustomCommand(ctx context.Context, args []string) (any, error) { return nil, nil }

func (client *ClusterClient) CustomCommand(ctx context.Context, args []string) (models.ClusterValue[any], error) {
	return models.ClusterValue[any]{}, nil
}

func (client *ClusterClient) Exec(ctx context.Context, batch pipeline.ClusterBatch, raiseOnError bool) ([]any, error) {
	return nil, nil
}

func (client *Client) Select(ctx context.Context, index int64) (string, error) { return "", nil }

func (client *ClusterClient) Select(ctx context.Context, index int64) (string, error) { return "", nil }
