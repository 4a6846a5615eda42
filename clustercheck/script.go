package clustercheck

import (
	"crypto/sha1"
	"encoding/hex"
	"fmt"
	"strings"

	"github.com/redislint/redislint/internal/keyspec"
	"github.com/redislint/redislint/internal/luascript"
	"github.com/redislint/redislint/internal/slot"
)

// scriptInfo is what the analyzers' rule says of one script source: the
// keys it names or builds itself.
type scriptInfo struct {
	access []luascript.Access
}

// maxScripts bounds how many script sources a Checker remembers (a program
// that builds sources at run time would otherwise grow it without end).
const maxScripts = 1024

// scriptKeys checks a script sent with EVAL (its source) or EVALSHA (its
// SHA1, when the Checker has seen its source in an EVAL or SCRIPT LOAD):
// the crossslot analyzer's rule for Lua scripts, applied to the source
// sent, with the KEYS sent.
func (c *Checker) scriptKeys(cmd *keyspec.Command, args []keyspec.Arg, keys []int) *Error {
	var info *scriptInfo
	switch cmd.Name {
	case "EVAL", "EVAL_RO":
		if len(args) < 2 || !args[1].Known {
			return nil
		}
		info = c.script(args[1].Text)
	case "EVALSHA", "EVALSHA_RO":
		if len(args) < 2 || !args[1].Known {
			return nil
		}
		v, ok := c.scripts.Load(strings.ToLower(args[1].Text))
		if !ok {
			return nil // a source the guard has not seen: the server decides
		}
		info = v.(*scriptInfo)
	case "SCRIPT LOAD":
		if len(args) == 3 && args[2].Known {
			c.script(args[2].Text)
		}
		return nil
	default:
		return nil
	}
	for _, a := range info.access {
		ks, known := slot.OfPrefix(a.Prefix)
		if a.Literal {
			ks, known = slot.Of(a.Prefix), true
		}
		if known && len(keys) > 0 && allInSlot(args, keys, ks) {
			continue // the key shares the slot of every KEYS: it works
		}
		how := "builds key " + a.Key + " itself"
		if a.Literal {
			how = "names key " + a.Key + " in its source"
		}
		e := &Error{Rule: ScriptKey, Command: cmd.Name, Script: a.Key}
		if len(keys) > 0 && args[keys[0]].Known {
			k := args[keys[0]].Text
			e.Keys = []KeySlot{{Key: strings.Clone(k), Command: cmd.Name, Slot: slot.Of(k)}}
		}
		e.msg = fmt.Sprintf("ERR Script attempted to access a non local key in a cluster node (clustercheck: the script %s for %s instead of receiving it in KEYS)", how, a.Command)
		return e
	}
	return nil
}

func allInSlot(args []keyspec.Arg, keys []int, s uint16) bool {
	for _, i := range keys {
		if !args[i].Known || slot.Of(args[i].Text) != s {
			return false
		}
	}
	return true
}

// script returns what the rule says of src, reading it once.
func (c *Checker) script(src string) *scriptInfo {
	if v, ok := c.scripts.Load(src); ok {
		return v.(*scriptInfo)
	}
	info := &scriptInfo{access: luascript.UndeclaredKeys(src, luaKeyIndexes)}
	if c.nscripts.Add(1) <= maxScripts {
		src = strings.Clone(src) // it may be a []byte's bytes
		sum := sha1.Sum([]byte(src))
		c.scripts.Store(src, info)
		c.scripts.Store(hex.EncodeToString(sum[:]), info)
	}
	return info
}

// luaKeyIndexes finds the keys of a redis.call in a script with the
// project's key specs, as the crossslot analyzer does.
func luaKeyIndexes(words []luascript.Word) ([]int, bool) {
	args := make([]keyspec.Arg, len(words))
	for i, w := range words {
		args[i] = keyspec.Arg{Text: w.Str, Known: w.IsStr}
	}
	return keyspec.Keys(args)
}
