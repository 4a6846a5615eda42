package model

// This file is about the library methods that build one options type
// from another (go-redis UniversalOptions.Cluster, .Failover and .Simple,
// in v7, v8 and v9; rows in lib_goredis.go): a construction given such a
// call as its options reads the fields of the receiver's options.

import (
	"go/ast"
	"go/types"
	"strings"
)

// Conversion is a method of an options type that returns options of
// another type made from its fields.
type Conversion struct {
	Lib          Lib
	Recv, Method string
	// From maps a field of the result to the receiver's field it is read
	// from, where the names differ. Every other field keeps its name.
	From map[string]string
	// First is set when the result's address field takes the first
	// address of the receiver's list (Simple: Addr = Addrs[0]).
	First bool
}

// ConversionOf returns the conversion fn is, if it is one.
func ConversionOf(fn *types.Func) (*Conversion, bool) {
	lib, recv := funcKey(fn)
	if lib == LibNone || recv == "" {
		return nil, false
	}
	c := find(tables().conversions, func(c *Conversion) bool { return c.Lib == lib && c.Recv == recv && c.Method == fn.Name() })
	return c, c != nil
}

// UseConverted reads the options of a construction given as a conversion
// (redis.NewClusterClient(opts.Cluster())) from lit, the receiver's
// options literal: each field of the result is the receiver's field it is
// made from. The fields are made up like assigned ones (Assigned): no fix
// may edit around them. For a conversion that takes the first address of
// a list (Simple), Addr is the whole list as written.
func (k *Construction) UseConverted(info *types.Info, conv *Conversion, lit *ast.CompositeLit) {
	if k.Opts != nil || lit == nil {
		return
	}
	src := &Construction{C: k.C, Opts: lit}
	src.readFields(info)
	// Only the fields the result has: UniversalOptions.MasterName is not
	// a field of ClusterOptions.
	to := info.TypeOf(k.OptsExpr)
	k.fields = map[string]*ast.KeyValueExpr{}
	for name, kv := range src.fields {
		if _, ok := FieldType(to, strings.Split(name, ".")[0]); ok {
			k.fields[name] = kv
		}
	}
	for dst, from := range conv.From {
		delete(k.fields, from)
		if kv := src.fields[from]; kv != nil {
			k.fields[dst] = kv
		}
	}
	k.Assigned = true
	if k.C.AddrField != "" {
		k.Addr, k.AddrKnown = nil, true
		if kv := k.fields[k.C.AddrField]; kv != nil {
			k.Addr = kv.Value
		}
	}
}
