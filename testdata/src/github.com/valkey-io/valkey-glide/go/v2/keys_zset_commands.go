package glide

// This file stubs the sorted-set aggregations, scripts and sharded
// Pub/Sub of v2.5.3 (base_client.go, glide_cluster_client.go).

import (
	"context"

	"github.com/valkey-io/valkey-glide/go/v2/models"
	"github.com/valkey-io/valkey-glide/go/v2/options"
)

func (client *baseClient) ZAdd(ctx context.Context, key string, membersScoreMap map[string]float64) (int64, error) {
	return 0, nil
}

func (client *baseClient) ZUnion(ctx context.Context, keys options.KeyArray) ([]string, error) {
	return nil, nil
}

func (client *baseClient) ZInter(ctx context.Context, keys options.KeyArray) ([]string, error) {
	return nil, nil
}

func (client *baseClient) ZUnionWithScores(
	ctx context.Context,
	keysOrWeightedKeys options.KeysOrWeightedKeys,
	zUnionOptions options.ZUnionOptions,
) ([]models.MemberAndScore, error) {
	return nil, nil
}

func (client *baseClient) ZInterWithScores(
	ctx context.Context,
	keysOrWeightedKeys options.KeysOrWeightedKeys,
	zInterOptions options.ZInterOptions,
) ([]models.MemberAndScore, error) {
	return nil, nil
}

func (client *baseClient) ZUnionStore(
	ctx context.Context,
	destination string,
	keysOrWeightedKeys options.KeysOrWeightedKeys,
) (int64, error) {
	return 0, nil
}

func (client *baseClient) ZInterStore(
	ctx context.Context,
	destination string,
	keysOrWeightedKeys options.KeysOrWeightedKeys,
) (int64, error) {
	return 0, nil
}

func (client *baseClient) ZUnionStoreWithOptions(
	ctx context.Context,
	destination string,
	keysOrWeightedKeys options.KeysOrWeightedKeys,
	zUnionOptions options.ZUnionOptions,
) (int64, error) {
	return 0, nil
}

func (client *baseClient) ZInterStoreWithOptions(
	ctx context.Context,
	destination string,
	keysOrWeightedKeys options.KeysOrWeightedKeys,
	zInterOptions options.ZInterOptions,
) (int64, error) {
	return 0, nil
}

func (client *baseClient) InvokeScript(ctx context.Context, script options.Script) (any, error) {
	return nil, nil
}

func (client *baseClient) InvokeScriptWithOptions(
	ctx context.Context,
	script options.Script,
	scriptOptions options.ScriptOptions,
) (any, error) {
	return nil, nil
}

func (client *ClusterClient) InvokeScriptWithClusterOptions(
	ctx context.Context,
	script options.Script,
	clusterScriptOptions options.ClusterScriptOptions,
) (models.ClusterValue[any], error) {
	return models.ClusterValue[any]{}, nil
}

func (client *ClusterClient) SSubscribe(ctx context.Context, channels []string, timeoutMs int) error {
	return nil
}

func (client *ClusterClient) SSubscribeLazy(ctx context.Context, channels []string) error { return nil }

func (client *ClusterClient) SUnsubscribe(ctx context.Context, channels []string, timeoutMs int) error {
	return nil
}

func (client *ClusterClient) Publish(ctx context.Context, channel string, message string, sharded bool) (int64, error) {
	return 0, nil
}
