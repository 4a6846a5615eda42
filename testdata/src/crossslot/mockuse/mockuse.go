// Package mockuse is a test of a program that sets the expectations of a
// client mock: they build commands on the mock's clients, which send
// nothing, so no key of theirs is compared.
package mockuse

import (
	redismock "github.com/go-redis/redismock/v9"
)

func expect() {
	_, m := redismock.NewClusterMock()
	m.ExpectRename("key", "new_key")
	m.ExpectDel("user:1", "order:2")
}
