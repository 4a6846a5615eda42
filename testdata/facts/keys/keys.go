// Package keys builds keys and imports no Redis client. Under ./... it is
// read from source because it belongs to the module; when only lazyuse is
// analyzed, it is read from export data and its key builders are computed
// when lazyuse asks for them (a lazy package).
package keys

import "example.com/commons"

const Profile = "user:101:profile"

// Order wraps the builder of example.com/commons, another module: a
// package that calls it in a key reads both from source.
func Order(id int64) string { return commons.OrderKey("acme", id) }

// ProfileOf is a key builder: a fact of this package.
func ProfileOf(id string) string { return "user:" + id + ":profile" }
