// Package astindex indexes the syntax of a package for the traversals the
// analyzers repeat: the preorder of its nodes, filtered by type, with or
// without the stack of enclosing nodes, and cursors to a node's parents.
//
// It answers as golang.org/x/tools/go/ast/inspector does, node for node and
// in the same order, in half the memory: one entry per node (the inspector
// has a push and a pop event per node), with the end of its subtree and
// the types below it, where pops are implied by the ends. On a package of
// 300,000 nodes, the inspector's events are 20 MB of the heap while the
// package is analyzed, built in a 16 MB array that its walk then outgrows.
package astindex

import (
	"go/ast"
)

// An Index holds the nodes of a package's files in preorder.
type Index struct {
	entries []entry
	kinds   []uint8   // kindIndex of each node
	counts  [64]int32 // nodes of each kindIndex
}

type entry struct {
	node   ast.Node
	sub    uint64 // the types of the nodes strictly below
	end    int32  // the index after the subtree's last node
	parent int32  // the parent's index, -1 for a file
}

// New indexes files, in their order.
func New(files []*ast.File) *Index {
	// About one node per five bytes of source (x/tools's inspector
	// estimates one per six and often grows).
	extent := 0
	for _, f := range files {
		extent += int(f.End() - f.Pos())
	}
	n := min(extent/5, 1<<20)
	x := &Index{entries: make([]entry, 0, n), kinds: make([]uint8, 0, n)}
	var open []int32
	for _, f := range files {
		ast.Inspect(f, func(n ast.Node) bool {
			if n == nil {
				i := open[len(open)-1]
				open = open[:len(open)-1]
				e := &x.entries[i]
				e.end = int32(len(x.entries))
				if e.parent >= 0 {
					x.entries[e.parent].sub |= e.sub | bit(x.kinds[i])
				}
				return false
			}
			parent := int32(-1)
			if len(open) > 0 {
				parent = open[len(open)-1]
			}
			open = append(open, int32(len(x.entries)))
			x.entries = append(x.entries, entry{node: n, parent: parent})
			k := kindIndex(n)
			x.kinds = append(x.kinds, k)
			if k < uint8(len(x.counts)) {
				x.counts[k]++
			}
			return true
		})
	}
	return x
}

// Count returns the number of nodes of the types (every node when types
// is empty): what a map filled once per node of a type is sized by.
func (x *Index) Count(types []ast.Node) int {
	if len(types) == 0 {
		return len(x.entries)
	}
	n, m := 0, maskOf(types)
	for k, c := range x.counts {
		if m&bit(uint8(k)) != 0 {
			n += int(c)
		}
	}
	return n
}

// Preorder calls f for each node of a type in types (every node when
// types is empty), in depth-first preorder.
func (x *Index) Preorder(types []ast.Node, f func(ast.Node)) {
	mask := maskOf(types)
	for i := int32(0); i < int32(len(x.entries)); {
		e := &x.entries[i]
		if bit(x.kinds[i])&mask != 0 {
			f(e.node)
		}
		if e.sub&mask == 0 {
			i = e.end
			continue
		}
		i++
	}
}

// Nodes calls f for each node of a type in types, before its children
// (push true) and after them (push false); when f returns false before the
// children, they are skipped, and so is the call after them.
func (x *Index) Nodes(types []ast.Node, f func(n ast.Node, push bool) (proceed bool)) {
	mask := maskOf(types)
	var open []int32 // the nodes of those types being visited
	for i := int32(0); i < int32(len(x.entries)); {
		for len(open) > 0 && x.entries[open[len(open)-1]].end <= i {
			f(x.entries[open[len(open)-1]].node, false)
			open = open[:len(open)-1]
		}
		e := &x.entries[i]
		if bit(x.kinds[i])&mask != 0 {
			if !f(e.node, true) {
				i = e.end
				continue
			}
			open = append(open, i)
		}
		if e.sub&mask == 0 {
			i = e.end
			continue
		}
		i++
	}
	for j := len(open) - 1; j >= 0; j-- {
		f(x.entries[open[j]].node, false)
	}
}

// WithStack is Nodes with the stack of the nodes from the file down to n
// (n included), whatever their types.
func (x *Index) WithStack(types []ast.Node, f func(n ast.Node, push bool, stack []ast.Node) (proceed bool)) {
	mask := maskOf(types)
	var stack []ast.Node
	var open []int32 // the index of each node of stack
	pop := func() {
		top := open[len(open)-1]
		if bit(x.kinds[top])&mask != 0 {
			f(stack[len(stack)-1], false, stack)
		}
		stack, open = stack[:len(stack)-1], open[:len(open)-1]
	}
	for i := int32(0); i < int32(len(x.entries)); {
		for len(open) > 0 && x.entries[open[len(open)-1]].end <= i {
			pop()
		}
		e := &x.entries[i]
		stack, open = append(stack, e.node), append(open, i)
		if bit(x.kinds[i])&mask != 0 && !f(e.node, true, stack) {
			stack, open = stack[:len(stack)-1], open[:len(open)-1]
			i = e.end
			continue
		}
		if e.sub&mask == 0 {
			i = e.end
			continue
		}
		i++
	}
	for len(open) > 0 {
		pop()
	}
}
