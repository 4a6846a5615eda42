package keyexpr

import (
	"go/ast"
	"go/constant"
	"go/types"
	"strings"
)

// braceFree reports whether a call returns text that never holds '{' or
// '}', so that no hash tag can be in it: hex and base64 encodings,
// strconv's formatting of numbers, UUIDs, and the package's own functions
// every return of which is such a call or a non-empty constant without
// braces
// (func (k *Key) String() string { …; return hex.EncodeToString(h[:16]) }).
// A value that cannot carry a tag is as good as a number to the relation
// of two keys (Opaque.Decimal).
func (e *Evaluator) braceFree(call *ast.CallExpr, depth int) bool {
	fn := callee(e.info, call)
	if fn == nil || depth > 3 {
		return false
	}
	if braceFreeFunc(fn) {
		return true
	}
	fd := e.funcs[fn]
	if fd == nil || fd.Body == nil {
		return false
	}
	ok, n := true, 0
	ast.Inspect(fd.Body, func(node ast.Node) bool {
		switch s := node.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			n++
			if len(s.Results) != 1 {
				ok = false
				break
			}
			r := ast.Unparen(s.Results[0])
			if tv := e.info.Types[r]; tv.Value != nil {
				v := ""
				if tv.Value.Kind() == constant.String {
					v = constant.StringVal(tv.Value)
				}
				ok = ok && v != "" && !strings.ContainsAny(v, "{}")
				break
			}
			c, isCall := r.(*ast.CallExpr)
			ok = ok && isCall && e.braceFree(c, depth+1)
		}
		return ok
	})
	return ok && n > 0
}

// braceFreeFunc reports the functions of the standard library and common
// modules whose results never hold a brace.
func braceFreeFunc(fn *types.Func) bool {
	if fn.Pkg() == nil {
		return false
	}
	switch fn.Pkg().Path() {
	case "encoding/hex":
		return fn.Name() == "EncodeToString"
	case "encoding/base64", "encoding/base32":
		return fn.Name() == "EncodeToString"
	case "strconv":
		switch fn.Name() {
		case "Itoa", "FormatInt", "FormatUint", "FormatFloat", "FormatBool":
			return true
		}
	}
	return IsIDLibrary(fn.Pkg().Path()) && fn.Name() == "String"
}
