package valkey

// This file stubs valkey-go's Lua scripts (v1.0.79's lua.go) and the
// dedicated client.

import "context"

type Lua struct{ script string }

type LuaOption func(*Lua)

type LuaExec struct {
	Keys []string
	Args []string
}

func NewLuaScript(script string, opts ...LuaOption) *Lua         { return &Lua{script: script} }
func NewLuaScriptReadOnly(script string, opts ...LuaOption) *Lua { return &Lua{script: script} }
func NewLuaScriptNoSha(script string) *Lua                       { return &Lua{script: script} }
func NewLuaScriptReadOnlyNoSha(script string) *Lua               { return &Lua{script: script} }
func NewLuaScriptRetryable(script string, opts ...LuaOption) *Lua {
	return &Lua{script: script}
}
func NewLuaScriptNoShaRetryable(script string) *Lua { return &Lua{script: script} }

func (s *Lua) Exec(ctx context.Context, c Client, keys, args []string) (resp ValkeyResult) {
	return ValkeyResult{}
}
func (s *Lua) ExecMulti(ctx context.Context, c Client, multi ...LuaExec) (resp []ValkeyResult) {
	return nil
}

type DedicatedClient interface {
	CoreClient
}
