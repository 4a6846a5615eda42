// Package app calls the wrappers of store (this module) and of
// example.com/wrap (another module that imports go-redis).
package app

import (
	"context"

	"example.com/facts/keys"
	"example.com/facts/store"
	"example.com/plain"
	"example.com/wrap"
	"example.com/wrap/helper"
)

func use(ctx context.Context, s *store.Store, w *wrap.Wrapper) {
	s.GetMany(ctx, keys.Profile, "user:101:settings")
	w.Rename(ctx, "foo", plain.Name)
	helper.Swap(ctx, "foo", "bar")
}

// label returns a string from a function of example.com/plain, but in no
// key position.
func label() string { return plain.Title(plain.Name) }

var _ = label()
