package cmds

// MULTI, EXEC and SET, for transactions written as a DoMulti batch.

type Multi struct{}

func (b Builder) Multi() Multi   { return Multi{} }
func (c Multi) Build() Completed { return Completed{} }

type Exec struct{}

func (b Builder) Exec() Exec    { return Exec{} }
func (c Exec) Build() Completed { return Completed{} }

type Set struct{}
type SetKey struct{}
type SetValue struct{}

func (b Builder) Set() Set                   { return Set{} }
func (c Set) Key(key string) SetKey          { return SetKey{} }
func (c SetKey) Value(value string) SetValue { return SetValue{} }
func (c SetValue) Build() Completed          { return Completed{} }
