// Package pipeline is a stub of github.com/valkey-io/valkey-glide/go/v2/pipeline
// (v2.5.3) for redislint's tests: batches, atomic (a transaction) or not,
// whose command methods are those of the clients without ctx.
package pipeline

type BaseBatch[T any] struct {
	isAtomic bool
	self     *T
}

type ClusterBatch struct {
	BaseBatch[ClusterBatch]
}

type StandaloneBatch struct {
	BaseBatch[StandaloneBatch]
}

func NewClusterBatch(isAtomic bool) *ClusterBatch {
	b := ClusterBatch{BaseBatch: BaseBatch[ClusterBatch]{isAtomic: isAtomic}}
	b.self = &b
	return &b
}

func NewStandaloneBatch(isAtomic bool) *StandaloneBatch {
	b := StandaloneBatch{BaseBatch: BaseBatch[StandaloneBatch]{isAtomic: isAtomic}}
	b.self = &b
	return &b
}
