package crossslot

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/tools/go/analysis"

	"github.com/redislint/redislint/internal/callsite"
	"github.com/redislint/redislint/internal/keyexpr"
	"github.com/redislint/redislint/internal/keyspec"
	"github.com/redislint/redislint/internal/luascript"
	"github.com/redislint/redislint/internal/model"
	"github.com/redislint/redislint/internal/msgtext"
	"github.com/redislint/redislint/internal/slot"
)

// checkScripts reports Lua scripts run on a cluster that touch keys they do
// not receive in KEYS. Each script source is reported once per key access,
// however many calls run it.
//
// What fails depends on the script's shebang (luascript.ModeOf): without
// one, or with allow-cross-slot-keys, a node serves a key of any slot it
// holds, so the message is conditional on the slot-to-node map ("fails
// unless slot 3586 and the slot of its KEYS (3403) are served by the same
// node"); a #!lua script may touch keys of one slot only, and fails on any
// other slot whatever the nodes.
func checkScripts(pass *analysis.Pass, cfg *Config, eval *keyexpr.Evaluator, calls []*callsite.Call) {
	done := map[token.Pos]bool{}
	for _, c := range calls {
		if c.Script == nil || !reportsOn(cfg, c.Kind) {
			continue
		}
		mode := luascript.ModeOf(c.Script.Src)
		if mode == luascript.ModeOther {
			continue // Redis refuses the shebang, or no-cluster: not this rule's failure
		}
		accesses, derived := luascript.Keys(c.Script.Src, luaKeyIndexes)
		checkDerived(pass, cfg, eval, c, mode, derived, done)
		for _, a := range accesses {
			pos, end := scriptPos(pass, c, a.Off, a.Key)
			if done[pos] {
				continue
			}
			if a.Reply {
				if allTagged(c) {
					// The keys a script lists under a tagged key are
					// usually under the same tag: stay silent.
					continue
				}
				done[pos] = true
				verdict := "fails when a key of that reply is served by another node (Script attempted to access a non local key in a cluster node)"
				if mode == luascript.ModeSlot {
					verdict = "fails when a key of that reply is in another slot (Script attempted to access keys that do not hash to the same slot)"
				}
				pass.Report(analysis.Diagnostic{
					Pos: pos, End: end, Category: Category,
					Message: fmt.Sprintf("Lua script calls %s on key %s read from the reply of %s instead of receiving it in KEYS: on a cluster the script runs on the node of its KEYS and %s%s",
						a.Command, printable(a.Key), a.ReplyOf, verdict, pcallNote(a.PCall)),
					Related: []analysis.RelatedInformation{{Pos: c.Call.Pos(), End: c.Call.End(), Message: fmt.Sprintf("the script runs here (%s)", c.Cmd.Name)}},
				})
				continue
			}
			// The key's slot, when its beginning fixes it.
			ks, known := slot.OfPrefix(a.Prefix)
			if a.Literal {
				ks, known = slot.Of(a.Prefix), true
			}
			if known && c.Complete && len(c.Keys) > 0 && keysSlot(c, ks) {
				continue // works: the key shares the slot of KEYS
			}
			done[pos] = true
			how := "builds key " + printable(a.Key) + " itself"
			if a.Literal {
				how = "names key " + printable(a.Key) + " in its source"
			}
			msg := fmt.Sprintf("Lua script %s for %s instead of receiving it in KEYS: on a cluster %s%s", how, a.Command, undeclaredVerdict(c, mode, ks, known), pcallNote(a.PCall))
			pass.Report(analysis.Diagnostic{
				Pos:      pos,
				End:      end,
				Category: Category,
				Message:  msg,
				Related: []analysis.RelatedInformation{{
					Pos:     c.Call.Pos(),
					End:     c.Call.End(),
					Message: fmt.Sprintf("the script runs here (%s)", c.Cmd.Name),
				}},
			})
		}
	}
}

// pcallNote hedges a message on a redis.pcall: Redis hands the script the
// error as a value (measured: a script that ignores it succeeds).
func pcallNote(pcall bool) string {
	if pcall {
		return "; with redis.pcall, only if the script returns or raises the error"
	}
	return ""
}

// keysSlot reports whether every key of the call is known to be in slot s.
func keysSlot(c *callsite.Call, s uint16) bool {
	for _, k := range c.Keys {
		if ks, ok := k.Slot(); !ok || ks != s {
			return false
		}
	}
	return true
}

// undeclaredVerdict says where a script runs and when it fails, for a key
// it does not declare whose slot is ks when known.
func undeclaredVerdict(c *callsite.Call, mode luascript.Mode, ks uint16, known bool) string {
	if c.Complete && len(c.Keys) == 0 {
		// No KEYS: the client sends the script to a node of its choice
		// (go-redis: a random slot's), which must serve the key.
		if known {
			return fmt.Sprintf("a script without KEYS runs on a node the client picks and fails unless that node serves slot %d", ks)
		}
		return "a script without KEYS runs on a node the client picks and fails unless that node serves that key"
	}
	// The slot of KEYS, when every key's slot is known and they agree.
	var keys uint16
	agree := c.Complete
	for i, k := range c.Keys {
		s, ok := k.Slot()
		if !ok || i > 0 && s != keys {
			agree = false
			break
		}
		keys = s
	}
	const runs = "the script runs on the node of its KEYS and "
	if mode == luascript.ModeSlot {
		// #!lua: one slot, whatever the nodes.
		for _, k := range c.Keys {
			if s, ok := k.Slot(); ok && known && s != ks {
				return runs + fmt.Sprintf("fails: the key is in slot %d, its KEYS are not", ks)
			}
		}
		return runs + "fails when that key is not in the slot of its KEYS"
	}
	switch {
	case known && agree:
		return runs + fmt.Sprintf("fails unless slot %d and the slot of its KEYS (%d) are served by the same node", ks, keys)
	case known:
		return runs + fmt.Sprintf("fails unless slot %d is served by the node of its KEYS", ks)
	}
	return runs + "fails when that key is served by another node than its KEYS"
}

// checkDerived reports keys a script builds from KEYS[i] .. suffix when the
// call passes as KEYS[i] a key that provably has no hash tag: the built key
// then hashes as a whole, to another slot than KEYS[i] (for almost every
// suffix). A tagged key, or one the evaluator cannot see, is left alone:
// callers pass tagged prefixes on purpose. Without a shebang the script
// fails only when the two slots are on different nodes, and the message
// says so.
func checkDerived(pass *analysis.Pass, cfg *Config, eval *keyexpr.Evaluator, c *callsite.Call, mode luascript.Mode, derived []luascript.Derived, done map[token.Pos]bool) {
	for _, d := range derived {
		if d.Argv {
			checkArgvDerived(pass, eval, c, mode, d, done)
			continue
		}
		alts := nthKey(c, d.Index)
		if len(alts) == 0 {
			continue
		}
		k := alts[0]
		if !slices.ContainsFunc(alts, untagged) {
			checkCallerDerived(pass, cfg, eval, c, mode, d, alts, done)
			continue
		}
		spos, send := scriptPos(pass, c, d.Off, d.Key)
		if done[k.Expr.Pos()] {
			continue
		}
		verdict := "the built key is in another slot for almost every value appended to it, and the script fails when that slot is served by another node"
		if mode == luascript.ModeSlot {
			verdict = "the built key is in another slot and the script fails for almost every value appended to it"
		}
		if v, ok := k.Const(); ok && d.SuffixKnown {
			a, b := slot.Of(v), slot.Of(v+d.Suffix)
			if a == b {
				continue
			}
			if mode == luascript.ModeSlot {
				verdict = fmt.Sprintf("the built key is in another slot and the script fails: %s is in slot %d, %s in slot %d", quote(v), a, quote(v+d.Suffix), b)
			} else {
				verdict = fmt.Sprintf("the built key is in another slot and the script fails unless slots %d (%s) and %d (%s) are served by the same node", a, quote(v), b, quote(v+d.Suffix))
			}
		}
		done[k.Expr.Pos()] = true
		// The call is what is wrong: the script works for tagged keys.
		pass.Report(analysis.Diagnostic{
			Pos: k.Expr.Pos(), End: k.Expr.End(), Category: Category,
			Message: fmt.Sprintf("KEYS[%d] = %s has no hash tag, but the Lua script calls %s on %s: %s%s",
				d.Index, display(pass, k), d.Command, printable(d.Key), verdict, pcallNote(d.PCall)),
			Related: []analysis.RelatedInformation{{Pos: spos, End: send, Message: "the script builds the key here"}},
		})
	}
}

// checkArgvDerived reports a key a script builds from ARGV[i] .. 'suffix'
// when the call passes as ARGV[i] a constant with no hash tag (an empty
// {} is none: Redis hashes the whole key): the built key hashes as a
// whole, to a slot the call's KEYS are not in. A prefix with a real tag
// puts every key built from it in one slot, and is the caller's choice;
// a key with more than a literal after the prefix (p .. '_g_' .. id) may
// be the very key the call passes in KEYS, and is left alone.
func checkArgvDerived(pass *analysis.Pass, eval *keyexpr.Evaluator, c *callsite.Call, mode luascript.Mode, d luascript.Derived, done map[token.Pos]bool) {
	x := argvArg(pass, eval, c, d.Index)
	if x == nil || done[x.Pos()] {
		return
	}
	v, ok := model.StringConst(pass.TypesInfo, x)
	if !ok && eval != nil {
		v, ok = eval.Eval(x).Const()
	}
	if !ok {
		return
	}
	if _, tagged := slot.Tag(v); tagged {
		return
	}
	if !d.SuffixKnown {
		return // p .. '_g_' .. id may be the very key the call passes in KEYS
	}
	ks := slot.Of(v + d.Suffix)
	if keysSlot(c, ks) {
		return
	}
	empty := ""
	if i := strings.IndexByte(v, '{'); i >= 0 && strings.HasPrefix(v[i:], "{}") {
		empty = " (an empty {} is none: the whole key is hashed)"
	}
	spos, send := scriptPos(pass, c, d.Off, d.Key)
	done[x.Pos()] = true
	verdict := undeclaredVerdict(c, mode, ks, true)
	pass.Report(analysis.Diagnostic{
		Pos: x.Pos(), End: x.End(), Category: Category,
		Message: fmt.Sprintf("ARGV[%d] = %s has no hash tag%s, but the Lua script calls %s on %s, a key it builds itself: %s%s",
			d.Index, quote(v), empty, d.Command, printable(d.Key), verdict, pcallNote(d.PCall)),
		Related: []analysis.RelatedInformation{{Pos: spos, End: send, Message: "the script builds the key here"}},
	})
}

// argvArg returns the expression a script call passes as ARGV[n]: the
// n-th of the arguments after its key list, where the model places the
// key list (the command's Keys argument, or the script call's Keys), when
// the next parameter holds the arguments (variadic, or a slice literal:
// rueidis Lua.Exec(ctx, c, keys, args)); nil when that is not known.
func argvArg(pass *analysis.Pass, eval *keyexpr.Evaluator, c *callsite.Call, n int) ast.Expr {
	if c.Via != nil || c.Fn == nil || n < 1 {
		return nil
	}
	sig, ok := c.Fn.Type().(*types.Signature)
	if !ok {
		return nil
	}
	ki := -1
	for _, a := range c.Cmd.Args {
		if a.Kind == model.Keys && a.Field == "" {
			ki = a.Param
		}
	}
	if ki < 0 {
		sc, ok := model.ScriptCallOf(c.Fn)
		if !ok || sc.Form != model.ScriptKeysSlice {
			return nil
		}
		ki = sc.Keys
	}
	ai := ki + 1 + model.CtxOffset(sig)
	if ai >= sig.Params().Len() || ai > len(c.Call.Args) {
		return nil
	}
	var args []ast.Expr
	switch last := ai == sig.Params().Len()-1; {
	case last && sig.Variadic() && !c.Call.Ellipsis.IsValid():
		args = c.Call.Args[ai:]
	case ai < len(c.Call.Args):
		if _, isSlice := sig.Params().At(ai).Type().Underlying().(*types.Slice); !isSlice || eval == nil {
			return nil
		}
		elems, ok := eval.SliceElems(c.Call.Args[ai])
		if !ok {
			return nil
		}
		args = elems
	}
	if n > len(args) {
		return nil
	}
	return args[n-1]
}

// checkCallerDerived reports a key a script builds from KEYS[i] .. suffix
// when KEYS[i] is the key the package's caller gives (-keylists): an
// exported function's string parameter, directly or through a field its
// constructor writes once. Unless the caller's key holds a hash tag, the
// built key hashes to another slot for almost every key, and the message
// says that condition.
func checkCallerDerived(pass *analysis.Pass, cfg *Config, eval *keyexpr.Evaluator, c *callsite.Call, mode luascript.Mode, d luascript.Derived, alts []keyexpr.Key, done map[token.Pos]bool) {
	if !cfg.KeyLists || eval == nil || len(alts) != 1 || !importable(pass.Pkg) {
		return
	}
	k := alts[0]
	if k.Expr == nil || done[k.Expr.Pos()] || k.HasTagBraces() || len(k.Parts) != 1 || k.Parts[0].Value == nil {
		return // a key with text of its own is judged by that text
	}
	fd, p := callerKey(pass, k.Expr, eval)
	if fd == nil {
		return
	}
	spos, send := scriptPos(pass, c, d.Off, d.Key)
	done[k.Expr.Pos()] = true
	verdict := "the built key is in another slot for almost every such key, and the script fails when that slot is served by another node"
	if mode == luascript.ModeSlot {
		verdict = "the built key is in another slot and the script fails for almost every such key"
	}
	pass.Report(analysis.Diagnostic{
		Pos: k.Expr.Pos(), End: k.Expr.End(), Category: Category,
		Message: fmt.Sprintf("KEYS[%d] = %s comes from the caller (parameter %s of exported %s), and the Lua script calls %s on %s: unless the caller's key holds a hash tag, %s%s",
			d.Index, display(pass, k), msgtext.Shorten(p.Name(), 30), fd.Name.Name, d.Command, printable(d.Key), verdict, pcallNote(d.PCall)),
		Related: []analysis.RelatedInformation{{Pos: spos, End: send, Message: "the script builds the key here"}},
	})
}

// nthKey returns the values of the call's n-th key (1-based, as KEYS[n]):
// the keys of one argument expression, one per value it may hold.
func nthKey(c *callsite.Call, n int) []keyexpr.Key {
	var out []keyexpr.Key
	i := 0
	for j, k := range c.Keys {
		if j == 0 || k.Expr != c.Keys[j-1].Expr || k.Expr == nil {
			i++
		}
		if i == n {
			out = append(out, k)
		}
	}
	return out
}

// allTagged reports whether the call passes KEYS that all carry hash tags.
func allTagged(c *callsite.Call) bool {
	if len(c.Keys) == 0 || !c.Complete {
		return false
	}
	for _, k := range c.Keys {
		if !k.HasTagBraces() {
			return false
		}
	}
	return true
}

// untagged reports whether a key provably carries no hash tag: no braces
// in its constants, and no value that could hold one (only integers).
func untagged(k keyexpr.Key) bool {
	if k.HasTagBraces() || k.Expr == nil {
		return false
	}
	for _, p := range k.Parts {
		if p.Value != nil && !p.Value.Decimal {
			return false
		}
	}
	return true
}

// scriptPos returns where to report a key access in a script: at the
// access itself inside a raw string literal of this package, else at the
// expression that gives the source.
func scriptPos(pass *analysis.Pass, c *callsite.Call, off int, text string) (token.Pos, token.Pos) {
	parts := c.Script.Key.Parts
	if len(parts) == 1 && parts[0].Lit != nil && inPackage(pass, parts[0].Lit) {
		lit := parts[0].Lit
		if strings.HasPrefix(lit.Value, "`") && !strings.Contains(lit.Value, "\r") {
			pos := lit.Pos() + 1 + token.Pos(off)
			return pos, pos + token.Pos(len(text))
		}
		return lit.Pos(), lit.End()
	}
	return c.Script.Expr.Pos(), c.Script.Expr.End()
}

func inPackage(pass *analysis.Pass, n ast.Node) bool {
	f := pass.Fset.File(n.Pos())
	for _, file := range pass.Files {
		if pass.Fset.File(file.Pos()) == f {
			return true
		}
	}
	return false
}

// luaKeyIndexes tells which words of a redis.call are keys, from the
// command key specs of the model.
func luaKeyIndexes(words []luascript.Word) ([]int, bool) {
	args := make([]keyspec.Arg, len(words))
	for i, w := range words {
		args[i] = keyspec.Arg{Text: w.Str, Known: w.IsStr}
	}
	return keyspec.Keys(args)
}

// printable returns Lua source text for a message: as it is when it is
// printable UTF-8 of reasonable length, else escaped and cut.
func printable(s string) string {
	ok := utf8.ValidString(s)
	for _, r := range s {
		if !unicode.IsPrint(r) {
			ok = false
		}
	}
	if !ok {
		s = strings.Trim(strconv.QuoteToGraphic(s), `"`)
	}
	return msgtext.Shorten(s, 80)
}
