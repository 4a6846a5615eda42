// Package keyfmt builds keys on top of keys' builders and imports no Redis
// client either: when only lazyuse is analyzed, both are lazy, and keyfmt's
// builder is computed from keys' (a lazy package's facts read by another
// lazy package's type-check).
package keyfmt

import "example.com/facts/keys"

// Session is a key builder in terms of keys.ProfileOf.
func Session(id string) string { return keys.ProfileOf(id) + ":session" }
