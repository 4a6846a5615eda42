// outcome: ok
// The twin: the prefix's default carries a real hash tag ("{dtm}"; dtm's
// fix chose "{a}"), so every key the scripts build is in the slot of KEYS[1].
package main

import (
	"context"
	"reflect"

	"github.com/redis/go-redis/v9"

	"example.com/live/internal/env"
)

type store struct {
	RedisPrefix string `yaml:"RedisPrefix" default:"{dtm}"`
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
		env.Check(callLua(args, `redis.call('SET', ARGV[1] .. '_g_' .. ARGV[2], 1); return 1`))
	}
	env.OK()
}
