package radix

// This file stubs radix v3.8.0's Lua scripts and DoSecondary.

type EvalScript struct {
	script  string
	numKeys int
}

func NewEvalScript(numKeys int, script string) EvalScript { return EvalScript{script, numKeys} }

func (es EvalScript) Cmd(rcv interface{}, keysAndArgs ...string) Action { return &cmdAction{} }
func (es EvalScript) FlatCmd(rcv interface{}, keys []string, args ...interface{}) Action {
	return &cmdAction{}
}

func (c *Cluster) DoSecondary(a Action) error { return nil }
