// Package keys builds keys and imports no Redis client. Under ./... it is
// read from source because it belongs to the module; when only lazyuse is
// analyzed, it is read from export data and its key builders are computed
// when lazyuse asks for them (a lazy package).
package keys

const Profile = "user:101:profile"

// ProfileOf is a key builder: a fact of this package.
func ProfileOf(id string) string { return "user:" + id + ":profile" }
