package redis

import "context"

// Commands that a cluster client runs on one node, CLUSTER commands, and the
// helpers redislint's client analyzers (standaloneclient, singleseed,
// nodelocal) use. Shapes as in go-redis v9.23.0.

type ClusterSlotsCmd struct{ baseCmd }

func (c cmdable) ScanType(ctx context.Context, cursor uint64, match string, count int64, keyType string) *ScanCmd {
	return nil
}
func (c cmdable) FlushAll(ctx context.Context) *StatusCmd               { return nil }
func (c cmdable) FlushDBAsync(ctx context.Context) *StatusCmd           { return nil }
func (c cmdable) FlushAllAsync(ctx context.Context) *StatusCmd          { return nil }
func (c cmdable) Move(ctx context.Context, key string, db int) *BoolCmd { return nil }
func (c cmdable) ClusterSlots(ctx context.Context) *ClusterSlotsCmd     { return nil }
func (c cmdable) ClusterNodes(ctx context.Context) *StringCmd           { return nil }
func (c cmdable) ClusterInfo(ctx context.Context) *StringCmd            { return nil }

// Info reads INFO; the "cluster" section says cluster_enabled.
func (c cmdable) Info(ctx context.Context, section ...string) *StringCmd { return nil }

// DBSize of a cluster client sums the masters' (osscluster_commands.go).
func (c *ClusterClient) DBSize(ctx context.Context) *IntCmd { return nil }

func ParseURL(redisURL string) (*Options, error) { return &Options{}, nil }
