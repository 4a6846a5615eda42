package db

import (
	"context"

	"github.com/redis/go-redis/v9"
)

var bg = context.Background()

// QueueFooBar is a transaction callback declared in another package.
func QueueFooBar(p redis.Pipeliner) error {
	p.Set(bg, "foo", 1, 0)
	p.Set(bg, "bar", 1, 0)
	return nil
}

// QueueTagged is its correct twin.
func QueueTagged(p redis.Pipeliner) error {
	p.Set(bg, "{user}:a", 1, 0)
	p.Set(bg, "{user}:b", 1, 0)
	return nil
}
