package clustercheck

import (
	"context"
	"fmt"
	"log"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/redislint/redislint/internal/keyspec"
	"github.com/redislint/redislint/internal/model"
	"github.com/redislint/redislint/internal/slot"
)

// Rule is one of the cluster's rules that a single Redis does not enforce.
type Rule uint8

const (
	// CrossSlot: the keys of one command (MGET, MSET, DEL, RENAME, a
	// script's KEYS, …) or its shard channels (SSUBSCRIBE) are in more
	// than one slot. A cluster answers CROSSSLOT.
	CrossSlot Rule = iota + 1
	// Transaction: the keys of a MULTI … EXEC transaction are in more than
	// one slot. A cluster queues the commands and answers EXEC with
	// CROSSSLOT (redis-server 7.0.15); go-redis' cluster client refuses the
	// whole transaction before sending it.
	Transaction
	// NodeLocal: the command works on one node only (KEYS, SCAN,
	// RANDOMKEY, FLUSHDB, FLUSHALL, DBSIZE: a cluster client sends it to one
	// node and returns that node's answer as the cluster's) or is refused by
	// a cluster (SELECT of a database other than 0, SWAPDB, MOVE).
	NodeLocal
	// ScriptKey: a Lua script names or builds a key itself instead of
	// receiving it in KEYS. On a cluster the script runs on the node of its
	// KEYS, and fails ("Script attempted to access a non local key in a
	// cluster node") when that key lives on another node.
	ScriptKey

	numRules = iota + 1
)

var ruleNames = [numRules]string{CrossSlot: "crossslot", Transaction: "transaction", NodeLocal: "nodelocal", ScriptKey: "scriptkey"}

func (r Rule) String() string {
	if r > 0 && int(r) < len(ruleNames) {
		return ruleNames[r]
	}
	return fmt.Sprintf("Rule(%d)", r)
}

// Action is what the guard does when a command breaks a rule.
type Action uint8

const (
	// Default is the rule's default: Fail, except for NodeLocal (Report),
	// since a program written for one node may use those commands on
	// purpose.
	Default Action = iota
	// Off: the rule is not checked.
	Off
	// Report: the command is sent, and the violation is passed to
	// Options.Report.
	Report
	// Fail: the command is not sent; it fails with an *Error.
	Fail
)

func (a Action) String() string {
	switch a {
	case Default:
		return "default"
	case Off:
		return "off"
	case Report:
		return "report"
	case Fail:
		return "fail"
	}
	return fmt.Sprintf("Action(%d)", a)
}

// Options configures a Checker. The zero Options checks every rule with its
// default action and reports through the standard logger.
type Options struct {
	// What to do for each rule.
	CrossSlot, Transaction, NodeLocal, ScriptKey Action
	// Report receives the violations of rules whose action is Report. Nil
	// means log.Print. TestLog(t) reports to a test's log.
	Report func(*Error)
	// Disabled turns the guard off: the library packages then return the
	// client (or hook) unchanged, so that it costs nothing.
	Disabled bool
}

// TestLog returns an Options.Report that writes to tb's log.
func TestLog(tb testing.TB) func(*Error) {
	return func(e *Error) {
		tb.Helper()
		tb.Logf("clustercheck: %v", e)
	}
}

// KeySlot is a key (or shard channel) of a violation, with its slot.
type KeySlot struct {
	Key string
	// Command is the command that has the key (upper case).
	Command string
	Slot    uint16
}

// Error is a violation of one of the cluster's rules. A command that fails
// returns it; a command that is only reported passes it to Options.Report.
type Error struct {
	Rule Rule
	// Command is the command that breaks the rule, in upper case (for a
	// transaction: the command whose key is in another slot).
	Command string
	// Keys are, for CrossSlot and Transaction, the first key and the first
	// key of another slot; for ScriptKey, the script's first KEYS, if any.
	Keys []KeySlot
	// Script is, for ScriptKey, the key expression of the script's source
	// that does not come from KEYS ('user:' .. ARGV[1]).
	Script string
	msg    string
}

func (e *Error) Error() string { return e.msg }

// Checker checks commands against the cluster's rules. It is safe for
// concurrent use. The library packages build one from Options; New is for
// a library they do not cover.
type Checker struct {
	act      [numRules]Action
	report   func(*Error)
	disabled bool
	scripts  sync.Map // source or SHA1 → *scriptInfo
	nscripts atomic.Int64
}

// New returns a Checker for opts.
func New(opts Options) *Checker {
	c := &Checker{report: opts.Report, disabled: opts.Disabled}
	set := func(r Rule, a, def Action) {
		if a == Default {
			a = def
		}
		c.act[r] = a
	}
	set(CrossSlot, opts.CrossSlot, Fail)
	set(Transaction, opts.Transaction, Fail)
	set(NodeLocal, opts.NodeLocal, Report)
	set(ScriptKey, opts.ScriptKey, Fail)
	if c.report == nil {
		c.report = func(e *Error) { log.Print("clustercheck: ", e) }
	}
	return c
}

// Disabled reports whether the Checker was built with Options.Disabled.
func (c *Checker) Disabled() bool { return c == nil || c.disabled }

// Action returns what the Checker does for rule r.
func (c *Checker) Action(r Rule) Action { return c.act[r] }

type allowKey struct{}

// Allow returns a context under which the guard lets every command through:
// for code that knows it runs on one node (a test's FLUSHALL, an admin
// tool). reason says why, for the reader.
func Allow(ctx context.Context, reason string) context.Context {
	return context.WithValue(ctx, allowKey{}, reason)
}

// Allowed returns the reason given to Allow, if ctx is under it.
func Allowed(ctx context.Context) (reason string, ok bool) {
	if ctx == nil {
		return "", false
	}
	reason, ok = ctx.Value(allowKey{}).(string)
	return reason, ok
}

// Handle applies the rule's action to a violation found by Args, Strings
// or NameArgs: it returns the error the command must fail with, or nil when
// e is nil, only reported, or allowed by ctx.
func (c *Checker) Handle(ctx context.Context, e *Error) error {
	if e == nil {
		return nil
	}
	if _, ok := Allowed(ctx); ok {
		return nil
	}
	switch c.act[e.Rule] {
	case Fail:
		return e
	case Report:
		c.report(e)
	}
	return nil
}

// Tx is the state of a MULTI … EXEC transaction being checked: the first
// key seen, whose slot every other key must share. The zero Tx is a
// transaction that has seen no key.
type Tx struct {
	first KeySlot
	seen  bool
}

// words is the scratch space of one check: the command's words and its
// keys' indexes.
type words struct {
	args []keyspec.Arg
	keys []int
	num  []byte // the text of numeric words
}

var wordsPool = sync.Pool{New: func() any {
	return &words{args: make([]keyspec.Arg, 0, 16), keys: make([]int, 0, 16), num: make([]byte, 0, 128)}
}}

func getWords() *words {
	w := wordsPool.Get().(*words)
	w.args, w.keys, w.num = w.args[:0], w.keys[:0], w.num[:0]
	return w
}

func putWords(w *words) {
	if cap(w.args) > 1024 { // do not keep huge commands alive
		return
	}
	clear(w.args[:cap(w.args)]) // nor the strings they point to
	wordsPool.Put(w)
}

// Strings checks one command given as its words (rueidis, valkey-go). tx
// is the transaction it is queued in, or nil. It returns the violation, or
// nil; Handle says what to do with it.
func (c *Checker) Strings(tx *Tx, cmd []string) *Error {
	if c.Disabled() || len(cmd) == 0 {
		return nil
	}
	w := getWords()
	for _, s := range cmd {
		w.args = append(w.args, keyspec.Arg{Text: s, Known: true})
	}
	e := c.check(tx, w)
	putWords(w)
	return e
}

// Args checks one command given as go-redis gives it (Cmder.Args: the
// name, then the arguments). tx is as for Strings.
func (c *Checker) Args(tx *Tx, args []any) *Error {
	if c.Disabled() || len(args) == 0 {
		return nil
	}
	w := getWords()
	for _, a := range args {
		w.add(a)
	}
	e := c.check(tx, w)
	putWords(w)
	return e
}

// NameArgs checks one command given as redigo gives it (Do(name, args…)).
// tx is as for Strings.
func (c *Checker) NameArgs(tx *Tx, name string, args []any) *Error {
	if c.Disabled() || name == "" {
		return nil
	}
	w := getWords()
	w.args = append(w.args, keyspec.Arg{Text: name, Known: true})
	for _, a := range args {
		w.add(a)
	}
	e := c.check(tx, w)
	putWords(w)
	return e
}

// check checks the command in w.args.
func (c *Checker) check(tx *Tx, w *words) *Error {
	cmd, ok := keyspec.CommandOf(w.args)
	if !ok {
		return nil // unknown to Redis 7.0.15, or its name is not known
	}
	if c.act[NodeLocal] != Off {
		if e := nodeLocal(cmd, w.args); e != nil {
			return e
		}
	}
	var keys []int
	if cmd.HasKeys() {
		keys, ok = keyspec.AppendKeys(w.keys, w.args)
		if !ok {
			return nil // undecidable: silent
		}
		w.keys = keys[:0]
	}
	if c.act[CrossSlot] != Off {
		if e := crossSlot(cmd, w.args, keys, "keys"); e != nil {
			return e
		}
		if hasShardChannels(cmd) {
			// Appended after keys, which the checks below still read.
			if ch, ok := keyspec.AppendShardChannels(keys[len(keys):], w.args); ok {
				if e := crossSlot(cmd, w.args, ch, "channels"); e != nil {
					return e
				}
			}
		}
	}
	if c.act[ScriptKey] != Off {
		if e := c.scriptKeys(cmd, w.args, keys); e != nil {
			return e
		}
	}
	if tx != nil && c.act[Transaction] != Off {
		for _, i := range keys {
			a := w.args[i]
			if !a.Known {
				continue
			}
			s := slot.Of(a.Text)
			if !tx.seen {
				// The key may be a []byte's bytes: keep a copy.
				tx.first, tx.seen = KeySlot{Key: strings.Clone(a.Text), Command: cmd.Name, Slot: s}, true
				continue
			}
			if s != tx.first.Slot {
				other := KeySlot{Key: a.Text, Command: cmd.Name, Slot: s}
				return &Error{
					Rule:    Transaction,
					Command: cmd.Name,
					Keys:    []KeySlot{tx.first, other},
					msg: fmt.Sprintf("CROSSSLOT Keys in request don't hash to the same slot (transaction: keys %q (%s) slot %d, %q (%s) slot %d)",
						tx.first.Key, tx.first.Command, tx.first.Slot, other.Key, other.Command, other.Slot),
				}
			}
		}
	}
	return nil
}

// crossSlot returns the violation of keys (indexes into args) in more than
// one slot. Unknown words are left out: their slot cannot be told.
func crossSlot(cmd *keyspec.Command, args []keyspec.Arg, keys []int, what string) *Error {
	if len(keys) < 2 {
		return nil
	}
	first := -1
	var s0 uint16
	for _, i := range keys {
		if !args[i].Known {
			continue
		}
		s := slot.Of(args[i].Text)
		if first < 0 {
			first, s0 = i, s
			continue
		}
		if s != s0 {
			a, b := args[first].Text, args[i].Text
			return &Error{
				Rule:    CrossSlot,
				Command: cmd.Name,
				Keys:    []KeySlot{{Key: strings.Clone(a), Command: cmd.Name, Slot: s0}, {Key: strings.Clone(b), Command: cmd.Name, Slot: s}},
				msg:     fmt.Sprintf("CROSSSLOT Keys in request don't hash to the same slot (%s %q slot %d, %q slot %d)", what, a, s0, b, s),
			}
		}
	}
	return nil
}

func hasShardChannels(cmd *keyspec.Command) bool {
	for _, s := range cmd.KeySpecs {
		if s.Flags&keyspec.KeyNotKey != 0 {
			return true
		}
	}
	return false
}

// nodeLocal returns the violation of a node-local command, from the
// model's table of them. SELECT 0 is allowed: database 0 is the cluster's.
func nodeLocal(cmd *keyspec.Command, args []keyspec.Arg) *Error {
	nc, ok := model.NodeCommandOf(cmd.Name)
	if !ok {
		return nil
	}
	if nc.Name == "SELECT" && len(args) == 2 && args[1].Known && args[1].Text == "0" {
		return nil
	}
	msg := fmt.Sprintf("ERR %s is not allowed in cluster mode", nc.Name)
	if nc.Effect == model.OneNode {
		msg = fmt.Sprintf("%s on a cluster %s (clustercheck)", nc.Name, nc.What)
	}
	return &Error{Rule: NodeLocal, Command: nc.Name, msg: msg}
}

// Without returns a Checker that does what c does, except that it does not
// check rule r (for a client of one node of a cluster, on which node-local
// commands are what the program means).
func (c *Checker) Without(r Rule) *Checker {
	d := &Checker{act: c.act, report: c.report, disabled: c.disabled}
	d.act[r] = Off
	return d
}
