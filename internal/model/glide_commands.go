package model

// glideCommands is the table of valkey-glide's typed command methods with
// more than one key (read in github.com/valkey-io/valkey-glide/go/v2 v2.5.3,
// base_client.go; glide_drift_test.go checks it against that module). They
// are declared on the unexported baseClient that Client and ClusterClient
// embed, and, without ctx, on pipeline.BaseBatch[T] that the batches embed:
// the parameter indexes count after a leading context.Context, so one entry
// fits both.
//
// Not modelled: Migrate (its keys go to another server), ZUnionStore, ZInterStore, ZUnion and ZInter (their keys are
// in an options.KeysOrWeightedKeys interface value), InvokeScriptWithOptions
// (keys in an options.ScriptOptions built by WithKeys).
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
}

// twoKeys: one key in each of a and b.
func twoKeys(a, b int) []Arg { return []Arg{{Param: a, Kind: Key}, {Param: b, Kind: Key}} }
