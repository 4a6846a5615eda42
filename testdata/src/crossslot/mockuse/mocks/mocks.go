// Package mocks is a program's package of test helpers: its clients are a
// client mock's, whatever their static type, seen from any package.
package mocks

import (
	redismock "github.com/go-redis/redismock/v9"
	"github.com/redis/go-redis/v9"
)

// NewClusterClient returns a mock's cluster client.
func NewClusterClient() *redis.ClusterClient {
	db, _ := redismock.NewClusterMock()
	return db
}

// NewClient returns a mock's cluster client as an interface.
func NewClient() redis.UniversalClient {
	db, _ := redismock.NewClusterMock()
	return db
}

// Either returns a mock's client or a real cluster client: not a mock's.
func Either(real bool) *redis.ClusterClient {
	if real {
		return redis.NewClusterClient(&redis.ClusterOptions{Addrs: []string{"10.0.0.1:7000"}})
	}
	db, _ := redismock.NewClusterMock()
	return db
}
