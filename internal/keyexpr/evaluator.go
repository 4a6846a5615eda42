package keyexpr

// This file is the Evaluator and its index of the package: which variables
// and fields are written where (visit, write, escape, mark), which are
// stable, and how a value is identified.

import (
	"go/ast"
	"go/token"
	"go/types"
	"strconv"

	"github.com/redislint/redislint/internal/astindex"
)

// Evaluator turns expressions of one package into key templates.
type Evaluator struct {
	info  *types.Info
	files []*ast.File
	// defs records, for local variables and unexported package variables
	// that are assigned exactly once (at their declaration), the expression
	// assigned; other variables are in writes with a count > 1.
	defs   map[types.Object]ast.Expr
	writes map[types.Object]int
	// into counts what writes counts of a variable that gives it no whole
	// new value (a write into its fields, elements or pointee, a
	// declaration without a value, a parameter): writes less into are the
	// writes that assign it (assigned, SameRead).
	into   map[types.Object]int
	ids    map[types.Object]int
	consts map[*types.Const]*ast.BasicLit
	// fieldDefs and fieldWrites record writes into struct fields of the
	// package's own types: a field written once (in a composite literal or
	// an assignment) holds that value wherever it is read.
	fieldDefs   map[*types.Var]ast.Expr
	fieldWrites map[*types.Var]int
	// fieldVals are the values written into each field (zero values left
	// out), and fieldLost the fields written in a way not followed (&x.f).
	fieldVals map[*types.Var][]ast.Expr
	fieldLost map[*types.Var]bool
	// fieldLits are the struct composite literals that write each field,
	// each with the value it gives the field (nil: it leaves the field
	// out, which holds its zero value). A field whose every write is one
	// of these has one alternative per literal (fieldchoice.go).
	fieldLits map[*types.Var][]fieldLit
	// fieldAssigned are the fields an assignment statement writes
	// (x.f = v), of any package's types (SameRead).
	fieldAssigned map[*types.Var]bool
	// truncs are the loops in which a slice variable is emptied under a
	// condition (a batch's flush, collect.go).
	truncs map[types.Object][]ast.Node
	// funcs maps the package's functions to their declarations, builders
	// memoises their summaries (nil: none, or being computed).
	funcs    map[*types.Func]*ast.FuncDecl
	builders map[*types.Func]*Builder
	// fieldBuilders memoises the summaries of the fields of functions'
	// struct results (fieldbuilder.go).
	fieldBuilders map[fieldBuilderKey]*Builder
	// tupleDefs: the local variables first written by a call with several
	// results (a, b := s.keys(id)), with the call and the result's index;
	// resultBuilders memoises the summaries of those results.
	tupleDefs      map[types.Object]tupleDef
	resultBuilders map[resultBuilderKey]*Builder
	// Imported returns the summary of a function of another package (a
	// fact exported when that package was analysed); nil means none.
	Imported func(*types.Func) (*Builder, bool)
	// Sourced returns the summary of a function of a package that was
	// read without syntax or facts, computed from its source files, and
	// MaySource says, cheaply, whether Sourced could answer for a
	// function. Sourced is asked only while a key is evaluated, never
	// while SummariseAll summarises the package: a dependency is read from
	// source only when one of its functions is called in a key position
	// (a builder of the package that calls one is summarised again then).
	Sourced   func(*types.Func) (*Builder, bool)
	MaySource func(*types.Func) bool
	// summarising is set while SummariseAll runs; deferred records that
	// the summary being computed met a function only Sourced could
	// answer for, and stale the summaries that did, computed again
	// outside SummariseAll.
	summarising bool
	deferred    bool
	stale       map[*types.Func]bool
	// ReadEmbed returns the contents of the file name that a go:embed
	// directive at pos names (embed.go); nil: embedded files are not read.
	ReadEmbed func(pos token.Pos, name string) (string, bool)
	// ReadOnly says whether a call only reads the maps and slices it is
	// given (a client library's command); nil: no call is known to.
	ReadOnly func(*ast.CallExpr) bool
	embeds   map[types.Object]embed
	// ImportedField returns the constant an exported field of another
	// package's struct type holds, by that package's fact (fields.go).
	ImportedField func(*types.Var) (string, bool)
	nesting       int
	// fresh numbers the opaque parts builders make at each call.
	fresh map[token.Pos]int
	// first is the value a variable's first write gave (nil: none),
	// zeroDecl marks variables declared without a value, and appends the
	// v = append(v, x) statements in loops: slices collected at run time.
	first    map[types.Object]ast.Expr
	zeroDecl map[types.Object]bool
	appends  map[types.Object][]collect
	// bound gives, while EvalEach evaluates one iteration, the element a
	// range variable holds.
	bound map[types.Object]ast.Expr
	// outArgs are the &k arguments of calls, outStores the *p = v stores
	// of parameters (outkeys.go).
	outArgs   map[types.Object][]outArg
	outStores map[*types.Var][]outStore
	// mapWrites are the m[k] = v statements of local maps (maps.go).
	mapWrites map[types.Object][]mapWrite
	depth     int
	// bodies, bodyList, graphs and closureW serve the reaching writes of
	// locals (reach.go); escaped are the variables whose address is
	// taken. choices records, while EvalAlts evaluates a key, the
	// variables read where several writes reach, and forced the write
	// assumed for each when it evaluates one combination.
	ins      *astindex.Index // nil: the evaluator was built by New
	bodies   map[*ast.BlockStmt]*ast.FuncType
	bodyList []*ast.BlockStmt
	graphs   map[*ast.BlockStmt]*graph
	closureW map[closureKey]bool
	escaped  map[types.Object]bool
	choices  []choice
	forced   map[*types.Var]ast.Node
	// steps counts the parts calls of one Eval: templates that fan out
	// (each variable formatted from several copies of the one before)
	// would otherwise take exponential time within maxDepth.
	steps int
}

// New returns an evaluator for a package's files and type information.
func New(info *types.Info, files []*ast.File) *Evaluator {
	e := newEvaluator(info, files)
	e.index()
	return e
}

func newEvaluator(info *types.Info, files []*ast.File) *Evaluator {
	return &Evaluator{
		info:   info,
		files:  files,
		defs:   map[types.Object]ast.Expr{},
		writes: map[types.Object]int{},
		into:   map[types.Object]int{},
		ids:    map[types.Object]int{},
		consts: map[*types.Const]*ast.BasicLit{},

		fieldDefs:     map[*types.Var]ast.Expr{},
		fieldWrites:   map[*types.Var]int{},
		fieldVals:     map[*types.Var][]ast.Expr{},
		fieldLost:     map[*types.Var]bool{},
		fieldLits:     map[*types.Var][]fieldLit{},
		fieldAssigned: map[*types.Var]bool{},
		truncs:        map[types.Object][]ast.Node{},
		funcs:         map[*types.Func]*ast.FuncDecl{},
		builders:      map[*types.Func]*Builder{},
		fresh:         map[token.Pos]int{},
		first:         map[types.Object]ast.Expr{},
		zeroDecl:      map[types.Object]bool{},
		appends:       map[types.Object][]collect{},
		mapWrites:     map[types.Object][]mapWrite{},
		outArgs:       map[types.Object][]outArg{},
		outStores:     map[*types.Var][]outStore{},
		escaped:       map[types.Object]bool{},
	}
}

// presize sizes the maps that the index fills for a package of n
// syntax nodes, from their densities in large packages (go-redis,
// valkey-go, centrifuge with their tests: a variable written per 17–29
// nodes; a margin above the densest), so that they do not grow step by
// step.
func (e *Evaluator) presize(n int) {
	e.writes = make(map[types.Object]int, n/16)
	e.into = make(map[types.Object]int, n/28)
	e.first = make(map[types.Object]ast.Expr, n/52)
	e.defs = make(map[types.Object]ast.Expr, n/70)
}

// index records every write to a variable, and where constants are declared
// with a single literal.
func (e *Evaluator) index() {
	var stack []ast.Node
	for _, f := range e.files {
		ast.Inspect(f, func(n ast.Node) bool {
			if n == nil {
				stack = stack[:len(stack)-1]
				return true
			}
			stack = append(stack, n)
			e.visit(n, stack)
			return true
		})
	}
}

// indexTypes are the nodes visit reads.
var indexTypes = []ast.Node{
	(*ast.FuncDecl)(nil),
	(*ast.FuncType)(nil),
	(*ast.AssignStmt)(nil),
	(*ast.ValueSpec)(nil),
	(*ast.CompositeLit)(nil),
	(*ast.IncDecStmt)(nil),
	(*ast.UnaryExpr)(nil),
	(*ast.RangeStmt)(nil),
	(*ast.SelectorExpr)(nil),
	(*ast.CallExpr)(nil),
}

// NewInspected is [New] for files already indexed (astindex): the index
// visits only the nodes it reads, through the syntax index's entries,
// instead of walking the files again.
func NewInspected(info *types.Info, files []*ast.File, ins *astindex.Index) *Evaluator {
	e := newEvaluator(info, files)
	e.ins = ins
	e.presize(ins.Count(nil))
	ins.WithStack(indexTypes, func(n ast.Node, push bool, stack []ast.Node) bool {
		if push {
			e.visit(n, stack)
		}
		return true
	})
	return e
}

// escape records that the variable x is (or holds) has its address taken.
func (e *Evaluator) escape(x ast.Expr) {
	for {
		switch y := ast.Unparen(x).(type) {
		case *ast.Ident:
			if obj := e.info.ObjectOf(y); obj != nil {
				e.escaped[obj] = true
			}
			return
		case *ast.SelectorExpr:
			x = y.X
		case *ast.IndexExpr:
			x = y.X
		default:
			return
		}
	}
}

// mark records a write into x that is not an assignment of a whole
// value: v, v.f, v[i], *v, v[i:]: the variable v no longer holds one
// value (nor do its fields, elements and pointee).
func (e *Evaluator) mark(x ast.Expr) {
	for {
		switch y := ast.Unparen(x).(type) {
		case *ast.Ident:
			e.write(y, nil)
			e.write(y, nil)
			if obj := e.info.ObjectOf(y); obj != nil {
				e.into[obj] += 2 // written into, not assigned
			}
			return
		case *ast.SelectorExpr:
			sel, ok := e.info.Selections[y]
			if !ok || sel.Kind() != types.FieldVal {
				return
			}
			if f, ok := sel.Obj().(*types.Var); ok {
				e.fieldWrites[f] += 2
				e.fieldLost[f.Origin()] = true
			}
			x = y.X
		case *ast.IndexExpr:
			x = y.X
		case *ast.SliceExpr:
			x = y.X
		case *ast.StarExpr:
			x = y.X
		default:
			return
		}
	}
}

func (e *Evaluator) write(id *ast.Ident, val ast.Expr) {
	obj := e.info.ObjectOf(id)
	if obj == nil {
		return
	}
	if _, ok := obj.(*types.Var); !ok {
		return
	}
	e.writes[obj]++
	if e.writes[obj] == 1 && val != nil {
		e.first[obj] = val // for Collected, filledMapKeys and builderString
	}
	if val != nil && e.writes[obj] == 1 {
		e.defs[obj] = val
	} else {
		delete(e.defs, obj)
	}
}

// visit indexes one node; stack is the path from the file to n, n
// included.
func (e *Evaluator) visit(n ast.Node, stack []ast.Node) {
	if a, ok := n.(*ast.AssignStmt); ok {
		// The innermost loop around the statement.
		var loop ast.Node
		for i := len(stack) - 2; i >= 0; i-- {
			switch stack[i].(type) {
			case *ast.ForStmt, *ast.RangeStmt:
				loop = stack[i]
			}
			if loop != nil {
				break
			}
		}
		e.indexAppend(a, loop, stack)
		e.indexOut(a, stack)
	}
	if c, ok := n.(*ast.CallExpr); ok {
		e.indexOut(c, stack)
	}
	switch n := n.(type) {
	case *ast.FuncDecl:
		if fn, ok := e.info.Defs[n.Name].(*types.Func); ok && n.Body != nil {
			e.funcs[fn] = n
		}
		// Receivers and parameters are defined by the call: a
		// later assignment is a second write.
		if n.Recv != nil {
			e.defineParams(n.Recv)
		}
	case *ast.FuncType:
		e.defineParams(n.Params)
		e.defineParams(n.Results)
	case *ast.AssignStmt:
		for i, lhs := range n.Lhs {
			id, ok := ast.Unparen(lhs).(*ast.Ident)
			if !ok {
				if sel, ok := ast.Unparen(lhs).(*ast.SelectorExpr); ok {
					if f, ok := e.info.Uses[sel.Sel].(*types.Var); ok && f.IsField() {
						e.fieldAssigned[f.Origin()] = true
					}
				}
				if f := e.fieldOf(lhs); f != nil && len(n.Lhs) == len(n.Rhs) && n.Tok == token.ASSIGN {
					// x.f = v: one write of the field (and x no
					// longer holds one value).
					e.writeField(f, n.Rhs[i])
					e.mark(ast.Unparen(lhs).(*ast.SelectorExpr).X)
					continue
				}
				e.mark(lhs)
				continue
			}
			var val ast.Expr
			if len(n.Lhs) == len(n.Rhs) && (n.Tok == token.DEFINE || n.Tok == token.ASSIGN) {
				val = n.Rhs[i]
			}
			if n.Tok == token.DEFINE && e.info.Defs[id] == nil {
				// Redeclared in a := with other new variables: a write.
				val = nil
			} else if len(n.Rhs) == 1 && len(n.Lhs) > 1 {
				e.tupleWrite(id, n.Rhs[0], i)
			}
			e.write(id, val)
		}
	case *ast.ValueSpec:
		var doc *ast.CommentGroup
		if len(stack) >= 2 {
			if gd, ok := stack[len(stack)-2].(*ast.GenDecl); ok && len(gd.Specs) == 1 {
				doc = gd.Doc
			}
		}
		e.embedded(n, doc)
		for i, id := range n.Names {
			if c, ok := e.info.Defs[id].(*types.Const); ok {
				if i < len(n.Values) {
					if lit, ok := ast.Unparen(n.Values[i]).(*ast.BasicLit); ok && lit.Kind == token.STRING {
						e.consts[c] = lit
					}
				}
				continue
			}
			var val ast.Expr
			if len(n.Values) == len(n.Names) {
				val = n.Values[i]
			}
			if len(n.Values) == 0 {
				// var x T: a zero value we do not model (nor
				// the zero values of its fields).
				if obj := e.info.Defs[id]; obj != nil {
					e.zeroFields(obj.Type())
				}
				e.writes[e.info.Defs[id]] += 2
				e.into[e.info.Defs[id]] += 2 // no value: not assigned
				e.zeroDecl[e.info.Defs[id]] = true
				continue
			}
			if len(n.Values) == 1 && len(n.Names) > 1 {
				e.tupleWrite(id, n.Values[0], i) // var a, b = s.keys(id)
			}
			e.write(id, val)
		}
	case *ast.CompositeLit:
		e.indexLiteral(n)
	case *ast.IncDecStmt:
		e.mark(n.X)
	case *ast.UnaryExpr:
		if n.Op == token.AND {
			// Address taken: anything may write it.
			e.mark(n.X)
			e.escape(n.X)
		}
	case *ast.RangeStmt:
		for _, x := range []ast.Expr{n.Key, n.Value} {
			if x != nil {
				e.mark(x)
			}
		}
	case *ast.SelectorExpr:
		// x.M with a pointer receiver takes x's address.
		if sel, ok := e.info.Selections[n]; ok && sel.Kind() == types.MethodVal {
			recv := sel.Obj().Type().(*types.Signature).Recv()
			_, ptrMethod := recv.Type().Underlying().(*types.Pointer)
			_, ptrOperand := sel.Recv().Underlying().(*types.Pointer)
			if ptrMethod && !ptrOperand {
				e.mark(n.X)
				e.escape(n.X)
			}
		}
	case *ast.CallExpr:
		// Builtins that write into their first operand.
		if b, ok := e.writingBuiltin(n); ok && len(n.Args) > 0 {
			switch b.Name() {
			case "delete", "clear", "copy":
				e.mark(n.Args[0])
			case "new":
				if t := e.info.TypeOf(n.Args[0]); t != nil {
					e.zeroFields(t)
				}
			case "append":
				// append(s[:i], …) writes into s's elements.
				if _, ok := ast.Unparen(n.Args[0]).(*ast.SliceExpr); ok {
					e.mark(n.Args[0])
				}
			}
		}
	}
}

func (e *Evaluator) defineParams(fl *ast.FieldList) {
	if fl == nil {
		return
	}
	for _, f := range fl.List {
		for _, id := range f.Names {
			if obj := e.info.Defs[id]; obj != nil {
				e.writes[obj]++
				e.into[obj]++ // a parameter: not assigned here
			}
		}
	}
}

// Stable reports whether obj holds one value wherever it is read: a
// parameter or variable that is never assigned after its declaration.
func (e *Evaluator) Stable(obj types.Object) bool { return e.stable(obj) }

func (e *Evaluator) stable(obj types.Object) bool {
	v, ok := obj.(*types.Var)
	if !ok {
		return false
	}
	if v.Pkg() != nil && v.Parent() == v.Pkg().Scope() && v.Exported() {
		// Another package may assign it.
		return false
	}
	return e.writes[obj] <= 1
}

func (e *Evaluator) objID(obj types.Object) string {
	n, ok := e.ids[obj]
	if !ok {
		n = len(e.ids) + 1
		e.ids[obj] = n
	}
	return "v" + strconv.Itoa(n)
}
