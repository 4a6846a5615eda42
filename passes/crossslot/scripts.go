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
		for _, a := range luascript.UndeclaredKeys(c.Script.Src, luaKeyIndexes) {
			pos, end := scriptPos(pass, c, a)
			if done[pos] {
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

// scriptPos returns where to report a key access in a script: at the
// access itself inside a raw string literal of this package, else at the
// expression that gives the source.
func scriptPos(pass *analysis.Pass, c *callsite.Call, a luascript.Access) (token.Pos, token.Pos) {
	parts := c.Script.Key.Parts
	if len(parts) == 1 && parts[0].Lit != nil && inPackage(pass, parts[0].Lit) {
		lit := parts[0].Lit
		if strings.HasPrefix(lit.Value, "`") && !strings.Contains(lit.Value, "\r") {
			pos := lit.Pos() + 1 + token.Pos(a.Off)
			return pos, pos + token.Pos(len(a.Key))
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
