package astindex

import (
	"go/ast"
	"go/token"
)

// A Cursor is a node of an Index, or its root, above the files.
type Cursor struct {
	x *Index
	i int32 // -1: the root
}

// Root returns the cursor above the files.
func (x *Index) Root() Cursor { return Cursor{x, -1} }

// Node returns the node of c, nil at the root.
func (c Cursor) Node() ast.Node {
	if c.i < 0 {
		return nil
	}
	return c.x.entries[c.i].node
}

// Parent returns the cursor of c's parent: the root for a file. It panics
// at the root.
func (c Cursor) Parent() Cursor {
	if c.i < 0 {
		panic("astindex: Parent of the root")
	}
	return Cursor{c.x, c.x.entries[c.i].parent}
}

// span returns the indexes of c's subtree, c included.
func (c Cursor) span() (int32, int32) {
	if c.i < 0 {
		return 0, int32(len(c.x.entries))
	}
	return c.i, c.x.entries[c.i].end
}

// FindNode returns the cursor of n in c's subtree.
func (c Cursor) FindNode(n ast.Node) (Cursor, bool) {
	k := kindIndex(n)
	mask := bit(k)
	if mask == 0 {
		return Cursor{}, false
	}
	x := c.x
	for i, limit := c.span(); i < limit; {
		e := &x.entries[i]
		if x.kinds[i] == k && e.node == n {
			return Cursor{x, i}, true
		}
		if e.sub&mask == 0 {
			i = e.end
			continue
		}
		i++
	}
	return Cursor{}, false
}

// FindByPos returns the cursor of the innermost node of c's subtree whose
// extent holds start to end (a file's: FileStart to FileEnd), the first
// one for an empty range between two nodes.
func (c Cursor) FindByPos(start, end token.Pos) (Cursor, bool) {
	if end < start {
		panic("astindex: FindByPos with end before start")
	}
	x := c.x
	best := int32(-1)
	for i, limit := c.span(); i < limit; {
		e := &x.entries[i]
		var nodeEnd token.Pos
		if f, ok := e.node.(*ast.File); ok {
			nodeEnd = f.FileEnd
			if f.FileStart > start { // files need not be in order
				i = e.end
				continue
			}
		} else {
			// x/tools also keeps a FuncDecl's type from replacing a best
			// match on its name (their extents overlap); here, as there,
			// the search never reaches the type once it holds the name:
			// a match narrows it to the match's subtree.
			nodeEnd = e.node.End()
			if e.node.Pos() > start {
				break
			}
		}
		if end <= nodeEnd {
			best = i
			limit = e.end
		} else if nodeEnd < start {
			i = e.end
			continue
		}
		i++
	}
	if best >= 0 {
		return Cursor{x, best}, true
	}
	return Cursor{}, false
}
