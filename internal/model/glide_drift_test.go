package model

import (
	"github.com/redislint/redislint/internal/typesutil"
	"go/types"
	"testing"
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
	inBatch := 0
	for i := range glideCommands {
		c := &glideCommands[i]
		for _, recv := range []string{"ClusterClient", "Client"} {
			fn := method(pkg, recv, c.Method)
			if fn == nil {
				t.Errorf("%s.%s.%s not found", glidePath, recv, c.Method)
				continue
			}
			if got, ok := LibCommandOf(fn); !ok || got != c {
				t.Errorf("LibCommandOf(%s.%s%s) = %v, %v: want the table entry", recv, c.Method, fn.Type(), got, ok)
			}
		}
		if fn := method(batch, "ClusterBatch", c.Method); fn != nil {
			inBatch++
			if got, ok := LibCommandOf(fn.Origin()); !ok || got != c {
				t.Errorf("LibCommandOf(ClusterBatch.%s%s) = %v, %v: want the table entry", c.Method, fn.Type(), got, ok)
			}
		}
	}
	if inBatch < len(glideCommands)/2 {
		t.Errorf("only %d of %d table methods found on pipeline.ClusterBatch", inBatch, len(glideCommands))
	}
	// Methods of *ClusterClient whose parameters (after ctx) include a key
	// list: in the table, or left out on purpose.
	leftOut := map[string]string{
		"ZUnionStore": "options.KeysOrWeightedKeys", "ZInterStore": "options.KeysOrWeightedKeys",
		"ZUnion": "options.KeyArray", "ZInter": "options.KeyArray",
		"Migrate": "keys sent to another server", "MigrateWithOptions": "keys sent to another server",
	}
	cc, _ := pkg.Scope().Lookup("ClusterClient").(*types.TypeName)
	ms := types.NewMethodSet(types.NewPointer(cc.Type()))
	for i := 0; i < ms.Len(); i++ {
		fn := ms.At(i).Obj().(*types.Func)
		if !fn.Exported() {
			continue
		}
		params, _ := paramsAfterCtx(fn.Type().(*types.Signature))
		for j := 0; j < params.Len(); j++ {
			p := params.At(j)
			keyList := typesutil.IsStringSlice(p.Type()) && (p.Name() == "keys" || p.Name() == "sourceKeys") ||
				typesutil.IsStringKeyedMap(p.Type()) && (p.Name() == "keyValueMap" || p.Name() == "keysAndIds")
			if !keyList {
				continue
			}
			if _, ok := LibCommandOf(fn); !ok && leftOut[fn.Name()] == "" {
				t.Errorf("ClusterClient.%s%s takes keys (%s) but is not in glideCommands", fn.Name(), fn.Type(), p.Name())
			}
		}
	}
	// The batch constructors.
	for _, b := range atomicBatches {
		fn, _ := batch.Scope().Lookup(b.Name).(*types.Func)
		if _, ok := AtomicBatchOf(fn); !ok {
			t.Errorf("%s.%s: not an atomic batch constructor", glideBatchPath, b.Name)
		}
	}
}
