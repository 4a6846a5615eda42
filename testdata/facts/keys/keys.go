// Package keys builds keys and imports no Redis client: it is read from
// source because it belongs to the module.
package keys

import "example.com/commons"

const Profile = "user:101:profile"

// Order wraps the builder of example.com/commons, another module: a
// package that calls it in a key reads both from source.
func Order(id int64) string { return commons.OrderKey("acme", id) }
