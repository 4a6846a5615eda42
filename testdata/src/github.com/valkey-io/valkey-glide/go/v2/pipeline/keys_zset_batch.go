package pipeline

// This file stubs the sorted-set aggregations of BaseBatch (base_batch.go)
// and ClusterBatch.SPublish (batch.go), v2.5.3.

import "github.com/valkey-io/valkey-glide/go/v2/options"

func (b *BaseBatch[T]) ZUnion(keys options.KeyArray) *T { return b.self }

func (b *BaseBatch[T]) ZUnionStore(destination string, keysOrWeightedKeys options.KeysOrWeightedKeys) *T {
	return b.self
}

func (b *BaseBatch[T]) ZInterStoreWithOptions(
	destination string,
	keysOrWeightedKeys options.KeysOrWeightedKeys,
	zInterOptions options.ZInterOptions,
) *T {
	return b.self
}

func (b *ClusterBatch) SPublish(channel string, message string) *ClusterBatch { return b }
