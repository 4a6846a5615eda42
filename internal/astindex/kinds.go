package astindex

import (
	"go/ast"
	"math"
)

// kindOf returns the bit of n's concrete type in a mask of node types, or
// 0 for a type outside package ast (which no filter names).
func kindOf(n ast.Node) uint64 { return bit(kindIndex(n)) }

// bit returns the mask of the type of index k: 0 for noKind.
func bit(k uint8) uint64 { return 1 << k }

// noKind is the index of a node type outside package ast.
const noKind = 255

// kindIndex returns the index of n's concrete type in a mask of node
// types, or noKind.
func kindIndex(n ast.Node) uint8 {
	var k uint8
	switch n.(type) {
	case *ast.ArrayType:
		k = 0
	case *ast.AssignStmt:
		k = 1
	case *ast.BadDecl:
		k = 2
	case *ast.BadExpr:
		k = 3
	case *ast.BadStmt:
		k = 4
	case *ast.BasicLit:
		k = 5
	case *ast.BinaryExpr:
		k = 6
	case *ast.BlockStmt:
		k = 7
	case *ast.BranchStmt:
		k = 8
	case *ast.CallExpr:
		k = 9
	case *ast.CaseClause:
		k = 10
	case *ast.ChanType:
		k = 11
	case *ast.CommClause:
		k = 12
	case *ast.Comment:
		k = 13
	case *ast.CommentGroup:
		k = 14
	case *ast.CompositeLit:
		k = 15
	case *ast.DeclStmt:
		k = 16
	case *ast.DeferStmt:
		k = 17
	case *ast.Ellipsis:
		k = 18
	case *ast.EmptyStmt:
		k = 19
	case *ast.ExprStmt:
		k = 20
	case *ast.Field:
		k = 21
	case *ast.FieldList:
		k = 22
	case *ast.File:
		k = 23
	case *ast.ForStmt:
		k = 24
	case *ast.FuncDecl:
		k = 25
	case *ast.FuncLit:
		k = 26
	case *ast.FuncType:
		k = 27
	case *ast.GenDecl:
		k = 28
	case *ast.GoStmt:
		k = 29
	case *ast.Ident:
		k = 30
	case *ast.IfStmt:
		k = 31
	case *ast.ImportSpec:
		k = 32
	case *ast.IncDecStmt:
		k = 33
	case *ast.IndexExpr:
		k = 34
	case *ast.IndexListExpr:
		k = 35
	case *ast.InterfaceType:
		k = 36
	case *ast.KeyValueExpr:
		k = 37
	case *ast.LabeledStmt:
		k = 38
	case *ast.MapType:
		k = 39
	case *ast.Package:
		k = 40
	case *ast.ParenExpr:
		k = 41
	case *ast.RangeStmt:
		k = 42
	case *ast.ReturnStmt:
		k = 43
	case *ast.SelectStmt:
		k = 44
	case *ast.SelectorExpr:
		k = 45
	case *ast.SendStmt:
		k = 46
	case *ast.SliceExpr:
		k = 47
	case *ast.StarExpr:
		k = 48
	case *ast.StructType:
		k = 49
	case *ast.SwitchStmt:
		k = 50
	case *ast.TypeAssertExpr:
		k = 51
	case *ast.TypeSpec:
		k = 52
	case *ast.TypeSwitchStmt:
		k = 53
	case *ast.UnaryExpr:
		k = 54
	case *ast.ValueSpec:
		k = 55
	default:
		return noKind
	}
	return k
}

// maskOf returns the mask of the types of nodes, every type when nodes
// is empty.
func maskOf(nodes []ast.Node) uint64 {
	if len(nodes) == 0 {
		return math.MaxUint64
	}
	var m uint64
	for _, n := range nodes {
		m |= kindOf(n)
	}
	return m
}
