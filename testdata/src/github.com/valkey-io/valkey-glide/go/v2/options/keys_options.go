// Package options is a stub of github.com/valkey-io/valkey-glide/go/v2/options
// (v2.5.3) for redislint's tests: the options values that carry keys (the
// sorted-set aggregations' KeyArray and WeightedKeys, scripts'
// ScriptOptions).
package options

// KeysOrWeightedKeys is implemented by KeyArray and WeightedKeys.
type KeysOrWeightedKeys interface {
	ToArgs() ([]string, error)
}

type KeyArray struct {
	Keys []string
}

func (k KeyArray) ToArgs() ([]string, error) { return k.Keys, nil }

type KeyWeightPair struct {
	Key    string
	Weight float64
}

type WeightedKeys struct {
	KeyWeightPairs []KeyWeightPair
}

func (w WeightedKeys) ToArgs() ([]string, error) { return nil, nil }

type Aggregate string

const AggregateSum Aggregate = "SUM"

type ZUnionOptions struct{ aggregate Aggregate }

func NewZUnionOptions() *ZUnionOptions { return &ZUnionOptions{} }

func (o *ZUnionOptions) SetAggregate(a Aggregate) *ZUnionOptions { o.aggregate = a; return o }

type ZInterOptions struct{ aggregate Aggregate }

func NewZInterOptions() *ZInterOptions { return &ZInterOptions{} }

type ScriptOptions struct {
	Keys []string
	Args []string
}

func NewScriptOptions() *ScriptOptions { return &ScriptOptions{Keys: []string{}, Args: []string{}} }

func (o *ScriptOptions) WithKeys(keys []string) *ScriptOptions { o.Keys = keys; return o }

func (o *ScriptOptions) WithArgs(args []string) *ScriptOptions { o.Args = args; return o }

type ScriptArgOptions struct {
	Args []string
}

type RouteOption struct{}

type ClusterScriptOptions struct {
	*ScriptArgOptions
	*RouteOption
}

func NewClusterScriptOptions() *ClusterScriptOptions {
	return &ClusterScriptOptions{ScriptArgOptions: &ScriptArgOptions{}, RouteOption: &RouteOption{}}
}

type Script struct{ hash string }

func NewScript(code string) *Script { return &Script{hash: code} }

func (s *Script) GetHash() string { return s.hash }
