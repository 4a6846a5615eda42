// Package cmds is a stub of github.com/valkey-io/valkey-go/internal/cmds: the
// command builder. Each builder method returns a step type whose methods
// add arguments; Build returns a Completed command.
package cmds

type Completed struct{ cs []string }

type Builder struct{}

type Keys struct{}
type KeysPattern struct{}

func (b Builder) Keys() Keys                      { return Keys{} }
func (c Keys) Pattern(pattern string) KeysPattern { return KeysPattern{} }
func (c KeysPattern) Build() Completed            { return Completed{} }

type Scan struct{}
type ScanCursor struct{}

func (b Builder) Scan() Scan                   { return Scan{} }
func (c Scan) Cursor(cursor uint64) ScanCursor { return ScanCursor{} }
func (c ScanCursor) Build() Completed          { return Completed{} }

type Flushall struct{}

func (b Builder) Flushall() Flushall { return Flushall{} }
func (c Flushall) Build() Completed  { return Completed{} }

type Dbsize struct{}

func (b Builder) Dbsize() Dbsize  { return Dbsize{} }
func (c Dbsize) Build() Completed { return Completed{} }

type Get struct{}
type GetKey struct{}

func (b Builder) Get() Get          { return Get{} }
func (c Get) Key(key string) GetKey { return GetKey{} }
func (c GetKey) Build() Completed   { return Completed{} }

type ClusterSlots struct{}

func (b Builder) ClusterSlots() ClusterSlots { return ClusterSlots{} }
func (c ClusterSlots) Build() Completed      { return Completed{} }
