// Package models is a stub of github.com/valkey-io/valkey-glide/go/v2/models
// (v2.5.3) for redislint's tests.
package models

type Result[T any] struct {
	val   T
	isNil bool
}

type ClusterValue[T any] struct {
	valueType int
	value     Result[any]
	mapValue  map[string]T
}

type MemberAndScore struct {
	Member string
	Score  float64
}
