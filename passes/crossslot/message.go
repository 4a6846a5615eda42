package crossslot

// This file words the diagnostics: how keys, slots and templates are shown,
// what conflicts, and what it does on the receiver's client (consequence).

import (
	"fmt"
	"go/ast"
	"go/types"
	"sort"
	"strings"

	"github.com/redislint/redislint/internal/keyexpr"
	"github.com/redislint/redislint/internal/keyspec"
	"github.com/redislint/redislint/internal/model"
	"github.com/redislint/redislint/internal/msgtext"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"
)

func slotNote(k keyexpr.Key) string {
	if s, ok := k.Slot(); ok {
		return fmt.Sprintf(" (slot %d)", s)
	}
	return ""
}

// display renders a key for messages: its value when constant, the
// template of a fmt.Sprintf ("user:%d:a"), a builder call with its
// template (profileKey(id) = "profile:%d"), else its source.
func display(pass *analysis.Pass, k keyexpr.Key) string {
	if s, ok := k.Const(); ok {
		return quote(s)
	}
	if k.Each {
		return msgtext.Shorten(k.Joined(), 60) // one iteration's key
	}
	s := msgtext.Shorten(types.ExprString(k.Expr), 60)
	if call, ok := ast.Unparen(k.Expr).(*ast.CallExpr); ok {
		if fn, ok := typeutilCallee(pass, call); ok && fn == "fmt.Sprintf" {
			return k.Pattern()
		}
		if k.Known() {
			return s + " = " + k.Pattern()
		}
	}
	return s
}

func typeutilCallee(pass *analysis.Pass, call *ast.CallExpr) (string, bool) {
	fn, ok := typeutil.Callee(pass.TypesInfo, call).(*types.Func)
	if !ok || fn.Pkg() == nil {
		return "", false
	}
	return fn.Pkg().Path() + "." + fn.Name(), true
}

// quote quotes a key for a message, keeping it readable: invalid UTF-8 and
// control bytes are escaped, and a long key is cut between runes.
func quote(s string) string { return msgtext.Quote(s, 80) }

func describe(pass *analysis.Pass, s subject, a, b key, rel keyexpr.Relation, n int) string {
	var sb strings.Builder
	// A transaction's shard channels (SPUBLISH) are named channels; a
	// key and a channel are named one by one.
	mixed := s.tx && isChannel(a) != isChannel(b)
	switch {
	case s.tx:
		sb.WriteString(txHead(s, a, b))
	case s.watch && s.watchOnly:
		sb.WriteString("WATCH keys ")
	case s.watch:
		sb.WriteString("keys of the WATCH block ")
	case keyspec.HasShardChannels(s.name):
		sb.WriteString(s.name + " channels ")
	default:
		sb.WriteString(s.name + " keys ")
	}
	side := func(k key) string {
		str := display(pass, k.Key)
		if mixed {
			str = noun(s, k) + " " + str
		}
		var notes []string
		if (s.tx || s.watch && !s.watchOnly) && k.call != nil {
			notes = append(notes, k.call.Cmd.Name)
		}
		if sl, ok := k.Slot(); ok {
			notes = append(notes, fmt.Sprintf("slot %d", sl))
		}
		if len(notes) > 0 {
			str += " (" + strings.Join(notes, ", ") + ")"
		}
		return str
	}
	if a.Loop != nil && a.Loop == b.Loop && a.Expr == b.Expr {
		// Two iterations of one loop: one template, two values.
		how := "collected in a loop as "
		if s.tx || s.watch {
			how = "queued in a loop as "
		}
		sb.Reset()
		head := prefixOf(s)
		if s.tx {
			head = txHead(s, a, b)
		}
		sb.WriteString(head + how + side(a))
		if a.HasTagBraces() {
			sb.WriteString(" have a hash tag that differs between them")
		} else {
			sb.WriteString(" carry no hash tag")
		}
		sb.WriteString(": they hash to different slots for almost every pair of values of " + loopValues(a.Key, b.Key))
		sb.WriteString(unlessTaggedLoop(a.Key, b.Key))
		sb.WriteString(": " + consequence(pass, s))
		return sb.String()
	}
	sb.WriteString(side(a) + " and " + side(b))
	if rel == keyexpr.Different {
		sb.WriteString(" hash to different slots")
	} else {
		tagA, tagB := a.HasTagBraces(), b.HasTagBraces()
		switch {
		case tagA && tagB:
			sb.WriteString(" have different hash tags")
		case !tagA && !tagB:
			sb.WriteString(" carry no hash tag")
		default:
			sb.WriteString(" do not share a hash tag")
		}
		sb.WriteString(": they hash to different slots for almost every " + values(a.Key, b.Key))
		sb.WriteString(unlessTagged(a.Key, b.Key))
	}
	sb.WriteString(": " + consequence(pass, s))
	return sb.String()
}

// prefixOf is how describe starts a message on s.
func prefixOf(s subject) string {
	switch {
	case s.tx && s.via != "":
		return "transaction (through " + s.via + ") keys "
	case s.tx:
		return "transaction keys "
	case s.watch && s.watchOnly:
		return "WATCH keys "
	case s.watch:
		return "keys of the WATCH block "
	}
	return s.name + " keys "
}

// isChannel reports whether k is a shard channel of the command that
// gives it (SPUBLISH's channel), not a key.
func isChannel(k key) bool {
	return k.call != nil && keyspec.HasShardChannels(k.call.Cmd.Name)
}

// noun names k in a message on s: a channel in a transaction when it is
// one, else a key.
func noun(s subject, k key) string {
	if s.tx && isChannel(k) {
		return "channel"
	}
	return "key"
}

// txHead is how a message on keys a and b of a transaction starts:
// "transaction keys ", "transaction channels " when both are shard
// channels, "transaction " when one is (its sides then say which).
func txHead(s subject, a, b key) string {
	head := "transaction "
	if s.via != "" {
		head = "transaction (through " + s.via + ") "
	}
	switch ca, cb := isChannel(a), isChannel(b); {
	case ca && cb:
		return head + "channels "
	case ca || cb:
		return head
	}
	return head + "keys "
}

// loopValues names the values that differ between two iterations.
func loopValues(a, b keyexpr.Key) string {
	ids := map[string]bool{}
	for _, p := range a.Parts {
		if p.Value != nil {
			ids[p.Value.ID] = true
		}
	}
	var names []string
	seen := map[string]bool{}
	for _, p := range b.Parts {
		if p.Value != nil && !ids[p.Value.ID] && !seen[p.Value.Text] {
			seen[p.Value.Text] = true
			names = append(names, p.Value.Text)
		}
	}
	if len(names) == 0 {
		return "the values"
	}
	sort.Strings(names)
	return strings.Join(names, " and ")
}

// unlessTagged hedges a report whose keys start with a value that could
// carry its own hash tag (a prefix or a whole name given at run time).
func unlessTagged(a, b keyexpr.Key) string {
	var names []string
	for _, k := range []keyexpr.Key{a, b} {
		if o := k.MayCarryTag(); o != nil && (len(names) == 0 || names[0] != o.Text) {
			names = append(names, o.Text)
		}
	}
	switch len(names) {
	case 0:
		return ""
	case 1:
		return ", unless " + names[0] + " carries its own hash tag"
	}
	return ", unless " + names[0] + " and " + names[1] + " carry the same hash tag"
}

// unlessTaggedLoop hedges a loop's report whose template starts with a
// value that could carry its own hash tag: a value made before the loop
// (a prefix, the same in every iteration), or the loop's value itself (a
// caller's keys, which may share a tag).
func unlessTaggedLoop(a, b keyexpr.Key) string {
	o := a.MayCarryTag()
	if o == nil {
		return ""
	}
	if ob := b.MayCarryTag(); ob != nil && ob.ID != o.ID {
		return ", unless they carry the same hash tag"
	}
	return ", unless " + o.Text + " carries its own hash tag"
}

// values names the opaque values of two keys, for "almost every …".
func values(a, b keyexpr.Key) string {
	seen := map[string]bool{}
	var names []string
	for _, k := range []keyexpr.Key{a, b} {
		for _, p := range k.Parts {
			if p.Value != nil && !seen[p.Value.Text] {
				seen[p.Value.Text] = true
				names = append(names, p.Value.Text)
			}
		}
	}
	switch len(names) {
	case 0:
		return "value"
	case 1:
		return names[0]
	}
	sort.Strings(names)
	return "value of " + strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
}

func consequence(pass *analysis.Pass, s subject) string {
	switch s.kind {
	case model.RecvStandalone:
		if s.tx || s.watch {
			return "the transaction fails with CROSSSLOT if this endpoint is a cluster proxy"
		}
		return "CROSSSLOT if this endpoint is a cluster proxy"
	case model.RecvFailoverCluster:
		if s.watch {
			return "go-redis refuses the WATCH (redis: Watch requires all keys to be in the same slot): NewFailoverClusterClient builds a ClusterClient, which checks slots itself although one master holds them all"
		}
		return "go-redis v9.11+ refuses the transaction before sending it: NewFailoverClusterClient builds a ClusterClient, which checks slots itself although one master holds them all"
	case model.RecvRing:
		return "a Ring may keep them on different shards, and the command reaches only one"
	}
	if s.effect == model.CrossSlotSplit {
		who := s.lib.String() + " splits"
		if s.routing {
			who = "go-redis' routing policies split"
		}
		on := "on a cluster client"
		if s.kind == model.RecvMaybeCluster {
			on = "if the client is a cluster client"
		}
		return who + " it by slot " + on + ": each slot's " + s.name +
			" succeeds or fails alone, so the command is no longer all-or-nothing"
	}
	switch s.kind {
	case model.RecvMaybeCluster:
		what := "the client"
		if s.recv != nil {
			if t := pass.TypesInfo.TypeOf(s.recv); t != nil {
				what = "this " + types.TypeString(t, func(p *types.Package) string { return p.Name() })
			}
		}
		switch {
		case s.tx && s.txSplit:
			return goRedisName(s.version) + " sends it as one MULTI/EXEC per slot if " + what +
				" is a cluster client: the transaction is silently not atomic"
		case s.watch && s.watchOnly:
			return "go-redis refuses the WATCH if " + what + " is a cluster client"
		case s.effect == model.CrossSlotPanic:
			return s.lib.String() + " panics if " + what + " is a cluster client"
		case s.effect == model.CrossSlotClient:
			return s.lib.String() + " refuses it if " + what + " is a cluster client"
		}
		return "CROSSSLOT if " + what + " is a cluster client"
	case model.RecvUnknownConn:
		what := "the connection"
		if s.recv != nil {
			if t := pass.TypesInfo.TypeOf(s.recv); t != nil {
				what = "this " + types.TypeString(t, func(p *types.Package) string { return p.Name() })
			}
		}
		switch {
		case s.effect == model.CrossSlotPanic:
			return s.lib.String() + " panics if " + what + " is a cluster connection"
		case s.effect == model.CrossSlotClient:
			return s.lib.String() + " refuses it if " + what + " is a cluster connection"
		case s.watch:
			return "the transaction fails if " + what + " is a cluster connection"
		case s.tx:
			return "the whole transaction fails with CROSSSLOT if " + what + " is a cluster connection"
		}
		return "CROSSSLOT if " + what + " is a cluster connection"
	}
	switch s.effect {
	case model.CrossSlotPanic:
		return s.lib.String() + " panics on a cluster client (keys of different slots in one command)"
	case model.CrossSlotClient:
		return s.lib.String() + " refuses it on a cluster client, sending nothing"
	}
	switch {
	case s.watch && s.watchOnly:
		return "go-redis refuses the WATCH on a cluster (redis: Watch requires all keys to be in the same slot)"
	case s.watch:
		return "the transaction fails on a cluster"
	case s.tx && s.txSplit:
		return goRedisName(s.version) + " sends it as one MULTI/EXEC per slot on a cluster: the transaction is silently not atomic"
	case s.tx:
		return "the whole transaction fails with CROSSSLOT on a cluster"
	}
	return "CROSSSLOT on a cluster"
}

// goRedisName names the go-redis in use: its version, or the versions
// that have the behaviour described.
func goRedisName(version string) string {
	if version != "" {
		return "go-redis " + version
	}
	return "go-redis before " + model.FeatureCrossSlotTx.Since()
}

// funcName names fn for messages (msgtext.FuncName).
func funcName(fn *types.Func) string { return msgtext.FuncName(fn) }
