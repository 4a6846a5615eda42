package model

import (
	"go/types"
	"strings"
)

// Keyspace notifications are published by each node for its own keys
// only: a subscriber hears the events of the node it is subscribed on.
// Measured with go-redis v9.23.0 on three masters of redis-server 7.0.15
// (notify-keyspace-events KEA), 30 keys set through a ClusterClient:
// PSubscribe(ctx, "__keyspace@0__:*") heard 13 of them, Subscribe(ctx,
// "__keyevent@0__:set") 7.

// SubscribeCommand returns the Redis command a subscribing method sends
// (SUBSCRIBE, PSUBSCRIBE), if fn is one.
func SubscribeCommand(fn *types.Func) (string, bool) {
	if !matchRef(fn, tables().keyspaceSubscribers, true) {
		return "", false
	}
	return strings.ToUpper(fn.Name()), true
}

// IsKeyspaceChannel reports whether a channel or pattern names keyspace
// or keyevent notifications (__keyspace@0__:*, __keyevent@0__:expired).
func IsKeyspaceChannel(s string) bool {
	return strings.HasPrefix(s, "__keyspace@") || strings.HasPrefix(s, "__keyevent@") ||
		strings.HasPrefix(s, "__key*@") || strings.HasPrefix(s, "__key*__")
}
