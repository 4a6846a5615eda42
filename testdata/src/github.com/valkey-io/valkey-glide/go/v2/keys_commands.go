package glide

// This file stubs commands of baseClient (v2.5.3's base_client.go).

import (
	"context"

	"github.com/valkey-io/valkey-glide/go/v2/models"
)

func (client *baseClient) Get(ctx context.Context, key string) (models.Result[string], error) {
	return models.Result[string]{}, nil
}

func (client *baseClient) Set(ctx context.Context, key string, value string) (string, error) {
	return "", nil
}

func (client *baseClient) MGet(ctx context.Context, keys []string) ([]models.Result[string], error) {
	return nil, nil
}

func (client *baseClient) MSet(ctx context.Context, keyValueMap map[string]string) (string, error) {
	return "", nil
}

func (client *baseClient) MSetNX(ctx context.Context, keyValueMap map[string]string) (bool, error) {
	return false, nil
}

func (client *baseClient) Del(ctx context.Context, keys []string) (int64, error) { return 0, nil }

func (client *baseClient) Watch(ctx context.Context, keys []string) (string, error) { return "", nil }

func (client *baseClient) SUnionStore(ctx context.Context, destination string, keys []string) (int64, error) {
	return 0, nil
}

func (client *baseClient) SInter(ctx context.Context, keys []string) (map[string]struct{}, error) {
	return nil, nil
}

func (client *baseClient) Rename(ctx context.Context, key string, newKey string) (string, error) {
	return "", nil
}

func (client *baseClient) FCallWithKeysAndArgs(ctx context.Context, function string, keys []string, args []string) (any, error) {
	return nil, nil
}
