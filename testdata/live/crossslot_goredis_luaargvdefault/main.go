// outcome: LUAKEY
// twin: crossslot_goredis_luaargvdefault_ok
// A transaction store (dtm's shape before its fix): the key prefix is a
// configuration field whose struct tag defaults it to "{}", applied at run
// time by the program's own loader; the scripts run through a function
// that takes the source and the arguments, which a builder starts with the
// prefix, and they build their keys from ARGV[1]. An empty tag is none:
// "{}_g_<gid>" hashes as a whole, and the script, which runs on the node of
// KEYS[1] = "{}", cannot reach it on another node.
package main

import (
	"context"
	"reflect"

	"github.com/redis/go-redis/v9"

	"example.com/live/internal/env"
)

type store struct {
	RedisPrefix string `yaml:"RedisPrefix" default:"{}"`
}

type configType struct {
	Store store `yaml:"Store"`
}

var conf = configType{}

// loadDefaults gives every string field left empty its tag's default.
func loadDefaults(v reflect.Value) {
	for i := range v.NumField() {
		f := v.Field(i)
		switch f.Kind() {
		case reflect.Struct:
			loadDefaults(f)
		case reflect.String:
			if f.String() == "" {
				f.SetString(v.Type().Field(i).Tag.Get("default"))
			}
		}
	}
}

var config = &conf

var rdb *redis.ClusterClient

type argList struct {
	List []interface{}
}

func newArgList() *argList {
	a := &argList{}
	return a.AppendRaw(config.Store.RedisPrefix)
}

func (a *argList) AppendRaw(v interface{}) *argList {
	a.List = append(a.List, v)
	return a
}

func callLua(args []interface{}, lua string) error {
	return rdb.Eval(context.Background(), lua, []string{config.Store.RedisPrefix}, args...).Err()
}

func main() {
	loadDefaults(reflect.ValueOf(&conf).Elem())
	rdb = redis.NewClusterClient(&redis.ClusterOptions{Addrs: env.Seeds()})
	defer rdb.Close()
	for _, gid := range env.Items(30) {
		args := newArgList().AppendRaw(gid).List
		env.Check(callLua(args, `redis.call('SET', ARGV[1] .. '_g_' .. ARGV[2], 1); return 1`)) // want crossslot `^with the default RedisPrefix "\{\}" \(default:"\{\}"\), ARGV\[1\] = config\.Store\.RedisPrefix has no hash tag \(an empty \{\} is none: the whole key is hashed\), but the Lua script calls SET on ARGV\[1\] \.\. '_g_' \.\. ARGV\[2\], a key it builds itself from ARGV\[1\], the same value as KEYS\[1\]: the built key is in another slot than KEYS\[1\] for almost every value appended to it, and the script fails when that slot is served by another node$`
	}
	env.OK()
}
