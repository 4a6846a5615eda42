package radix

// This file stubs radix v4.1.4's Lua scripts, CmdConfig, MultiClient and
// DoSecondary.

import "context"

type EvalScript struct{ script string }

func NewEvalScript(script string) EvalScript { return EvalScript{script} }

func (es EvalScript) Cmd(rcv interface{}, keys []string, args ...string) Action {
	return &cmdAction{}
}
func (es EvalScript) FlatCmd(rcv interface{}, keys []string, args ...interface{}) Action {
	return &cmdAction{}
}

type CmdConfig struct {
	ActionProperties func(cmd string, args ...string) ActionProperties
}

func (cfg CmdConfig) Cmd(rcv interface{}, cmd string, args ...string) Action { return &cmdAction{} }
func (cfg CmdConfig) FlatCmd(rcv interface{}, cmd string, args ...interface{}) Action {
	return &cmdAction{}
}

type MultiClient interface {
	Do(context.Context, Action) error
	DoSecondary(context.Context, Action) error
	Close() error
}

func (c *Cluster) DoSecondary(ctx context.Context, a Action) error { return nil }
