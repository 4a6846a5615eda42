// Package rueidishook is a stub of github.com/redis/rueidis/rueidishook
// (v1.0.79) for redislint's tests: WithHook, which wraps a client.
package rueidishook

import (
	"context"

	"github.com/redis/rueidis"
)

// Hook intercepts the commands of a client.
type Hook interface {
	Do(client rueidis.Client, ctx context.Context, cmd rueidis.Completed) (resp rueidis.RedisResult)
}

// WithHook returns a client that runs every command on client, through hook.
func WithHook(client rueidis.Client, hook Hook) rueidis.Client { return client }
