package keyexpr

import (
	"go/token"
	"go/types"
	"testing"
)

func TestIsIDLibrary(t *testing.T) {
	for path, want := range map[string]bool{
		"github.com/google/uuid":           true,
		"github.com/gofrs/uuid/v5":         true,
		"github.com/oklog/ulid/v2":         true,
		"github.com/matoous/go-nanoid/v2":  true,
		"github.com/google/uuidx":          false,
		"github.com/google":                false,
		"github.com/redis/go-redis/v9":     false,
		"example.com/keys":                 false,
		"github.com/satori/go.uuid/extras": true,
	} {
		if got := IsIDLibrary(path); got != want {
			t.Errorf("IsIDLibrary(%q) = %v, want %v", path, got, want)
		}
	}
}

// TestBraceFreeIDs: the String method of an identifier generator's type
// never holds a brace, in any major version of the module; its other
// functions, and a String method of another module, are not known to.
func TestBraceFreeIDs(t *testing.T) {
	method := func(path, name string) *types.Func {
		pkg := types.NewPackage(path, "id")
		tn := types.NewTypeName(token.NoPos, pkg, "ID", nil)
		named := types.NewNamed(tn, types.Typ[types.String], nil)
		recv := types.NewVar(token.NoPos, pkg, "id", named)
		res := types.NewTuple(types.NewVar(token.NoPos, pkg, "", types.Typ[types.String]))
		fn := types.NewFunc(token.NoPos, pkg, name, types.NewSignatureType(recv, nil, nil, nil, res, false))
		named.AddMethod(fn)
		return fn
	}
	for _, c := range []struct {
		path, name string
		want       bool
	}{
		{"github.com/google/uuid", "String", true},
		{"github.com/gofrs/uuid/v5", "String", true},
		{"github.com/oklog/ulid/v2", "String", true},
		{"github.com/rs/xid", "String", true},
		{"github.com/google/uuid", "URN", false},
		{"example.com/ids", "String", false},
	} {
		if got := braceFreeFunc(method(c.path, c.name)); got != c.want {
			t.Errorf("braceFreeFunc(%s.%s) = %v, want %v", c.path, c.name, got, c.want)
		}
	}
}
