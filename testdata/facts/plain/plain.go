// Package plain is a third-party package without Redis: it is read from
// export data.
package plain

const Name = "bar"

// Title is a string function that no key calls: the analyzers never read
// it from source.
func Title(s string) string { return "Title " + s }
