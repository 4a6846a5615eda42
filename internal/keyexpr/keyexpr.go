// Package keyexpr evaluates Go expressions that build Redis keys into
// templates: sequences of constant bytes and opaque values.
//
// A template says what is known of a key at compile time. "user:" + id +
// ":profile" is the constant "user:", the opaque value id, and the constant
// ":profile". Opaque parts remember which value they are (the same variable,
// parameter or field), so two keys that put the same value inside the same
// hash tag are provably in one slot even though neither key is known.
//
// Every analyzer that reasons about keys uses this one evaluator.
package keyexpr

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/redislint/redislint/internal/msgtext"
	"github.com/redislint/redislint/internal/typesutil"
	"golang.org/x/tools/go/ast/inspector"
)

// Part is one piece of a key template: constant bytes, or an opaque value.
type Part struct {
	// Const holds the bytes of a constant part (when Value is nil).
	Const string
	// Lit is the string literal these constant bytes were written in, and
	// LitOff the offset of Const in the literal's value, so that a fix can
	// edit the literal. Lit is nil when the bytes cannot be traced to one
	// literal whose value maps byte for byte onto them.
	Lit    *ast.BasicLit
	LitOff int
	// LitEnd is the offset in Lit's value just after the part. For an
	// opaque part that a format verb produced (fmt.Sprintf), Lit is the
	// format literal and LitOff, LitEnd the verb's place in it; for the "%"
	// that a "%%" produced, the place of the "%%".
	LitEnd int
	// Value is the opaque value of a non-constant part.
	Value *Opaque
}

// Opaque is a value the evaluator cannot see.
type Opaque struct {
	// ID identifies the value: parts with equal IDs hold the same bytes.
	// Every occurrence of a value that may change gets an ID of its own.
	ID string
	// Text is how the value is written in the source, for messages.
	Text string
	// Decimal: the value is a formatted integer (strconv.Itoa, %d): it is
	// never empty and never contains '{' or '}'.
	Decimal bool
	// Computed: the value is what a call of a function the evaluator
	// cannot read returned (a key builder with several shapes, one that
	// writes a strings.Builder): likely a whole key, which may carry a
	// hash tag of its own.
	Computed bool

	// obj and path say which stable value the part is (obj, or the field
	// path of obj), verb the format verb it was printed with ("" for its
	// own bytes); pos is where obj is declared, or where the expression is
	// when the value has no identity. Builder summaries read them.
	obj   types.Object
	path  string
	ptext string // path as it is written, for messages
	verb  string
	pos   token.Pos
}

// Key is what is known of one key expression.
type Key struct {
	Expr  ast.Expr
	Parts []Part
	// Loop, when not nil, is the loop that makes this key once per
	// iteration (appended to a slice, or queued in a transaction): the key
	// stands for every one of them, and its values differ between them.
	Loop ast.Node
	// Assume are the writes this value of the key rests on, when it is
	// one of several (EvalAlts) or is in its slice only on some paths:
	// compare it only with keys it is Compatible with.
	Assume []Assumption
}

// Const returns the key's value when it is fully constant.
func (k Key) Const() (string, bool) {
	var b strings.Builder
	for _, p := range k.Parts {
		if p.Value != nil {
			return "", false
		}
		b.WriteString(p.Const)
	}
	return b.String(), true
}

// Known reports whether any part of the key is constant.
func (k Key) Known() bool {
	for _, p := range k.Parts {
		if p.Value == nil && p.Const != "" {
			return true
		}
	}
	return false
}

// String renders the template as a Go-like string for messages: constants
// quoted, opaque values as %v placeholders named after their source, e.g.
// "user:{id}:profile" is shown as "user:" + id + ":profile".
func (k Key) String() string {
	if s, ok := k.Const(); ok {
		return strconv.Quote(s)
	}
	var b strings.Builder
	for i, p := range k.Parts {
		if i > 0 {
			b.WriteString(" + ")
		}
		if p.Value != nil {
			b.WriteString(p.Value.Text)
		} else {
			b.WriteString(strconv.Quote(p.Const))
		}
	}
	return b.String()
}

// merged returns the parts with adjacent constant parts joined, for
// reasoning (literal origins are dropped where two constants meet).
func (k Key) merged() []Part {
	var out []Part
	for _, p := range k.Parts {
		if p.Value == nil && p.Const == "" {
			continue
		}
		if n := len(out); n > 0 && p.Value == nil && out[n-1].Value == nil {
			out[n-1] = Part{Const: out[n-1].Const + p.Const}
			continue
		}
		out = append(out, p)
	}
	return out
}

// Evaluator turns expressions of one package into key templates.
type Evaluator struct {
	info  *types.Info
	files []*ast.File
	// defs records, for local variables and unexported package variables
	// that are assigned exactly once (at their declaration), the expression
	// assigned; other variables are in writes with a count > 1.
	defs   map[types.Object]ast.Expr
	writes map[types.Object]int
	ids    map[types.Object]int
	consts map[*types.Const]*ast.BasicLit
	// fieldDefs and fieldWrites record writes into struct fields of the
	// package's own types: a field written once (in a composite literal or
	// an assignment) holds that value wherever it is read.
	fieldDefs   map[*types.Var]ast.Expr
	fieldWrites map[*types.Var]int
	// funcs maps the package's functions to their declarations, builders
	// memoises their summaries (nil: none, or being computed).
	funcs    map[*types.Func]*ast.FuncDecl
	builders map[*types.Func]*Builder
	// Imported returns the summary of a function of another package (a
	// fact exported when that package was analysed); nil means none.
	Imported func(*types.Func) (*Builder, bool)
	// ReadEmbed returns the contents of the file name that a go:embed
	// directive at pos names (embed.go); nil: embedded files are not read.
	ReadEmbed func(pos token.Pos, name string) (string, bool)
	embeds    map[types.Object]embed
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
	depth    int
	// bodies, bodyList, graphs and closureW serve the reaching writes of
	// locals (reach.go); escaped are the variables whose address is
	// taken. choices records, while EvalAlts evaluates a key, the
	// variables read where several writes reach, and forced the write
	// assumed for each when it evaluates one combination.
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
		ids:    map[types.Object]int{},
		consts: map[*types.Const]*ast.BasicLit{},

		fieldDefs:   map[*types.Var]ast.Expr{},
		fieldWrites: map[*types.Var]int{},
		funcs:       map[*types.Func]*ast.FuncDecl{},
		builders:    map[*types.Func]*Builder{},
		fresh:       map[token.Pos]int{},
		first:       map[types.Object]ast.Expr{},
		zeroDecl:    map[types.Object]bool{},
		appends:     map[types.Object][]collect{},
		escaped:     map[types.Object]bool{},
	}
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

// NewInspected is [New] for files already held by an inspector: the index
// visits only the nodes it reads, through the inspector's event list,
// instead of walking the files again.
func NewInspected(info *types.Info, files []*ast.File, ins *inspector.Inspector) *Evaluator {
	e := newEvaluator(info, files)
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
			return
		case *ast.SelectorExpr:
			sel, ok := e.info.Selections[y]
			if !ok || sel.Kind() != types.FieldVal {
				return
			}
			if f, ok := sel.Obj().(*types.Var); ok {
				e.fieldWrites[f] += 2
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
		if _, ok := obj.Type().Underlying().(*types.Slice); ok {
			e.first[obj] = val // for Collected
		}
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
				e.zeroDecl[e.info.Defs[id]] = true
				continue
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

// Eval returns the template of a key expression. It never fails: what it
// cannot see becomes an opaque part.
func (e *Evaluator) Eval(x ast.Expr) Key {
	e.steps = 0
	return Key{Expr: x, Parts: e.parts(x)}
}

const (
	maxDepth = 16
	maxSteps = 1 << 12
)

func (e *Evaluator) parts(x ast.Expr) []Part {
	e.steps++
	if e.depth > maxDepth || e.steps > maxSteps {
		return []Part{e.opaque(x)}
	}
	e.depth++
	defer func() { e.depth-- }()

	x = ast.Unparen(x)
	if tv, ok := e.info.Types[x]; ok && tv.Value != nil {
		if tv.Value.Kind() != constant.String {
			if s, ok := formatConst(tv); ok {
				return []Part{{Const: s}}
			}
			return []Part{e.opaque(x)}
		}
		return e.constParts(x, constant.StringVal(tv.Value))
	}
	switch x := x.(type) {
	case *ast.BinaryExpr:
		if x.Op == token.ADD && typesutil.IsAnyString(e.info.TypeOf(x)) {
			return append(e.parts(x.X), e.parts(x.Y)...)
		}
	case *ast.Ident:
		obj := e.info.Uses[x]
		if def, ok := e.defs[obj]; ok && e.valueKnown(obj) && def != nil && typesutil.IsAnyString(e.info.TypeOf(def)) {
			ps := e.parts(def)
			if len(ps) == 1 && ps[0].Value != nil && ps[0].Lit == nil {
				// One value under a name: messages call it by the name.
				o := *ps[0].Value
				o.Text = x.Name
				ps = []Part{{Value: &o}}
			}
			return ps
		}
		if ps, ok := e.embedParts(obj); ok {
			return ps
		}
		if v, ok := obj.(*types.Var); ok && !e.valueKnown(obj) && typesutil.IsAnyString(v.Type()) {
			if ps, ok := e.reachParts(v, x); ok {
				return ps
			}
		}
	case *ast.SelectorExpr:
		if ps, ok := e.fieldParts(x); ok {
			return ps
		}
		if ps, ok := e.importedFieldParts(x); ok {
			return ps
		}
		if sel, ok := e.info.Selections[x]; ok && sel.Kind() == types.FieldVal {
			if f, ok := e.Field(x.X, x.Sel.Name); ok && typesutil.IsAnyString(e.info.TypeOf(f)) {
				return e.parts(f)
			}
		}
	case *ast.CallExpr:
		if ps, ok := e.call(x); ok {
			return ps
		}
		if ps, ok := e.builderCall(x); ok {
			return ps
		}
		if fn := callee(e.info, x); fn != nil {
			p := e.opaque(x)
			if e.braceFree(x, 0) {
				p.Value.Decimal = true // no tag can be in it
			} else {
				p.Value.Computed = !p.Value.Decimal
			}
			return []Part{p}
		}
	}
	return []Part{e.opaque(x)}
}

// constParts returns the parts of a constant string expression, keeping
// the literal each run of bytes was written in where there is one.
func (e *Evaluator) constParts(x ast.Expr, val string) []Part {
	switch x := x.(type) {
	case *ast.BasicLit:
		return []Part{{Const: val, Lit: x, LitEnd: len(val)}}
	case *ast.Ident:
		if c, ok := e.info.Uses[x].(*types.Const); ok {
			if lit, ok := e.consts[c]; ok {
				return []Part{{Const: val, Lit: lit, LitEnd: len(val)}}
			}
		}
	case *ast.BinaryExpr:
		if x.Op == token.ADD {
			l := e.parts(x.X)
			r := e.parts(x.Y)
			if joined(l)+joined(r) == val {
				return append(l, r...)
			}
		}
	}
	return []Part{{Const: val}}
}

func joined(ps []Part) string {
	var b strings.Builder
	for _, p := range ps {
		if p.Value != nil {
			return "\x00not constant"
		}
		b.WriteString(p.Const)
	}
	return b.String()
}

// formatConst renders a non-string constant the way fmt's %v and
// strconv.Itoa would, for integer constants.
func formatConst(tv types.TypeAndValue) (string, bool) {
	if tv.Value.Kind() == constant.Int {
		return tv.Value.ExactString(), true
	}
	return "", false
}

// opaque returns an opaque part for x, identified by what it reads.
func (e *Evaluator) opaque(x ast.Expr) Part {
	o := &Opaque{Text: exprText(x)}
	if id, base, path, ok := e.identity(x); ok {
		o.ID, o.obj, o.path, o.ptext, o.pos = id, base, path, visiblePath(path), e.objPos(base, x)
	} else {
		o.ID = fmt.Sprintf("expr@%d", x.Pos())
		o.pos = x.Pos()
	}
	if t := e.info.TypeOf(x); t != nil && typesutil.IsInteger(t) {
		o.Decimal = true
	}
	return Part{Value: o}
}

// identity returns an ID shared by every occurrence of the same value:
// stable variables and fields of stable variables; with the variable and
// the field path.
func (e *Evaluator) identity(x ast.Expr) (string, types.Object, string, bool) {
	switch x := ast.Unparen(x).(type) {
	case *ast.Ident:
		obj := e.info.Uses[x]
		if obj != nil && e.stable(obj) {
			return e.objID(obj), obj, "", true
		}
	case *ast.SelectorExpr:
		if sel, ok := e.info.Selections[x]; ok && sel.Kind() == types.FieldVal {
			if base, obj, path, ok := e.identity(x.X); ok {
				return base + "." + x.Sel.Name, obj, path + "." + x.Sel.Name, true
			}
		}
	case *ast.StarExpr:
		if base, obj, path, ok := e.identity(x.X); ok {
			return "*" + base, obj, "*" + path, true
		}
	}
	return "", nil, "", false
}

// valueKnown reports whether a variable's one assignment is its value
// wherever it is read: a stable variable, or an exported package-level
// variable of this package assigned only at its declaration (another
// package could assign it, but keys and prefixes are not reassigned).
func (e *Evaluator) valueKnown(obj types.Object) bool {
	if e.stable(obj) {
		return true
	}
	v, ok := obj.(*types.Var)
	return ok && e.packageLevel(v) && e.writes[obj] == 1
}

// call evaluates calls of the standard library that build strings, and
// conversions between string types.
func (e *Evaluator) call(call *ast.CallExpr) ([]Part, bool) {
	if tv, ok := e.info.Types[call.Fun]; ok && tv.IsType() {
		if len(call.Args) == 1 && typesutil.IsAnyString(tv.Type) && typesutil.IsAnyString(e.info.TypeOf(call.Args[0])) {
			return e.parts(call.Args[0]), true
		}
		return nil, false
	}
	fn := callee(e.info, call)
	if fn == nil || fn.Pkg() == nil {
		return nil, false
	}
	name := fn.Pkg().Path() + "." + fn.Name()
	if sig, ok := fn.Type().(*types.Signature); ok && sig.Recv() != nil {
		if named, ok := types.Unalias(typesutil.DerefExact(sig.Recv().Type())).(*types.Named); ok {
			name = fn.Pkg().Path() + "." + named.Obj().Name() + "." + fn.Name()
		}
	}
	switch name {
	case "strings.Replace", "strings.ReplaceAll", "strings.Replacer.Replace":
		return e.replace(call, name)
	case "fmt.Sprintf":
		if len(call.Args) == 0 || call.Ellipsis.IsValid() {
			return nil, false
		}
		return e.sprintf(call.Args[0], call.Args[1:])
	case "fmt.Sprint":
		if call.Ellipsis.IsValid() {
			return nil, false
		}
		// Sprint adds spaces only between operands when neither is a
		// string: with all strings it is a concatenation.
		var out []Part
		for _, a := range call.Args {
			if t := e.info.TypeOf(a); !typesutil.IsAnyString(t) || formatsItself(t, 'v') {
				return nil, false
			}
			out = append(out, e.parts(a)...)
		}
		return out, true
	case "strings.Join":
		if len(call.Args) != 2 || call.Ellipsis.IsValid() {
			return nil, false
		}
		elems, ok := e.sliceElems(call.Args[0])
		if !ok {
			return nil, false
		}
		sep := e.parts(call.Args[1])
		var out []Part
		for i, el := range elems {
			if i > 0 {
				out = append(out, sep...)
			}
			out = append(out, e.parts(el)...)
		}
		return out, true
	case "strconv.Itoa", "strconv.FormatInt", "strconv.FormatUint":
		if len(call.Args) == 0 {
			return nil, false
		}
		if fn.Name() != "Itoa" {
			if len(call.Args) != 2 {
				return nil, false
			}
			if tv := e.info.Types[call.Args[1]]; tv.Value == nil || tv.Value.ExactString() != "10" {
				return nil, false
			}
		}
		if tv := e.info.Types[call.Args[0]]; tv.Value != nil {
			return []Part{{Const: tv.Value.ExactString()}}, true
		}
		p := e.opaque(call.Args[0])
		p.Value.Decimal = true
		return []Part{p}, true
	}
	return nil, false
}

// sprintf evaluates fmt.Sprintf with a constant format: the format's
// literal text is constant (and traced to the format literal), each verb an
// opaque part (or constant, when its operand is a constant %s/%d/%v).
func (e *Evaluator) sprintf(format ast.Expr, args []ast.Expr) ([]Part, bool) {
	tv := e.info.Types[format]
	if tv.Value == nil || tv.Value.Kind() != constant.String {
		return nil, false
	}
	f := constant.StringVal(tv.Value)
	fparts := e.constParts(ast.Unparen(format), f)
	var lit *ast.BasicLit
	if len(fparts) == 1 {
		lit = fparts[0].Lit
	}
	var out []Part
	addConst := func(s string, off int) {
		if s == "" {
			return
		}
		p := Part{Const: s}
		if lit != nil {
			p.Lit, p.LitOff, p.LitEnd = lit, off, off+len(s)
		}
		out = append(out, p)
	}
	argi := 0
	start := 0
	for i := 0; i < len(f); {
		if f[i] != '%' {
			i++
			continue
		}
		addConst(f[start:i], start)
		if i+1 < len(f) && f[i+1] == '%' {
			// One '%', traced to the "%%" so that an edit goes before
			// or after both bytes, never between them.
			p := Part{Const: "%"}
			if lit != nil {
				p.Lit, p.LitOff, p.LitEnd = lit, i, i+2
			}
			out = append(out, p)
			i += 2
			start = i
			continue
		}
		// Parse flags, width, precision and the verb; reject what we do
		// not model (explicit argument indexes, '*').
		j := i + 1
		for j < len(f) && strings.IndexByte("+-# 0", f[j]) >= 0 {
			j++
		}
		for j < len(f) && (f[j] >= '0' && f[j] <= '9' || f[j] == '.') {
			j++
		}
		if j >= len(f) || f[j] == '[' || f[j] == '*' {
			return nil, false
		}
		verb := f[j]
		if verb == '%' || verb >= utf8.RuneSelf {
			// "%5%" prints a '%' and takes no operand; a verb of several
			// bytes is not one fmt knows.
			return nil, false
		}
		plain := j == i+1
		if argi >= len(args) {
			return nil, false
		}
		arg := args[argi]
		argi++
		n := len(out)
		t := e.info.TypeOf(arg)
		switch {
		case plain && (verb == 's' || verb == 'v') && typesutil.IsAnyString(t) && !formatsItself(t, verb):
			out = append(out, e.parts(arg)...)
		case plain && (verb == 'd' || verb == 'v') && typesutil.IsInteger(t) && !formatsItself(t, verb):
			if tv := e.info.Types[arg]; tv.Value != nil {
				out = append(out, Part{Const: tv.Value.ExactString()})
			} else {
				p := e.opaque(arg)
				p.Value.Decimal = true
				out = append(out, p)
			}
		default:
			// Other bytes than the value's own (or a method's).
			p := e.opaque(arg)
			p.Value.Decimal = false
			// The same value under another verb is other bytes.
			p.Value.ID += "%" + f[i+1:j+1]
			p.Value.verb = f[i+1 : j+1]
			out = append(out, p)
		}
		if lit != nil && len(out) == n+1 && out[n].Value != nil {
			out[n].Lit, out[n].LitOff, out[n].LitEnd = lit, i, j+1
		}
		i = j + 1
		start = i
	}
	addConst(f[start:], start)
	if argi != len(args) {
		// Extra operands: Sprintf appends %!(EXTRA …). Not a key anyone means.
		return nil, false
	}
	return out, true
}

// formatsItself reports whether fmt prints a value of type t under verb
// with a method of the value: Format under every verb, Error and String
// under %v, %s (and %x, %X, %q).
func formatsItself(t types.Type, verb byte) bool {
	if t == nil {
		return false
	}
	ms := types.NewMethodSet(t)
	if ms.Lookup(nil, "Format") != nil {
		return true
	}
	if strings.IndexByte("vsxXq", verb) < 0 {
		return false
	}
	return ms.Lookup(nil, "String") != nil || ms.Lookup(nil, "Error") != nil
}

// SliceElems returns the element expressions of a []string value: a
// composite literal, a stable local variable holding one, or append of
// such slices and elements. ok is false when the elements are not all seen.
func (e *Evaluator) SliceElems(x ast.Expr) ([]ast.Expr, bool) {
	return e.sliceElems(x)
}

func (e *Evaluator) sliceElems(x ast.Expr) ([]ast.Expr, bool) {
	if e.depth > maxDepth {
		return nil, false
	}
	e.depth++
	defer func() { e.depth-- }()
	switch x := ast.Unparen(x).(type) {
	case *ast.CompositeLit:
		if _, ok := e.info.TypeOf(x).Underlying().(*types.Slice); !ok {
			return nil, false
		}
		for _, el := range x.Elts {
			if _, ok := el.(*ast.KeyValueExpr); ok {
				return nil, false
			}
		}
		return x.Elts, true
	case *ast.Ident:
		obj := e.info.Uses[x]
		if def, ok := e.defs[obj]; ok && e.stable(obj) && def != nil {
			return e.sliceElems(def)
		}
	case *ast.CallExpr:
		if typesutil.IsBuiltinCall(e.info, x, "append") && len(x.Args) > 0 {
			// append to a slice that is not stable would change it in
			// place for others; we only read a stable source here.
			elems, ok := e.sliceElems(x.Args[0])
			if !ok {
				return nil, false
			}
			elems = append([]ast.Expr(nil), elems...)
			rest := x.Args[1:]
			if x.Ellipsis.IsValid() {
				if len(rest) != 1 {
					return nil, false
				}
				more, ok := e.sliceElems(rest[0])
				if !ok {
					return nil, false
				}
				return append(elems, more...), true
			}
			return append(elems, rest...), true
		}
	}
	return nil, false
}

// Def follows x through variables assigned once to the expression that
// made the value: for x = v where `v := f()` (or a package-level `var v =
// f()`, exported or not: values such as scripts are made once and not
// reassigned), it returns f(). Otherwise it returns x itself when x is not
// a variable; ok is false for a variable it cannot follow.
func (e *Evaluator) Def(x ast.Expr) (ast.Expr, bool) {
	for range maxDepth {
		id, ok := ast.Unparen(x).(*ast.Ident)
		if !ok {
			return x, true
		}
		obj, ok := e.info.Uses[id].(*types.Var)
		if !ok || e.writes[obj] > 1 {
			return nil, false
		}
		def, ok := e.defs[obj]
		if !ok || def == nil {
			return nil, false
		}
		x = def
	}
	return nil, false
}

// MapKeys returns the key expressions of a map composite literal (or a
// stable variable holding one).
func (e *Evaluator) MapKeys(x ast.Expr) ([]ast.Expr, bool) {
	if e.depth > maxDepth {
		return nil, false
	}
	e.depth++
	defer func() { e.depth-- }()
	switch x := ast.Unparen(x).(type) {
	case *ast.CompositeLit:
		if _, ok := e.info.TypeOf(x).Underlying().(*types.Map); !ok {
			return nil, false
		}
		var keys []ast.Expr
		for _, el := range x.Elts {
			kv, ok := el.(*ast.KeyValueExpr)
			if !ok {
				return nil, false
			}
			keys = append(keys, kv.Key)
		}
		return keys, true
	case *ast.Ident:
		obj := e.info.Uses[x]
		if def, ok := e.defs[obj]; ok && e.stable(obj) && def != nil {
			return e.MapKeys(def)
		}
	}
	return nil, false
}

// Field returns the expression given to field name in a composite literal
// of a struct (or &T{…}), or a stable variable holding one.
func (e *Evaluator) Field(x ast.Expr, name string) (ast.Expr, bool) {
	if e.depth > maxDepth {
		return nil, false
	}
	e.depth++
	defer func() { e.depth-- }()
	x = ast.Unparen(x)
	if u, ok := x.(*ast.UnaryExpr); ok && u.Op == token.AND {
		x = ast.Unparen(u.X)
	}
	switch x := x.(type) {
	case *ast.CompositeLit:
		st, ok := e.info.TypeOf(x).Underlying().(*types.Struct)
		if !ok {
			return nil, false
		}
		for i, el := range x.Elts {
			if kv, ok := el.(*ast.KeyValueExpr); ok {
				if id, ok := kv.Key.(*ast.Ident); ok && id.Name == name {
					return kv.Value, true
				}
				continue
			}
			if i < st.NumFields() && st.Field(i).Name() == name {
				return el, true
			}
		}
		return nil, false // field absent: zero value
	case *ast.Ident:
		obj := e.info.Uses[x]
		if def, ok := e.defs[obj]; ok && e.stable(obj) && def != nil {
			return e.Field(def, name)
		}
	}
	return nil, false
}

// writingBuiltin returns the builtin a call calls when it is one that
// index reads (delete, clear, copy, new, append), looking the name up
// before the types: it is asked of every call.
func (e *Evaluator) writingBuiltin(call *ast.CallExpr) (*types.Builtin, bool) {
	id, ok := ast.Unparen(call.Fun).(*ast.Ident)
	if !ok {
		return nil, false
	}
	switch id.Name {
	case "delete", "clear", "copy", "new", "append":
		b, ok := e.info.Uses[id].(*types.Builtin)
		return b, ok
	}
	return nil, false
}

// callee returns the function or method a call statically calls.
func callee(info *types.Info, call *ast.CallExpr) *types.Func {
	id := typesutil.CalleeIdent(call)
	if id == nil {
		return nil
	}
	fn, _ := info.Uses[id].(*types.Func)
	return fn
}

// exprText renders x compactly for messages.
func exprText(x ast.Expr) string {
	return msgtext.Shorten(types.ExprString(x), 40)
}

// Pattern renders the template as a format: constant bytes as they are,
// each opaque value as the verb it is printed with (%d for a formatted
// integer, %s for a string's own bytes), quoted: "user:%d:a".
func (k Key) Pattern() string {
	var b strings.Builder
	for _, p := range k.Parts {
		switch {
		case p.Value == nil:
			b.WriteString(strings.ReplaceAll(p.Const, "%", "%%"))
		case p.Value.verb != "":
			b.WriteString("%" + p.Value.verb)
		case p.Value.Decimal:
			b.WriteString("%d")
		default:
			b.WriteString("%s")
		}
	}
	return strconv.Quote(b.String())
}
