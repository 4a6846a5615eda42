package model

// goRedisCommands is the table of go-redis command methods that take more
// than one key, or keys in a form other than one leading `key string`
// parameter (the form GoRedisCommandOf recognises without the table). Read
// from the source of github.com/redis/go-redis/v9 v9.23.0 and
// github.com/go-redis/redis v6.15.9, /v7 v7.4.1 and /v8 v8.11.5;
// drift_test.go checks it against those modules.
//
// Entries marked "v9" exist only in go-redis v9 (v8+, v7+: from that version
// on). Where an entry names an optional key (SortStore's store, the Store and
// StoreDist fields of GeoRadiusQuery), go-redis sends no key for an empty
// string.
//
// Not modelled (no ArgKind fits): JSONMSet (key, path, value triples in
// ...interface{}), JSONMSetArgs (the Key field of each []JSONSetArgs
// element), TSMAdd (the first element of each [][]interface{} row), the
// struct form of MSet/MSetNX/MSetEX (keys are the `redis` field tags), and
// Sort's By/Get patterns. GeoRadius/GeoRadiusByMember send STORE only in v6
// (v7+ refuse a Store), and their shape is the same in every version, so
// they stay out of the table; see drift_test.go.
var goRedisCommands = []Command{
	// Only keys, variadic.
	{Method: "MGet", Name: "MGET", Args: keysAt(0)},
	{Method: "Del", Name: "DEL", Args: keysAt(0)},
	{Method: "Exists", Name: "EXISTS", Args: keysAt(0)},
	{Method: "Unlink", Name: "UNLINK", Args: keysAt(0)},
	{Method: "Touch", Name: "TOUCH", Args: keysAt(0)},
	{Method: "SInter", Name: "SINTER", Args: keysAt(0)},
	{Method: "SUnion", Name: "SUNION", Args: keysAt(0)},
	{Method: "SDiff", Name: "SDIFF", Args: keysAt(0)},
	{Method: "ZDiff", Name: "ZDIFF", Args: keysAt(0)},           // v8+
	{Method: "ZDiffWithScores", Name: "ZDIFF", Args: keysAt(0)}, // v8+
	{Method: "PFCount", Name: "PFCOUNT", Args: keysAt(0)},
	// Shard channels, compared like keys (measured: ClusterClient.SSubscribe
	// of two channels of different slots receives CROSSSLOT).
	{Method: "SSubscribe", Name: "SSUBSCRIBE", Args: keysAt(0)},            // v9
	{Method: "TSNRange", Name: "TS.NRANGE", Args: keysAt(0)},               // v9; keys []string
	{Method: "TSNRangeWithArgs", Name: "TS.NRANGE", Args: keysAt(0)},       // v9
	{Method: "TSNRevRange", Name: "TS.NREVRANGE", Args: keysAt(0)},         // v9
	{Method: "TSNRevRangeWithArgs", Name: "TS.NREVRANGE", Args: keysAt(0)}, // v9

	// Keys after one non-key parameter: a timeout, a limit, options, a
	// script, a function, a JSON path.
	{Method: "BLPop", Name: "BLPOP", Args: keysAt(1)},
	{Method: "BRPop", Name: "BRPOP", Args: keysAt(1)},
	{Method: "BZPopMin", Name: "BZPOPMIN", Args: keysAt(1)},
	{Method: "BZPopMax", Name: "BZPOPMAX", Args: keysAt(1)},
	{Method: "SInterCard", Name: "SINTERCARD", Args: keysAt(1)}, // v9
	{Method: "ZInterCard", Name: "ZINTERCARD", Args: keysAt(1)}, // v9
	{Method: "SDiffCard", Name: "SDIFFCARD", Args: keysAt(1)},   // v9
	{Method: "SUnionCard", Name: "SUNIONCARD", Args: keysAt(1)}, // v9
	{Method: "Eval", Name: "EVAL", Args: keysAt(1)},
	{Method: "EvalSha", Name: "EVALSHA", Args: keysAt(1)},
	{Method: "EvalRO", Name: "EVAL_RO", Args: keysAt(1)},       // v9
	{Method: "EvalShaRO", Name: "EVALSHA_RO", Args: keysAt(1)}, // v9
	{Method: "FCall", Name: "FCALL", Args: keysAt(1)},          // v9
	{Method: "FCallRO", Name: "FCALL_RO", Args: keysAt(1)},     // v9
	{Method: "FCallRo", Name: "FCALL_RO", Args: keysAt(1)},     // v9, deprecated spelling
	{Method: "JSONMGet", Name: "JSON.MGET", Args: keysAt(1)},   // v9; (path, keys...)
	// Watch on a client: (fn, keys...); on a *Tx: (keys...). Both are
	// WATCH; on a *ClusterClient go-redis refuses keys of different slots.
	{Method: "Watch", Name: "WATCH", Args: keysAt(1)},
	{Method: "Watch", Name: "WATCH", Args: keysAt(0)},
	{Method: "WatchContext", Name: "WATCH", Args: keysAt(1)}, // v7 only

	// Keys after direction/order and count.
	{Method: "LMPop", Name: "LMPOP", Args: keysAt(2)},   // v9
	{Method: "ZMPop", Name: "ZMPOP", Args: keysAt(2)},   // v9
	{Method: "BLMPop", Name: "BLMPOP", Args: keysAt(3)}, // v9; timeout first
	{Method: "BZMPop", Name: "BZMPOP", Args: keysAt(3)}, // v9; timeout first

	// A destination key, then source keys.
	{Method: "SInterStore", Name: "SINTERSTORE", Args: storeAndKeys(0, 1)},
	{Method: "SUnionStore", Name: "SUNIONSTORE", Args: storeAndKeys(0, 1)},
	{Method: "SDiffStore", Name: "SDIFFSTORE", Args: storeAndKeys(0, 1)},
	{Method: "ZDiffStore", Name: "ZDIFFSTORE", Args: storeAndKeys(0, 1)}, // v8+
	{Method: "PFMerge", Name: "PFMERGE", Args: storeAndKeys(0, 1)},
	{Method: "BitOpAnd", Name: "BITOP AND", Args: storeAndKeys(0, 1)},
	{Method: "BitOpOr", Name: "BITOP OR", Args: storeAndKeys(0, 1)},
	{Method: "BitOpXor", Name: "BITOP XOR", Args: storeAndKeys(0, 1)},
	{Method: "BitOpDiff", Name: "BITOP DIFF", Args: storeAndKeys(0, 1)},       // v9
	{Method: "BitOpDiff1", Name: "BITOP DIFF1", Args: storeAndKeys(0, 1)},     // v9
	{Method: "BitOpAndOr", Name: "BITOP ANDOR", Args: storeAndKeys(0, 1)},     // v9
	{Method: "BitOpOne", Name: "BITOP ONE", Args: storeAndKeys(0, 1)},         // v9
	{Method: "CMSMerge", Name: "CMS.MERGE", Args: storeAndKeys(0, 1)},         // v9
	{Method: "TDigestMerge", Name: "TDIGEST.MERGE", Args: storeAndKeys(0, 2)}, // v9; options between
	// v9: the source keys are the map's keys (map[string]int64 of weights).
	{Method: "CMSMergeWithWeight", Name: "CMS.MERGE", Args: []Arg{{Param: 0, Kind: Key}, {Param: 1, Kind: MapKeys}}},
	// v7+: the source keys are ZStore.Keys; v6: (dest, ZStore, keys...).
	{Method: "ZUnionStore", Name: "ZUNIONSTORE", Args: []Arg{{Param: 0, Kind: Key}, {Param: 1, Field: "Keys", Kind: Keys}}},
	{Method: "ZInterStore", Name: "ZINTERSTORE", Args: []Arg{{Param: 0, Kind: Key}, {Param: 1, Field: "Keys", Kind: Keys}}},
	{Method: "ZUnionStore", Name: "ZUNIONSTORE", Args: storeAndKeys(0, 2)}, // v6
	{Method: "ZInterStore", Name: "ZINTERSTORE", Args: storeAndKeys(0, 2)}, // v6

	// Keys in ZStore.Keys (v8+; ZUnion takes a ZStore, ZInter a *ZStore).
	{Method: "ZUnion", Name: "ZUNION", Args: fieldAt(0, "Keys", Keys)},
	{Method: "ZUnionWithScores", Name: "ZUNION", Args: fieldAt(0, "Keys", Keys)},
	{Method: "ZInter", Name: "ZINTER", Args: fieldAt(0, "Keys", Keys)},
	{Method: "ZInterWithScores", Name: "ZINTER", Args: fieldAt(0, "Keys", Keys)},

	// Key, value, key, value… (or one []string, []interface{} or map, which
	// go-redis flattens; v6 flattens only []string, v7 also
	// map[string]interface{}).
	{Method: "MSet", Name: "MSET", Args: []Arg{{Param: 0, Kind: Pairs}}},
	{Method: "MSetNX", Name: "MSETNX", Args: []Arg{{Param: 0, Kind: Pairs}}},
	{Method: "MSetEX", Name: "MSETEX", Args: []Arg{{Param: 1, Kind: Pairs}}}, // v9; (MSetEXArgs, values...)

	// Two key parameters.
	{Method: "Rename", Name: "RENAME", Args: keyAt(0, 1)},
	{Method: "RenameNX", Name: "RENAMENX", Args: keyAt(0, 1)},
	{Method: "Copy", Name: "COPY", Args: keyAt(0, 1)}, // v8+
	{Method: "RPopLPush", Name: "RPOPLPUSH", Args: keyAt(0, 1)},
	{Method: "BRPopLPush", Name: "BRPOPLPUSH", Args: keyAt(0, 1)},
	{Method: "LMove", Name: "LMOVE", Args: keyAt(0, 1)},     // v8+
	{Method: "BLMove", Name: "BLMOVE", Args: keyAt(0, 1)},   // v8+
	{Method: "LMoveM", Name: "LMOVEM", Args: keyAt(0, 1)},   // v9
	{Method: "BLMoveM", Name: "BLMOVEM", Args: keyAt(0, 1)}, // v9
	{Method: "SMove", Name: "SMOVE", Args: keyAt(0, 1)},
	{Method: "BitOpNot", Name: "BITOP NOT", Args: keyAt(0, 1)},                 // (destKey, key)
	{Method: "SortStore", Name: "SORT", Args: keyAt(0, 1)},                     // (key, store, *Sort)
	{Method: "GeoSearchStore", Name: "GEOSEARCHSTORE", Args: keyAt(0, 1)},      // v8+; (key, store, q)
	{Method: "TSCreateRule", Name: "TS.CREATERULE", Args: keyAt(0, 1)},         // v9
	{Method: "TSCreateRuleWithArgs", Name: "TS.CREATERULE", Args: keyAt(0, 1)}, // v9
	{Method: "TSDeleteRule", Name: "TS.DELETERULE", Args: keyAt(0, 1)},         // v9
	// v8+: destination, then the source in ZRangeArgs.Key.
	{Method: "ZRangeStore", Name: "ZRANGESTORE", Args: []Arg{{Param: 0, Kind: Key}, {Param: 1, Field: "Key", Kind: Key}}},
	// v9: LCSQuery.Key1 and Key2.
	{Method: "LCS", Name: "LCS", Args: []Arg{{Param: 0, Field: "Key1", Kind: Key}, {Param: 0, Field: "Key2", Kind: Key}}},
	// v7+: the key, then GeoRadiusQuery.Store / StoreDist (either or both).
	{Method: "GeoRadiusStore", Name: "GEORADIUS", Args: geoStore(3)},
	{Method: "GeoRadiusByMemberStore", Name: "GEORADIUSBYMEMBER", Args: geoStore(2)},

	// XREAD … STREAMS k1 k2 id1 id2: the first half are keys. v9's
	// XReadArgs.ID, when set, is sent once per stream and Streams then holds
	// only keys: StreamsHalf sees the first half of them (fewer keys, never
	// a non-key); a caller that sees ID set may take all of Streams.
	{Method: "XRead", Name: "XREAD", Args: fieldAt(0, "Streams", StreamsHalf)},
	{Method: "XReadGroup", Name: "XREADGROUP", Args: fieldAt(0, "Streams", StreamsHalf)},
	{Method: "XReadStreams", Name: "XREAD", Args: []Arg{{Param: 0, Kind: StreamsHalf}}},

	// One key, in a struct field.
	{Method: "XAdd", Name: "XADD", Args: fieldAt(0, "Stream", Key)},
	{Method: "XClaim", Name: "XCLAIM", Args: fieldAt(0, "Stream", Key)},
	{Method: "XClaimJustID", Name: "XCLAIM", Args: fieldAt(0, "Stream", Key)},
	{Method: "XAutoClaim", Name: "XAUTOCLAIM", Args: fieldAt(0, "Stream", Key)},            // v8+
	{Method: "XAutoClaimJustID", Name: "XAUTOCLAIM", Args: fieldAt(0, "Stream", Key)},      // v8+
	{Method: "XAutoClaimWithDeleted", Name: "XAUTOCLAIM", Args: fieldAt(0, "Stream", Key)}, // v9
	{Method: "XPendingExt", Name: "XPENDING", Args: fieldAt(0, "Stream", Key)},
	{Method: "XNack", Name: "XNACK", Args: fieldAt(0, "Stream", Key)},              // v9
	{Method: "XCfgSet", Name: "XCFGSET", Args: fieldAt(0, "Stream", Key)},          // v9
	{Method: "ZRangeArgs", Name: "ZRANGE", Args: fieldAt(0, "Key", Key)},           // v8+
	{Method: "ZRangeArgsWithScores", Name: "ZRANGE", Args: fieldAt(0, "Key", Key)}, // v8+

	// One key, in a parameter not named key (the table's fallback in
	// GoRedisCommandOf recognises only a first parameter named key).
	{Method: "Migrate", Name: "MIGRATE", Args: keyAt(2)},    // (host, port, key, …)
	{Method: "TSDecrBy", Name: "TS.DECRBY", Args: keyAt(0)}, // v9; named Key
	{Method: "TSIncrBy", Name: "TS.INCRBY", Args: keyAt(0)}, // v9; named Key
	{Method: "TSDel", Name: "TS.DEL", Args: keyAt(0)},       // v9; named Key
	{Method: "XLen", Name: "XLEN", Args: keyAt(0)},
	{Method: "XAck", Name: "XACK", Args: keyAt(0)},
	{Method: "XAckDel", Name: "XACKDEL", Args: keyAt(0)}, // v9
	{Method: "XDel", Name: "XDEL", Args: keyAt(0)},
	{Method: "XDelEx", Name: "XDELEX", Args: keyAt(0)}, // v9
	{Method: "XRange", Name: "XRANGE", Args: keyAt(0)},
	{Method: "XRangeN", Name: "XRANGE", Args: keyAt(0)},
	{Method: "XRevRange", Name: "XREVRANGE", Args: keyAt(0)},
	{Method: "XRevRangeN", Name: "XREVRANGE", Args: keyAt(0)},
	{Method: "XPending", Name: "XPENDING", Args: keyAt(0)},
	{Method: "XGroupCreate", Name: "XGROUP CREATE", Args: keyAt(0)},
	{Method: "XGroupCreateMkStream", Name: "XGROUP CREATE", Args: keyAt(0)},
	{Method: "XGroupCreateConsumer", Name: "XGROUP CREATECONSUMER", Args: keyAt(0)}, // v8+
	{Method: "XGroupDelConsumer", Name: "XGROUP DELCONSUMER", Args: keyAt(0)},
	{Method: "XGroupDestroy", Name: "XGROUP DESTROY", Args: keyAt(0)},
	{Method: "XGroupSetID", Name: "XGROUP SETID", Args: keyAt(0)},
}

// keyAt: one key in each of params.
func keyAt(params ...int) []Arg {
	args := make([]Arg, len(params))
	for i, p := range params {
		args[i] = Arg{Param: p, Kind: Key}
	}
	return args
}

// keysAt: keys ([]string or ...string) in param.
func keysAt(param int) []Arg { return []Arg{{Param: param, Kind: Keys}} }

// storeAndKeys: a destination key in dest, source keys in keys.
func storeAndKeys(dest, keys int) []Arg {
	return []Arg{{Param: dest, Kind: Key}, {Param: keys, Kind: Keys}}
}

// fieldAt: keys of kind k in field f of param.
func fieldAt(param int, f string, k ArgKind) []Arg {
	return []Arg{{Param: param, Field: f, Kind: k}}
}

// geoStore: GEORADIUS[BYMEMBER] key … STORE k STOREDIST k, the *GeoRadiusQuery
// in param query.
func geoStore(query int) []Arg {
	return []Arg{
		{Param: 0, Kind: Key},
		{Param: query, Field: "Store", Kind: Key},
		{Param: query, Field: "StoreDist", Kind: Key},
	}
}
