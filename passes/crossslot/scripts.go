package crossslot

import (
	"fmt"
	"go/ast"
	"go/token"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/tools/go/analysis"

	"github.com/redislint/redislint/internal/callsite"
	"github.com/redislint/redislint/internal/keyexpr"
	"github.com/redislint/redislint/internal/keyspec"
	"github.com/redislint/redislint/internal/luascript"
	"github.com/redislint/redislint/internal/msgtext"
	"github.com/redislint/redislint/internal/slot"
)

// checkScripts reports Lua scripts run on a cluster that touch keys they do
// not receive in KEYS. Each script source is reported once per key access,
// however many calls run it.
func checkScripts(pass *analysis.Pass, cfg *Config, calls []*callsite.Call) {
	done := map[token.Pos]bool{}
	for _, c := range calls {
		if c.Script == nil || !reportsOn(cfg, c.Kind) {
			continue
		}
		accesses, derived := luascript.Keys(c.Script.Src, luaKeyIndexes)
		checkDerived(pass, c, derived, done)
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
				pass.Report(analysis.Diagnostic{
					Pos: pos, End: end, Category: Category,
					Message: fmt.Sprintf("Lua script calls %s on key %s read from the reply of %s instead of receiving it in KEYS: on a cluster the script runs on the node of its KEYS and fails when a key of that reply is in another slot (Script attempted to access a non local key in a cluster node)",
						a.Command, printable(a.Key), a.ReplyOf),
					Related: []analysis.RelatedInformation{{Pos: c.Call.Pos(), End: c.Call.End(), Message: fmt.Sprintf("the script runs here (%s)", c.Cmd.Name)}},
				})
				continue
			}
			// The key's slot, when its beginning fixes it.
			ks, known := slot.OfPrefix(a.Prefix)
			if a.Literal {
				ks, known = slot.Of(a.Prefix), true
			}
			verdict := "fails when that key is not in the slot of its KEYS"
			if known {
				same, all := 0, 0
				for _, k := range c.Keys {
					all++
					if s, ok := k.Slot(); ok && s == ks {
						same++
					} else if ok {
						verdict = fmt.Sprintf("fails: the key is in slot %d, its KEYS are not", ks)
					}
				}
				if c.Complete && all > 0 && same == all {
					continue // works: the key shares the slot of KEYS
				}
			}
			done[pos] = true
			how := "builds key " + printable(a.Key) + " itself"
			if a.Literal {
				how = "names key " + printable(a.Key) + " in its source"
			}
			msg := fmt.Sprintf("Lua script %s for %s instead of receiving it in KEYS: on a cluster the script runs on the node of its KEYS and %s", how, a.Command, verdict)
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

// checkDerived reports keys a script builds from KEYS[i] .. suffix when the
// call passes as KEYS[i] a key that provably has no hash tag: the built key
// then hashes as a whole, to another slot than KEYS[i] (for almost every
// suffix). A tagged key, or one the evaluator cannot see, is left alone:
// callers pass tagged prefixes on purpose.
func checkDerived(pass *analysis.Pass, c *callsite.Call, derived []luascript.Derived, done map[token.Pos]bool) {
	for _, d := range derived {
		if d.Index > len(c.Keys) {
			continue
		}
		k := c.Keys[d.Index-1]
		if !untagged(k) {
			continue
		}
		spos, send := scriptPos(pass, c, d.Off, d.Key)
		if done[k.Expr.Pos()] {
			continue
		}
		verdict := "fails for almost every value appended to it"
		if v, ok := k.Const(); ok && d.SuffixKnown {
			a, b := slot.Of(v), slot.Of(v+d.Suffix)
			if a == b {
				continue
			}
			verdict = fmt.Sprintf("fails: %s is in slot %d, %s in slot %d", quote(v), a, quote(v+d.Suffix), b)
		}
		done[k.Expr.Pos()] = true
		// The call is what is wrong: the script works for tagged keys.
		pass.Report(analysis.Diagnostic{
			Pos: k.Expr.Pos(), End: k.Expr.End(), Category: Category,
			Message: fmt.Sprintf("KEYS[%d] = %s has no hash tag, but the Lua script calls %s on %s: the built key is in another slot and the script %s",
				d.Index, display(pass, k), d.Command, printable(d.Key), verdict),
			Related: []analysis.RelatedInformation{{Pos: spos, End: send, Message: "the script builds the key here"}},
		})
	}
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
