// Package keysroute lists keys with KEYS on go-redis v9.14.1, which sends
// KEYS to the master of its pattern's slot (nodelocal's doc, FACTS.md).
package keysroute

import (
	"context"

	"github.com/redis/go-redis/v9"
)

// Tagged patterns: every key they match is in the slot of their tag, on
// the master that answers.
func Queue(ctx context.Context, c *redis.ClusterClient, u redis.UniversalClient, q string) {
	c.Keys(ctx, "jobs:{"+q+"}:t:*")
	u.Keys(ctx, "jobs:{"+q+"}:p:*")
	c.Do(ctx, "KEYS", "jobs:{"+q+"}:r:*")
	prefix := "jobs:{" + q + "}"
	c.Keys(ctx, prefix+":s:*")
}

// Untagged patterns, or a tag after the first wildcard: one node's keys.
func All(ctx context.Context, c *redis.ClusterClient, q string) {
	c.Keys(ctx, "jobs:"+q+":*")     // want KEYS
	c.Do(ctx, "KEYS", "*")          // want KEYS
	c.Keys(ctx, "*{"+q+"}")         // want KEYS
	c.Scan(ctx, 0, "{"+q+"}:*", 10) // want SCAN: routed by its cursor
}
