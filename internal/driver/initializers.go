package driver

import (
	"go/ast"
	"go/constant"
	"go/token"
	"strconv"
)

// trimInitializers empties the composite literals that initialise the
// package-level variables of f, keeping their types: the file belongs to a
// package type-checked only for its declarations (blankBodies), whose
// variables' types are all an importer sees, and a literal's type is
// written in the literal. Tables of generated data are where a dependency's
// declarations cost most to check: on a cold build cache, the standard
// library's crypto/internal/fips140/nistec (a [...]byte of 88,000 elements)
// took 200 ms, and lay on the path to every package that imports net/http
// or crypto/tls; x/text's and x/net's Unicode tables 160 ms more.
//
// The length of an array literal [...]T{…} is its type, so it becomes
// [N]T with N counted from the elements, or stays as it is when an index is
// not an integer literal. Nothing else changes: constants keep their
// values, which are part of what importers see, and function literals are
// blankBodies'.
//
// go/types reports neither unused imports nor unused package-level objects
// when it ignores function bodies, so what only a dropped element used
// raises no error; nor can dropping references add an initialization
// cycle.
func trimInitializers(f *ast.File) {
	for _, d := range f.Decls {
		gd, ok := d.(*ast.GenDecl)
		if !ok || gd.Tok != token.VAR {
			continue
		}
		for _, s := range gd.Specs {
			vs, ok := s.(*ast.ValueSpec)
			if !ok {
				continue
			}
			for _, v := range vs.Values {
				trimValue(v)
			}
		}
	}
}

// trimValue empties v when it is a composite literal whose type is written
// in it, or the address of one, in parentheses or not.
func trimValue(v ast.Expr) {
	for {
		if p, ok := v.(*ast.ParenExpr); ok {
			v = p.X
		} else if u, ok := v.(*ast.UnaryExpr); ok && u.Op == token.AND {
			v = u.X
		} else {
			break
		}
	}
	lit, ok := v.(*ast.CompositeLit)
	if !ok || lit.Type == nil || lit.Incomplete || len(lit.Elts) == 0 {
		return
	}
	if at, ok := lit.Type.(*ast.ArrayType); ok {
		if _, ellipsis := at.Len.(*ast.Ellipsis); ellipsis {
			n, ok := arrayLength(lit.Elts)
			if !ok {
				return
			}
			at.Len = &ast.BasicLit{ValuePos: at.Len.Pos(), Kind: token.INT, Value: strconv.FormatInt(n, 10)}
		}
	}
	lit.Elts = nil
}

// arrayLength returns the length of an array literal [...]T with elts: one
// past the largest index, an element without a key taking the index after
// the previous one's. ok is false when a key is not an integer literal.
func arrayLength(elts []ast.Expr) (n int64, ok bool) {
	var next int64
	for _, e := range elts {
		if kv, isKV := e.(*ast.KeyValueExpr); isKV {
			b, isLit := kv.Key.(*ast.BasicLit)
			if !isLit || b.Kind != token.INT {
				return 0, false
			}
			k, exact := constant.Int64Val(constant.MakeFromLiteral(b.Value, token.INT, 0))
			if !exact || k < 0 {
				return 0, false
			}
			next = k
		}
		next++
		if next > n {
			n = next
		}
	}
	return n, true
}
