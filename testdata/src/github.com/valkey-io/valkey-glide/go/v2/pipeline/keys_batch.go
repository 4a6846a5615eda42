package pipeline

// This file stubs the command methods of BaseBatch (v2.5.3's base_batch.go).

func (b *BaseBatch[T]) Get(key string) *T                                { return b.self }
func (b *BaseBatch[T]) Set(key string, value string) *T                  { return b.self }
func (b *BaseBatch[T]) MSet(keyValueMap map[string]string) *T            { return b.self }
func (b *BaseBatch[T]) MGet(keys []string) *T                            { return b.self }
func (b *BaseBatch[T]) Del(keys []string) *T                             { return b.self }
func (b *BaseBatch[T]) SUnionStore(destination string, keys []string) *T { return b.self }
func (b *BaseBatch[T]) Rename(key string, newKey string) *T              { return b.self }
