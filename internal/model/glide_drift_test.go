package model

import (
	"go/types"
	"strings"
	"testing"

	"github.com/redislint/redislint/internal/typesutil"
)

const (
	glidePath      = "github.com/valkey-io/valkey-glide/go/v2"
	glideBatchPath = glidePath + "/pipeline"
)

// TestGlideDrift checks valkey-glide's table of typed commands against the
// real module: every entry is a method of *ClusterClient and *Client whose
// signature fits it, and of the batches when they have it; every method of
// the clients with a []string or map parameter named like keys is in the
// table (or known to be left out).
func TestGlideDrift(t *testing.T) {
	d := loadClientLibs(t)
	pkg := d.pkgs[glidePath]
	var batch *types.Package
	for _, imp := range pkg.Imports() {
		if imp.Path() == glideBatchPath {
			batch = imp
		}
	}
	if batch == nil {
		t.Fatalf("%s does not import %s", glidePath, glideBatchPath)
	}
	// Methods that only some types have: sharded Pub/Sub is the cluster
	// client's, SPublish the cluster batch's.
	only := map[string][]string{
		"SSubscribe": {"ClusterClient"}, "SSubscribeLazy": {"ClusterClient"},
		"SUnsubscribe": {"ClusterClient"}, "SUnsubscribeLazy": {"ClusterClient"},
		"SPublish": {},
	}
	inBatch := 0
	for i := range glideCommands {
		c := &glideCommands[i]
		recvs, ok := only[c.Method]
		if !ok {
			recvs = []string{"ClusterClient", "Client"}
		}
		for _, recv := range recvs {
			fn := method(pkg, recv, c.Method)
			if fn == nil {
				t.Errorf("%s.%s.%s not found", glidePath, recv, c.Method)
				continue
			}
			if got, ok := LibCommandOf(fn); !ok || got != c {
				t.Errorf("LibCommandOf(%s.%s%s) = %v, %v: want the table entry", recv, c.Method, fn.Type(), got, ok)
			}
			checkArgTypes(t, fn, c)
		}
		if fn := method(batch, "ClusterBatch", c.Method); fn != nil {
			inBatch++
			if got, ok := LibCommandOf(fn.Origin()); !ok || got != c {
				t.Errorf("LibCommandOf(ClusterBatch.%s%s) = %v, %v: want the table entry", c.Method, fn.Type(), got, ok)
			}
			checkArgTypes(t, fn, c)
		} else if c.Method == "SPublish" {
			t.Errorf("%s.ClusterBatch.SPublish not found", glideBatchPath)
		}
	}
	if inBatch < len(glideCommands)/2 {
		t.Errorf("only %d of %d table methods found on pipeline.ClusterBatch", inBatch, len(glideCommands))
	}
	// Methods of *ClusterClient whose parameters (after ctx) include a key
	// list: in the table, or left out on purpose.
	leftOut := map[string]string{
		"Migrate": "keys sent to another server", "MigrateWithOptions": "keys sent to another server",
		// Measured: channels of two slots answer for both (GLIDE asks
		// each channel's shard).
		"PubSubShardNumSub": "split by slot",
	}
	cc, _ := pkg.Scope().Lookup("ClusterClient").(*types.TypeName)
	ms := types.NewMethodSet(types.NewPointer(cc.Type()))
	for i := 0; i < ms.Len(); i++ {
		fn := ms.At(i).Obj().(*types.Func)
		if !fn.Exported() {
			continue
		}
		params, _ := paramsAfterCtx(fn.Type().(*types.Signature))
		// Shard channels are in slots; other channels are not.
		shard := strings.HasPrefix(fn.Name(), "SSub") || strings.HasPrefix(fn.Name(), "SUnsub") || strings.Contains(fn.Name(), "Shard")
		for j := 0; j < params.Len(); j++ {
			p := params.At(j)
			keyList := typesutil.IsStringSlice(p.Type()) && (p.Name() == "keys" || p.Name() == "sourceKeys" || p.Name() == "channels" && shard) ||
				typesutil.IsStringKeyedMap(p.Type()) && (p.Name() == "keyValueMap" || p.Name() == "keysAndIds") ||
				optionsWithKeys(p.Type())
			if !keyList {
				continue
			}
			_, cmd := LibCommandOf(fn)
			_, script := ScriptCallOf(fn)
			if !cmd && !script && leftOut[fn.Name()] == "" {
				t.Errorf("ClusterClient.%s%s takes keys (%s) but is not in glideCommands", fn.Name(), fn.Type(), p.Name())
			}
		}
	}
	// The batch constructors.
	for _, b := range tables().atomicBatches {
		fn, _ := batch.Scope().Lookup(b.Name).(*types.Func)
		if _, ok := AtomicBatchOf(fn); !ok {
			t.Errorf("%s.%s: not an atomic batch constructor", glideBatchPath, b.Name)
		}
	}
}

// optionsWithKeys reports whether t is a type of GLIDE's options package
// that carries keys: a struct with a []string field Keys
// (options.KeyArray, options.ScriptOptions), or an interface that such a
// struct of its package implements (options.KeysOrWeightedKeys).
func optionsWithKeys(t types.Type) bool {
	obj := typesutil.NamedObj(t)
	if obj == nil || obj.Pkg().Path() != glidePath+"/options" {
		return false
	}
	hasKeys := func(t types.Type) bool {
		ft, ok := FieldType(t, "Keys")
		return ok && typesutil.IsStringSlice(ft)
	}
	if _, ok := t.Underlying().(*types.Interface); !ok {
		return hasKeys(t)
	}
	scope := obj.Pkg().Scope()
	for _, name := range scope.Names() {
		if tn, ok := scope.Lookup(name).(*types.TypeName); ok && hasKeys(tn.Type()) && types.AssignableTo(tn.Type(), t) {
			return true
		}
	}
	return false
}

// checkArgTypes checks that every type an Arg of c names (Arg.Type) is in
// the real module and has the fields c reads.
func checkArgTypes(t *testing.T, fn *types.Func, c *Command) {
	t.Helper()
	params, _ := paramsAfterCtx(fn.Type().(*types.Signature))
	for _, a := range c.Args {
		if a.Type == "" {
			continue
		}
		at, ok := ArgType(params.At(a.Param).Type(), a.Type)
		if !ok {
			t.Errorf("%s: parameter %d takes no %s", fn, a.Param, a.Type)
			continue
		}
		if !SignatureFits(types.NewSignatureType(nil, nil, nil, types.NewTuple(types.NewParam(0, nil, "", at)), nil, false),
			&Command{Args: []Arg{{Param: 0, Field: a.Field, Elem: a.Elem, Kind: a.Kind}}}) {
			t.Errorf("%s: %s has no %s.%s of the kind the table says", fn, a.Type, a.Field, a.Elem)
		}
	}
}
