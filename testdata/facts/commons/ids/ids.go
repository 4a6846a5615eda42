// Package ids imports another module (example.com/plain): a key scheme
// is a leaf, and a package that is not one is not read from source.
package ids

import "example.com/plain"

// Named is a builder, but of a package that imports another module.
func Named(id string) string { return plain.Name + ":" + id }
