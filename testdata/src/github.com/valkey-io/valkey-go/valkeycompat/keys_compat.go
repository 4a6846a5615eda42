// Package valkeycompat is a stub of github.com/valkey-io/valkey-go/valkeycompat
// (v1.0.79) for redislint's tests: valkey-go's go-redis adapter, whose methods
// mirror go-redis' names and parameters.
package valkeycompat

import (
	"context"

	"github.com/valkey-io/valkey-go"
)

type Cmd struct{}
type IntCmd struct{}
type StatusCmd struct{}
type StringCmd struct{}
type SliceCmd struct{}

type Cmdable interface {
	Get(ctx context.Context, key string) *StringCmd
	MGet(ctx context.Context, keys ...string) *SliceCmd
	MSet(ctx context.Context, values ...any) *StatusCmd
	Del(ctx context.Context, keys ...string) *IntCmd
	Rename(ctx context.Context, key, newkey string) *StatusCmd
	Eval(ctx context.Context, script string, keys []string, args ...any) *Cmd
	Pipeline() Pipeliner
}

type Compat struct{ client valkey.Client }

var _ Cmdable = (*Compat)(nil)

type AdapterOption func(c *Compat)

func NewAdapter(client valkey.Client, options ...AdapterOption) Cmdable {
	return &Compat{client: client}
}

func (c *Compat) Get(ctx context.Context, key string) *StringCmd            { return nil }
func (c *Compat) MGet(ctx context.Context, keys ...string) *SliceCmd        { return nil }
func (c *Compat) MSet(ctx context.Context, values ...any) *StatusCmd        { return nil }
func (c *Compat) Del(ctx context.Context, keys ...string) *IntCmd           { return nil }
func (c *Compat) Rename(ctx context.Context, key, newkey string) *StatusCmd { return nil }
func (c *Compat) Eval(ctx context.Context, script string, keys []string, args ...any) *Cmd {
	return nil
}
func (c *Compat) Pipeline() Pipeliner { return nil }

type Pipeliner interface {
	Cmdable
	Do(ctx context.Context, args ...interface{}) *Cmd
}

type Scripter interface {
	Eval(ctx context.Context, script string, keys []string, args ...interface{}) *Cmd
}

type Script struct{ src string }

func NewScript(src string) *Script { return &Script{src: src} }

func (s *Script) Run(ctx context.Context, c Scripter, keys []string, args ...interface{}) *Cmd {
	return nil
}
func (s *Script) RunRO(ctx context.Context, c Scripter, keys []string, args ...interface{}) *Cmd {
	return nil
}
