package keyexpr

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"
)

// Files embedded with //go:embed.
//
// Programs keep Lua scripts in files of their own and embed them:
//
//	//go:embed lua/lock.lua
//	var lockScript string
//
// A package-level string (or []byte) variable with a go:embed directive
// naming one file, and never assigned, holds that file's bytes: a
// constant, as far as keys and scripts go. ReadEmbed reads the file; the
// analysis sets it (the evaluator itself knows no file names).

// maxEmbed is the largest embedded file read.
const maxEmbed = 1 << 20

// embedded records the go:embed variable a value spec declares.
func (e *Evaluator) embedded(spec *ast.ValueSpec, doc *ast.CommentGroup) {
	if len(spec.Names) != 1 || len(spec.Values) != 0 {
		return
	}
	v, ok := e.info.Defs[spec.Names[0]].(*types.Var)
	if !ok || v.Pkg() == nil || v.Parent() != v.Pkg().Scope() {
		return
	}
	for _, cg := range []*ast.CommentGroup{spec.Doc, doc} {
		if cg == nil {
			continue
		}
		for _, c := range cg.List {
			pattern, ok := strings.CutPrefix(c.Text, "//go:embed ")
			if !ok {
				continue
			}
			pattern = strings.TrimSpace(pattern)
			if pattern == "" || strings.ContainsAny(pattern, " \t*?[\"`") || strings.HasPrefix(pattern, "all:") {
				return // several files, a pattern, a quoted name: not one file
			}
			if e.embeds == nil {
				e.embeds = map[types.Object]embed{}
			}
			e.embeds[v] = embed{pos: spec.Pos(), name: pattern}
			return
		}
	}
}

type embed struct {
	pos  token.Pos
	name string
}

// embedParts returns the bytes of the file the go:embed variable obj holds.
func (e *Evaluator) embedParts(obj types.Object) ([]Part, bool) {
	em, ok := e.embeds[obj]
	if !ok || e.ReadEmbed == nil || e.writes[obj] != 2 { // the declaration alone
		return nil, false
	}
	data, ok := e.ReadEmbed(em.pos, em.name)
	if !ok || len(data) > maxEmbed {
		return nil, false
	}
	return []Part{{Const: data}}, true
}
