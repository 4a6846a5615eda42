package model

// glideCommands is the table of valkey-glide's typed command methods with
// more than one key (read in github.com/valkey-io/valkey-glide/go/v2 v2.5.3,
// base_client.go; glide_drift_test.go checks it against that module). They
// are declared on the unexported baseClient that Client and ClusterClient
// embed, and, without ctx, on pipeline.BaseBatch[T] that the batches embed:
// the parameter indexes count after a leading context.Context, so one entry
// fits both.
//
// The sorted-set unions and intersections take their keys in an options
// value: ZUnion and ZInter an options.KeyArray, the others an
// options.KeysOrWeightedKeys interface, read when it is an
// options.KeyArray{Keys: …} or an options.WeightedKeys{KeyWeightPairs:
// []options.KeyWeightPair{{Key: …}, …}} (glideWeighted). The sharded
// Pub/Sub methods are split by slot (LibInfo.Splits, measured).
// Scripts (InvokeScriptWithOptions) are rows of lib_glide.go.
//
// Not modelled: Migrate (its keys go to another server).
var glideCommands = []Command{
	{Method: "MGet", Name: "MGET", Args: keysAt(0)},
	{Method: "MSet", Name: "MSET", Args: []Arg{{Param: 0, Kind: MapKeys}}},
	{Method: "MSetNX", Name: "MSETNX", Args: []Arg{{Param: 0, Kind: MapKeys}}},
	{Method: "Del", Name: "DEL", Args: keysAt(0)},
	{Method: "Exists", Name: "EXISTS", Args: keysAt(0)},
	{Method: "Unlink", Name: "UNLINK", Args: keysAt(0)},
	{Method: "Touch", Name: "TOUCH", Args: keysAt(0)},
	{Method: "Watch", Name: "WATCH", Args: keysAt(0)},
	{Method: "SInter", Name: "SINTER", Args: keysAt(0)},
	{Method: "SUnion", Name: "SUNION", Args: keysAt(0)},
	{Method: "SDiff", Name: "SDIFF", Args: keysAt(0)},
	{Method: "SInterCard", Name: "SINTERCARD", Args: keysAt(0)},
	{Method: "SInterCardLimit", Name: "SINTERCARD", Args: keysAt(0)},
	{Method: "PfCount", Name: "PFCOUNT", Args: keysAt(0)},
	{Method: "ZDiff", Name: "ZDIFF", Args: keysAt(0)},
	{Method: "ZDiffWithScores", Name: "ZDIFF", Args: keysAt(0)},
	{Method: "ZInterCard", Name: "ZINTERCARD", Args: keysAt(0)},
	{Method: "BLPop", Name: "BLPOP", Args: keysAt(0)},
	{Method: "BRPop", Name: "BRPOP", Args: keysAt(0)},
	{Method: "BZPopMin", Name: "BZPOPMIN", Args: keysAt(0)},
	{Method: "BZPopMax", Name: "BZPOPMAX", Args: keysAt(0)},
	{Method: "LMPop", Name: "LMPOP", Args: keysAt(0)},
	{Method: "BLMPop", Name: "BLMPOP", Args: keysAt(0)},
	{Method: "ZMPop", Name: "ZMPOP", Args: keysAt(0)},
	{Method: "BZMPop", Name: "BZMPOP", Args: keysAt(0)},
	{Method: "SUnionStore", Name: "SUNIONSTORE", Args: storeAndKeys(0, 1)},
	{Method: "SInterStore", Name: "SINTERSTORE", Args: storeAndKeys(0, 1)},
	{Method: "SDiffStore", Name: "SDIFFSTORE", Args: storeAndKeys(0, 1)},
	{Method: "ZDiffStore", Name: "ZDIFFSTORE", Args: storeAndKeys(0, 1)},
	{Method: "PfMerge", Name: "PFMERGE", Args: storeAndKeys(0, 1)},
	{Method: "Rename", Name: "RENAME", Args: twoKeys(0, 1)},
	{Method: "RenameNX", Name: "RENAMENX", Args: twoKeys(0, 1)},
	{Method: "Copy", Name: "COPY", Args: twoKeys(0, 1)},
	{Method: "SMove", Name: "SMOVE", Args: twoKeys(0, 1)},
	{Method: "LMove", Name: "LMOVE", Args: twoKeys(0, 1)},
	{Method: "BLMove", Name: "BLMOVE", Args: twoKeys(0, 1)},
	{Method: "LCS", Name: "LCS", Args: twoKeys(0, 1)},
	{Method: "SortStore", Name: "SORT", Args: twoKeys(0, 1)},
	{Method: "ZRangeStore", Name: "ZRANGESTORE", Args: twoKeys(0, 1)},
	{Method: "GeoSearchStore", Name: "GEOSEARCHSTORE", Args: twoKeys(0, 1)},
	{Method: "FCallWithKeysAndArgs", Name: "FCALL", Args: keysAt(1)},
	{Method: "FCallReadOnlyWithKeysAndArgs", Name: "FCALL_RO", Args: keysAt(1)},
	{Method: "XRead", Name: "XREAD", Args: []Arg{{Param: 0, Kind: MapKeys}}},
	{Method: "XReadWithOptions", Name: "XREAD", Args: []Arg{{Param: 0, Kind: MapKeys}}},
	{Method: "XReadGroup", Name: "XREADGROUP", Args: []Arg{{Param: 2, Kind: MapKeys}}},
	{Method: "XReadGroupWithOptions", Name: "XREADGROUP", Args: []Arg{{Param: 2, Kind: MapKeys}}},
	{Method: "BitOp", Name: "BITOP", Args: storeAndKeys(1, 2)},
	{Method: "LMPopCount", Name: "LMPOP", Args: keysAt(0)},
	{Method: "BLMPopCount", Name: "BLMPOP", Args: keysAt(0)},
	{Method: "ZMPopWithOptions", Name: "ZMPOP", Args: keysAt(0)},
	{Method: "BZMPopWithOptions", Name: "BZMPOP", Args: keysAt(0)},
	{Method: "ZInterCardWithOptions", Name: "ZINTERCARD", Args: keysAt(0)},
	// Measured on three masters: each fails with CrossSlot when its keys
	// (the destination's with them) are in different slots.
	{Method: "ZUnion", Name: "ZUNION", Args: fieldAt(0, "Keys", Keys)},
	{Method: "ZInter", Name: "ZINTER", Args: fieldAt(0, "Keys", Keys)},
	{Method: "ZUnionWithScores", Name: "ZUNION", Args: glideWeighted(0)},
	{Method: "ZInterWithScores", Name: "ZINTER", Args: glideWeighted(0)},
	{Method: "ZUnionStore", Name: "ZUNIONSTORE", Args: append([]Arg{{Param: 0, Kind: Key}}, glideWeighted(1)...)},
	{Method: "ZInterStore", Name: "ZINTERSTORE", Args: append([]Arg{{Param: 0, Kind: Key}}, glideWeighted(1)...)},
	{Method: "ZUnionStoreWithOptions", Name: "ZUNIONSTORE", Args: append([]Arg{{Param: 0, Kind: Key}}, glideWeighted(1)...)},
	{Method: "ZInterStoreWithOptions", Name: "ZINTERSTORE", Args: append([]Arg{{Param: 0, Kind: Key}}, glideWeighted(1)...)},
	// Sharded Pub/Sub (ClusterClient only): measured, SSubscribe,
	// SSubscribeLazy and SUnsubscribe of channels of two slots (and of
	// two masters) succeed, and the client receives from both: GLIDE
	// subscribes each channel on its own shard (Splits). SPublish
	// (pipeline.ClusterBatch only) has one channel, compared with the
	// other keys of an atomic batch (measured: two SPublish of different
	// slots in NewClusterBatch(true) fail with "Received crossed slots in
	// pipeline").
	{Method: "SSubscribe", Name: "SSUBSCRIBE", Args: keysAt(0)},
	{Method: "SSubscribeLazy", Name: "SSUBSCRIBE", Args: keysAt(0)},
	{Method: "SUnsubscribe", Name: "SUNSUBSCRIBE", Args: keysAt(0)},
	{Method: "SUnsubscribeLazy", Name: "SUNSUBSCRIBE", Args: keysAt(0)},
	{Method: "SPublish", Name: "SPUBLISH", Args: []Arg{{Param: 0, Kind: Key}}},
}

// glideWeighted: the keys of parameter p, an options.KeysOrWeightedKeys.
func glideWeighted(p int) []Arg {
	return []Arg{
		{Param: p, Type: "KeyArray", Field: "Keys", Kind: Keys},
		{Param: p, Type: "WeightedKeys", Field: "KeyWeightPairs", Elem: "Key", Kind: Key},
	}
}

// twoKeys: one key in each of a and b.
func twoKeys(a, b int) []Arg { return []Arg{{Param: a, Kind: Key}, {Param: b, Kind: Key}} }
