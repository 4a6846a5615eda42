// Package mock is a stub of github.com/redis/rueidis/mock (v1.0.80
// client.go): a gomock of rueidis.Client, whose Do records the call and
// sends nothing.
package mock

import (
	"context"

	"github.com/redis/rueidis"
	"go.uber.org/mock/gomock"
)

type ClientOption func(c any)

// WithSlotCheck makes B's builder panic on a command of several slots.
func WithSlotCheck() ClientOption { return func(c any) {} }

type Client struct{ ctrl *gomock.Controller }

func NewClient(ctrl *gomock.Controller, options ...ClientOption) *Client { return &Client{ctrl: ctrl} }

func (m *Client) B() rueidis.Builder { return rueidis.Builder{} }
func (m *Client) Do(ctx context.Context, cmd rueidis.Completed) rueidis.RedisResult {
	return rueidis.RedisResult{}
}
func (m *Client) DoMulti(ctx context.Context, multi ...rueidis.Completed) []rueidis.RedisResult {
	return nil
}
func (m *Client) Close() {}
func (m *Client) Receive(ctx context.Context, subscribe rueidis.Completed, fn func(msg rueidis.PubSubMessage)) error {
	return nil
}
func (m *Client) Dedicated(fn func(rueidis.DedicatedClient) error) error { return nil }
func (m *Client) Nodes() map[string]rueidis.Client                       { return nil }
