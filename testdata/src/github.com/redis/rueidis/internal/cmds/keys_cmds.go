package cmds

// This file stubs the builders of a few commands with keys, in the shape of
// rueidis v1.0.79's generated gen_*.go: each step is a type of its own, and
// the methods that add keys (Key, Newkey, Source, Destination, Store,
// KeyValue, Channel, Arbitrary's Keys) take string or ...string.

type Mget struct{}
type MgetKey struct{}

func (b Builder) Mget() Mget                { return Mget{} }
func (c Mget) Key(key ...string) MgetKey    { return MgetKey{} }
func (c MgetKey) Key(key ...string) MgetKey { return c }
func (c MgetKey) Build() Completed          { return Completed{} }
func (c MgetKey) Cache() Cacheable          { return Cacheable{} }

type Cacheable struct{ cs []string }

type Del struct{}
type DelKey struct{}

func (b Builder) Del() Del                { return Del{} }
func (c Del) Key(key ...string) DelKey    { return DelKey{} }
func (c DelKey) Key(key ...string) DelKey { return c }
func (c DelKey) Build() Completed         { return Completed{} }

type Mset struct{}
type MsetKeyValue struct{}

func (b Builder) Mset() Mset                                          { return Mset{} }
func (c Mset) KeyValue() MsetKeyValue                                 { return MsetKeyValue{} }
func (c MsetKeyValue) KeyValue(key string, value string) MsetKeyValue { return c }
func (c MsetKeyValue) Build() Completed                               { return Completed{} }

type Rename struct{}
type RenameKey struct{}
type RenameNewkey struct{}

func (b Builder) Rename() Rename                      { return Rename{} }
func (c Rename) Key(key string) RenameKey             { return RenameKey{} }
func (c RenameKey) Newkey(newkey string) RenameNewkey { return RenameNewkey{} }
func (c RenameNewkey) Build() Completed               { return Completed{} }

type Lmove struct{}
type LmoveSource struct{}
type LmoveDestination struct{}
type LmoveWherefromLeft struct{}
type LmoveWheretoRight struct{}

func (b Builder) Lmove() Lmove                                        { return Lmove{} }
func (c Lmove) Source(source string) LmoveSource                      { return LmoveSource{} }
func (c LmoveSource) Destination(destination string) LmoveDestination { return LmoveDestination{} }
func (c LmoveDestination) Left() LmoveWherefromLeft                   { return LmoveWherefromLeft{} }
func (c LmoveWherefromLeft) Right() LmoveWheretoRight                 { return LmoveWheretoRight{} }
func (c LmoveWheretoRight) Build() Completed                          { return Completed{} }

type Sort struct{}
type SortKey struct{}
type SortStore struct{}

func (b Builder) Sort() Sort                         { return Sort{} }
func (c Sort) Key(key string) SortKey                { return SortKey{} }
func (c SortKey) Store(destination string) SortStore { return SortStore{} }
func (c SortKey) Build() Completed                   { return Completed{} }
func (c SortStore) Build() Completed                 { return Completed{} }

type Eval struct{}
type EvalScript struct{}
type EvalNumkeys struct{}
type EvalKey struct{}
type EvalArg struct{}

func (b Builder) Eval() Eval                           { return Eval{} }
func (c Eval) Script(script string) EvalScript         { return EvalScript{} }
func (c EvalScript) Numkeys(numkeys int64) EvalNumkeys { return EvalNumkeys{} }
func (c EvalNumkeys) Key(key ...string) EvalKey        { return EvalKey{} }
func (c EvalKey) Key(key ...string) EvalKey            { return c }
func (c EvalKey) Arg(arg ...string) EvalArg            { return EvalArg{} }
func (c EvalKey) Build() Completed                     { return Completed{} }
func (c EvalArg) Build() Completed                     { return Completed{} }

type Ssubscribe struct{}
type SsubscribeChannel struct{}

func (b Builder) Ssubscribe() Ssubscribe                                { return Ssubscribe{} }
func (c Ssubscribe) Channel(channel ...string) SsubscribeChannel        { return SsubscribeChannel{} }
func (c SsubscribeChannel) Channel(channel ...string) SsubscribeChannel { return c }
func (c SsubscribeChannel) Build() Completed                            { return Completed{} }

// Publish and ClusterKeyslot take a channel and a key that are no keys of
// the command.
type Publish struct{}
type PublishChannel struct{}
type PublishMessage struct{}

func (b Builder) Publish() Publish                             { return Publish{} }
func (c Publish) Channel(channel string) PublishChannel        { return PublishChannel{} }
func (c PublishChannel) Message(message string) PublishMessage { return PublishMessage{} }
func (c PublishMessage) Build() Completed                      { return Completed{} }

type ClusterKeyslot struct{}
type ClusterKeyslotKey struct{}

func (b Builder) ClusterKeyslot() ClusterKeyslot          { return ClusterKeyslot{} }
func (c ClusterKeyslot) Key(key string) ClusterKeyslotKey { return ClusterKeyslotKey{} }
func (c ClusterKeyslotKey) Build() Completed              { return Completed{} }

// Arbitrary builds any command: Keys are compared, Args are not.
type Arbitrary Completed

func (b Builder) Arbitrary(token ...string) (c Arbitrary) { return Arbitrary{} }
func (c Arbitrary) Keys(keys ...string) Arbitrary         { return c }
func (c Arbitrary) Args(args ...string) Arbitrary         { return c }
func (c Arbitrary) Build() Completed                      { return Completed(c) }

type Subscribe struct{}
type SubscribeChannel struct{}

func (b Builder) Subscribe() (c Subscribe)                            { return Subscribe{} }
func (c Subscribe) Channel(channel ...string) SubscribeChannel        { return SubscribeChannel{} }
func (c SubscribeChannel) Channel(channel ...string) SubscribeChannel { return c }
func (c SubscribeChannel) Build() Completed                           { return Completed{} }
