// Package helper imports no client itself, only conn: it is a wrapper
// through another package.
package helper

import (
	"context"

	"example.com/wrap/conn"
)

// Swap renames a to b.
func Swap(ctx context.Context, a, b string) error {
	return conn.Cluster.Rename(ctx, a, b).Err()
}
