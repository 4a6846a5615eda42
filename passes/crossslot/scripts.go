package crossslot

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strconv"
	"strings"
	"sync"
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
	st := &scriptState{done: map[token.Pos]bool{}, argv: map[argvSite]bool{}}
	for _, c := range calls {
		proxy := cfg.Standalone && c.Kind == model.RecvStandalone
		if !reportsOn(cfg, c.Kind) && !proxy {
			continue
		}
		for _, r := range scriptRuns(c) {
			r.proxy = proxy
			checkScript(pass, cfg, eval, r, st)
		}
	}
}

// scriptState is what checkScripts has reported: key accesses and KEYS
// expressions (done), and ARGV keys of a script given to a function that
// runs it (argv).
type scriptState struct {
	done map[token.Pos]bool
	argv map[argvSite]bool
}

type argvSite struct {
	script token.Pos
	index  int
}

// scriptRun is one way a script command runs: the command itself, or a
// call of the function it is in, which gives its source (and its ARGV, and
// its KEYS when the function takes them): c is then a copy of the command
// with that source and those keys, whose Call is the function's call.
type scriptRun struct {
	c *callsite.Call
	// caller is set for a call of the function the command is in.
	caller *callsite.ScriptCaller
	// proxy: a single-node client checked with -standalone.
	proxy bool
}

func scriptRuns(c *callsite.Call) []*scriptRun {
	var out []*scriptRun
	if c.Script != nil {
		out = append(out, &scriptRun{c: c})
	}
	for i := range c.Callers {
		sc := &c.Callers[i]
		cc := *c
		cc.Call, cc.Script = sc.Call, sc.Script
		if sc.KeysHere {
			cc.Keys, cc.Complete = sc.Keys, sc.Complete
		}
		out = append(out, &scriptRun{c: &cc, caller: sc})
	}
	return out
}

// on says where a script fails: on a cluster, or behind a cluster proxy.
func (r *scriptRun) on() string {
	if r.proxy {
		return "if this endpoint is a cluster proxy,"
	}
	return "on a cluster"
}

// hedge prefixes a verdict that does not say where for a proxy.
func (r *scriptRun) hedge(verdict string) string {
	if r.proxy {
		return "if this endpoint is a cluster proxy, " + verdict
	}
	return verdict
}

// scriptKeyCache memoizes luascript.Keys by script source: one script is
// often sent from several calls, and a package and its test variant both
// check it (asynq's rdb package declares 49, each read again). It is dropped
// whole when it grows past maxScriptKeys, so a long-lived driver (gopls)
// editing scripts does not keep every version.
var scriptKeyCache struct {
	sync.Mutex
	m map[string]scriptKeysResult
}

type scriptKeysResult struct {
	accesses []luascript.Access
	derived  []luascript.Derived
}

const maxScriptKeys = 4096

// scriptKeys returns luascript.Keys(src, luaKeyIndexes), which its callers
// only read.
func scriptKeys(src string) ([]luascript.Access, []luascript.Derived) {
	scriptKeyCache.Lock()
	res, ok := scriptKeyCache.m[src]
	scriptKeyCache.Unlock()
	if ok {
		return res.accesses, res.derived
	}
	res.accesses, res.derived = luascript.Keys(src, luaKeyIndexes)
	scriptKeyCache.Lock()
	if scriptKeyCache.m == nil || len(scriptKeyCache.m) >= maxScriptKeys {
		scriptKeyCache.m = map[string]scriptKeysResult{}
	}
	scriptKeyCache.m[src] = res
	scriptKeyCache.Unlock()
	return res.accesses, res.derived
}

func checkScript(pass *analysis.Pass, cfg *Config, eval *keyexpr.Evaluator, r *scriptRun, st *scriptState) {
	c := r.c
	mode := luascript.ModeOf(c.Script.Src)
	if mode == luascript.ModeOther {
		return // Redis refuses the shebang, or no-cluster: not this rule's failure
	}
	done := st.done
	accesses, derived := scriptKeys(c.Script.Src)
	checkDerived(pass, cfg, eval, r, mode, derived, st)
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
				Message: fmt.Sprintf("Lua script calls %s on key %s read from the reply of %s instead of receiving it in KEYS: %s the script runs on the node of its KEYS and %s%s",
					a.Command, printable(a.Key), a.ReplyOf, r.on(), verdict, pcallNote(a.PCall)),
				Related: []analysis.RelatedInformation{runsHere(r)},
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
		msg := fmt.Sprintf("Lua script %s for %s instead of receiving it in KEYS: %s %s%s", how, a.Command, r.on(), undeclaredVerdict(c, mode, ks, known), pcallNote(a.PCall))
		pass.Report(analysis.Diagnostic{
			Pos:      pos,
			End:      end,
			Category: Category,
			Message:  msg,
			Related:  []analysis.RelatedInformation{runsHere(r)},
		})
	}
}

// runsHere is the related information that points at the call that runs
// a script.
func runsHere(r *scriptRun) analysis.RelatedInformation {
	c := r.c
	how := c.Cmd.Name
	if r.caller != nil {
		how += " in " + r.caller.Fn.Name()
	}
	return analysis.RelatedInformation{Pos: c.Call.Pos(), End: c.Call.End(), Message: fmt.Sprintf("the script runs here (%s)", how)}
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
// says so. A key that is a configuration field with a struct-tag default
// is judged by that default, and the message says so (defaultDerived).
func checkDerived(pass *analysis.Pass, cfg *Config, eval *keyexpr.Evaluator, r *scriptRun, mode luascript.Mode, derived []luascript.Derived, st *scriptState) {
	c := r.c
	for _, d := range derived {
		if d.Argv {
			checkArgvDerived(pass, eval, r, mode, d, st)
			continue
		}
		alts := nthKey(c, d.Index)
		if len(alts) == 0 {
			continue
		}
		k := alts[0]
		if !slices.ContainsFunc(alts, untagged) {
			if len(alts) == 1 && defaultDerived(pass, r, mode, d, k, st) {
				continue
			}
			checkCallerDerived(pass, cfg, eval, c, mode, d, alts, st.done)
			continue
		}
		spos, send := scriptPos(pass, c, d.Off, d.Key)
		if st.done[k.Expr.Pos()] {
			continue
		}
		verdict := derivedVerdict(mode, "")
		if v, ok := k.Const(); ok && d.SuffixKnown {
			var same bool
			if verdict, same = derivedSlots(mode, v, d.Suffix); same {
				continue
			}
		}
		st.done[k.Expr.Pos()] = true
		// The call is what is wrong: the script works for tagged keys.
		pass.Report(analysis.Diagnostic{
			Pos: k.Expr.Pos(), End: k.Expr.End(), Category: Category,
			Message: fmt.Sprintf("KEYS[%d] = %s has no hash tag, but the Lua script calls %s on %s: %s%s",
				d.Index, display(pass, k), d.Command, printable(d.Key), r.hedge(verdict), pcallNote(d.PCall)),
			Related: []analysis.RelatedInformation{{Pos: spos, End: send, Message: "the script builds the key here"}},
		})
	}
}

// derivedVerdict says how a script fails on a key it builds from a KEYS
// element with no hash tag (than: "than KEYS[i] " when the message names
// the element only there).
func derivedVerdict(mode luascript.Mode, than string) string {
	if mode == luascript.ModeSlot {
		return "the built key is in another slot " + than + "and the script fails for almost every value appended to it"
	}
	return "the built key is in another slot " + than + "for almost every value appended to it, and the script fails when that slot is served by another node"
}

// derivedSlots is the verdict for the key v + suffix built from the KEYS
// element v, both known; same when they share a slot.
func derivedSlots(mode luascript.Mode, v, suffix string) (string, bool) {
	a, b := slot.Of(v), slot.Of(v+suffix)
	if a == b {
		return "", true
	}
	if mode == luascript.ModeSlot {
		return fmt.Sprintf("the built key is in another slot and the script fails: %s is in slot %d, %s in slot %d", quote(v), a, quote(v+suffix), b), false
	}
	return fmt.Sprintf("the built key is in another slot and the script fails unless slots %d (%s) and %d (%s) are served by the same node", a, quote(v), b, quote(v+suffix)), false
}

// defaultDerived reports a key a script builds from KEYS[i] .. suffix when
// KEYS[i] is not known but holds no hash tag with the struct-tag defaults
// of the configuration fields it is made of (`default:"{}"`): one value
// it may have, which the message names. It reports whether it judged the
// key (reported, or found in the slot of KEYS[i]).
func defaultDerived(pass *analysis.Pass, r *scriptRun, mode luascript.Mode, d luascript.Derived, k keyexpr.Key, st *scriptState) bool {
	kd, used, ok := k.WithDefaults()
	if !ok || k.Expr == nil {
		return false
	}
	v, ok := kd.Const()
	if !ok {
		return false
	}
	if _, tagged := slot.Tag(v); tagged {
		return false
	}
	verdict := derivedVerdict(mode, "")
	if d.SuffixKnown {
		var same bool
		if verdict, same = derivedSlots(mode, v, d.Suffix); same {
			return true
		}
	}
	pos, end, ok := st.site(pass, r, k.Expr, d)
	if !ok {
		return true
	}
	spos, send := scriptPos(pass, r.c, d.Off, d.Key)
	related := []analysis.RelatedInformation{{Pos: spos, End: send, Message: "the script builds the key here"}}
	if pos == spos {
		related = []analysis.RelatedInformation{{Pos: k.Expr.Pos(), End: k.Expr.End(), Message: fmt.Sprintf("KEYS[%d] is given here", d.Index)}, runsHere(r)}
	}
	pass.Report(analysis.Diagnostic{
		Pos: pos, End: end, Category: Category,
		Message: fmt.Sprintf("with the default %s, KEYS[%d] = %s has no hash tag%s, but the Lua script calls %s on %s: %s%s",
			defaults(used), d.Index, display(pass, k), emptyTagNote(v), d.Command, printable(d.Key), r.hedge(verdict), pcallNote(d.PCall)),
		Related: related,
	})
	return true
}

// site returns where to report a key a script builds from the argument x
// (a KEYS or ARGV element): at x, once, unless the script's source is
// given to a function that runs it and x is not in that call (the function
// or a builder of the arguments writes it); then at the key in the script,
// once per script and element.
func (st *scriptState) site(pass *analysis.Pass, r *scriptRun, x ast.Expr, d luascript.Derived) (token.Pos, token.Pos, bool) {
	if r.caller == nil || r.c.Call.Pos() <= x.Pos() && x.End() <= r.c.Call.End() {
		if st.done[x.Pos()] {
			return 0, 0, false
		}
		st.done[x.Pos()] = true
		return x.Pos(), x.End(), true
	}
	start, _ := scriptPos(pass, r.c, 0, "")
	idx := d.Index
	if d.Argv {
		idx = -idx
	}
	if st.argv[argvSite{start, idx}] {
		return 0, 0, false
	}
	st.argv[argvSite{start, idx}] = true
	pos, end := scriptPos(pass, r.c, d.Off, d.Key)
	return pos, end, true
}

// defaults names the struct-tag defaults a value was judged with.
func defaults(used []*keyexpr.Default) string {
	var parts []string
	for _, d := range used {
		parts = append(parts, fmt.Sprintf("%s %s (%s)", d.Field, quote(d.Value), d.Tag))
	}
	return strings.Join(parts, " and ")
}

// emptyTagNote explains a value whose first braces are an empty tag.
func emptyTagNote(v string) string {
	if i := strings.IndexByte(v, '{'); i >= 0 && strings.HasPrefix(v[i:], "{}") {
		return " (an empty {} is none: the whole key is hashed)"
	}
	return ""
}

// checkArgvDerived reports a key a script builds from ARGV[i] .. 'suffix'
// when the call passes as ARGV[i] a constant with no hash tag (an empty
// {} is none: Redis hashes the whole key): the built key hashes as a
// whole, to a slot the call's KEYS are not in. A prefix with a real tag
// puts every key built from it in one slot, and is the caller's choice.
// A key with more than a literal after the prefix (p .. '_g_' .. id) may
// be the very key the call passes in KEYS, and is left alone, unless
// ARGV[i] is provably the same value as a KEYS element (the same constant,
// the same field read): the key is then derived from that element, and
// in another slot for almost every value appended (keyexpr.SameRead: two
// reads of one configuration field count). An ARGV[i] that is a
// configuration field with a struct-tag default is judged by the default,
// and the message says so.
func checkArgvDerived(pass *analysis.Pass, eval *keyexpr.Evaluator, r *scriptRun, mode luascript.Mode, d luascript.Derived, st *scriptState) {
	c := r.c
	x := argvArg(pass, eval, r, d.Index)
	if x == nil {
		return
	}
	v, ok := model.StringConst(pass.TypesInfo, x)
	var kx keyexpr.Key
	if eval != nil {
		kx = eval.Eval(x)
		if !ok {
			v, ok = kx.Const()
		}
	}
	var used []*keyexpr.Default
	if !ok && eval != nil {
		if kd, u, has := kx.WithDefaults(); has {
			v, ok = kd.Const()
			used = u
		}
	}
	if !ok {
		return
	}
	if _, tagged := slot.Tag(v); tagged {
		return
	}
	// The KEYS element that is the same value as ARGV[i].
	same := 0
	for j := 1; eval != nil; j++ {
		alts := nthKey(c, j)
		if len(alts) == 0 {
			break
		}
		if len(alts) == 1 && (keyexpr.SameValue(alts[0], kx) || alts[0].Expr != nil && eval.SameRead(alts[0].Expr, x)) {
			same = j
			break
		}
	}
	if !d.SuffixKnown && same == 0 {
		return // p .. '_g_' .. id may be the very key the call passes in KEYS
	}
	keys := c
	if used != nil {
		// The KEYS as they are with the same defaults.
		cc := *c
		cc.Keys = make([]keyexpr.Key, len(c.Keys))
		for i, k := range c.Keys {
			cc.Keys[i] = k
			if kd, _, ok := k.WithDefaults(); ok {
				cc.Keys[i] = kd
			}
		}
		keys = &cc
	}
	var verdict, from string
	if d.SuffixKnown {
		ks := slot.Of(v + d.Suffix)
		if keysSlot(keys, ks) {
			return
		}
		verdict = undeclaredVerdict(keys, mode, ks, true)
	} else {
		from = fmt.Sprintf(" from ARGV[%d], the same value as KEYS[%d]", d.Index, same)
		verdict = derivedVerdict(mode, fmt.Sprintf("than KEYS[%d] ", same))
	}
	pos, end, ok := st.site(pass, r, x, d)
	if !ok {
		return
	}
	spos, send := scriptPos(pass, c, d.Off, d.Key)
	related := []analysis.RelatedInformation{{Pos: spos, End: send, Message: "the script builds the key here"}}
	if pos == spos {
		related = []analysis.RelatedInformation{{Pos: x.Pos(), End: x.End(), Message: fmt.Sprintf("ARGV[%d] is given here", d.Index)}, runsHere(r)}
	}
	shown, hedge := quote(v), ""
	if used != nil {
		shown = msgtext.Shorten(types.ExprString(x), 60)
		hedge = "with the default " + defaults(used) + ", "
	}
	pass.Report(analysis.Diagnostic{
		Pos: pos, End: end, Category: Category,
		Message: fmt.Sprintf("%sARGV[%d] = %s has no hash tag%s, but the Lua script calls %s on %s, a key it builds itself%s: %s%s",
			hedge, d.Index, shown, emptyTagNote(v), d.Command, printable(d.Key), from, r.hedge(verdict), pcallNote(d.PCall)),
		Related: related,
	})
}

// argvArg returns the expression a script run passes as ARGV[n]: for a
// call of the function that runs the script, the n-th of the arguments
// the call gives (callsite.ScriptCaller); for the command itself, the
// n-th of its arguments after its key list, as far as their positions
// are known (a slice built by append or by a builder type's chain
// counts, keyexpr.LeadingElems); nil when that is not known.
func argvArg(pass *analysis.Pass, eval *keyexpr.Evaluator, r *scriptRun, n int) ast.Expr {
	if n < 1 {
		return nil
	}
	if r.caller != nil {
		if n > len(r.caller.Argv) {
			return nil
		}
		return r.caller.Argv[n-1]
	}
	c := r.c
	ai, ok := callsite.ArgvParam(c)
	if !ok || ai > len(c.Call.Args) {
		return nil
	}
	sig := c.Fn.Type().(*types.Signature)
	var args []ast.Expr
	switch last := ai == sig.Params().Len()-1; {
	case last && sig.Variadic() && !c.Call.Ellipsis.IsValid():
		args = c.Call.Args[ai:]
	case ai < len(c.Call.Args):
		if eval == nil {
			return nil
		}
		args, _ = eval.LeadingElems(c.Call.Args[ai])
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
