package model

// goRedisCommands is the table of go-redis command methods that take more
// than one key, or keys in a form other than one leading `key string`
// parameter. Read from the source of github.com/redis/go-redis/v9 v9.23.0
// and github.com/go-redis/redis v6.15.9, /v7 v7.4.1 and /v8 v8.11.5;
// drift_test.go checks it against those modules.
var goRedisCommands = []Command{
	{Method: "MGet", Name: "MGET", Args: []Arg{{Param: 0, Kind: Keys}}},
	{Method: "MSet", Name: "MSET", Args: []Arg{{Param: 0, Kind: Pairs}}},
	{Method: "Del", Name: "DEL", Args: []Arg{{Param: 0, Kind: Keys}}},
	{Method: "Rename", Name: "RENAME", Args: []Arg{{Param: 0, Kind: Key}, {Param: 1, Kind: Key}}},
	{Method: "Eval", Name: "EVAL", Args: []Arg{{Param: 1, Kind: Keys}}},
	{Method: "Watch", Name: "WATCH", Args: []Arg{{Param: 1, Kind: Keys}}}, // (*Client).Watch(ctx, fn, keys...)
	{Method: "Watch", Name: "WATCH", Args: []Arg{{Param: 0, Kind: Keys}}}, // (*Tx).Watch(ctx, keys...)
	{Method: "ZUnionStore", Name: "ZUNIONSTORE", Args: []Arg{{Param: 0, Kind: Key}, {Param: 1, Field: "Keys", Kind: Keys}}},
}
