// Package plain is a third-party package without Redis: it is read from
// export data.
package plain

const Name = "bar"
