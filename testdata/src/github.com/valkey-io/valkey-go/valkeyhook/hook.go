// Package valkeyhook is a stub of github.com/valkey-io/valkey-go/valkeyhook
// (v1.0.79) for redislint's tests: WithHook, which wraps a client.
package valkeyhook

import (
	"context"

	"github.com/valkey-io/valkey-go"
)

// Hook intercepts the commands of a client.
type Hook interface {
	Do(client valkey.Client, ctx context.Context, cmd valkey.Completed) (resp valkey.ValkeyResult)
}

// WithHook returns a client that runs every command on client, through hook.
func WithHook(client valkey.Client, hook Hook) valkey.Client { return client }
