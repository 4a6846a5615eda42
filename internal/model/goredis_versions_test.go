package model

import (
	"go/token"
	"go/types"
	"testing"
)

// goRedisPkg makes a go-redis package whose NewClient is declared in file,
// with the objects names.
func goRedisPkg(fset *token.FileSet, path, file string, names ...string) *types.Package {
	f := fset.AddFile(file, -1, 100)
	f.SetLines([]int{0})
	pkg := types.NewPackage(path, "redis")
	pos := f.Pos(1)
	sig := types.NewSignatureType(nil, nil, nil, nil, nil, false)
	pkg.Scope().Insert(types.NewFunc(pos, pkg, "NewClient", sig))
	for _, n := range names {
		pkg.Scope().Insert(types.NewVar(pos, pkg, n, types.Universe.Lookup("error").Type()))
	}
	return pkg
}

func TestGoRedisVersion(t *testing.T) {
	fset := token.NewFileSet()
	for _, tc := range []struct {
		path, file, want string
		names            []string
		crossSlotTx      bool
	}{
		{"github.com/redis/go-redis/v9", "/root/go/pkg/mod/github.com/redis/go-redis/v9@v9.10.0/redis.go", "v9.10.0", nil, false},
		// The path wins over the API: a v9.11.0 file, whatever the scope.
		{"github.com/redis/go-redis/v9", "/root/go/pkg/mod/github.com/redis/go-redis/v9@v9.11.0/redis.go", "v9.11.0", nil, true},
		{"github.com/go-redis/redis/v8", "/m/github.com/go-redis/redis/v8@v8.11.5/redis.go", "v8.11.5", nil, false},
		{"github.com/go-redis/redis", "/m/github.com/go-redis/redis@v6.15.9+incompatible/redis.go", "v6.15.9+incompatible", nil, false},
		// Vendored or replaced: no version; the API decides.
		{"github.com/redis/go-redis/v9", "/src/vendor/github.com/redis/go-redis/v9/redis.go", "", []string{"ErrCrossSlot"}, true},
		{"github.com/redis/go-redis/v9", "/src/vendor/github.com/redis/go-redis/v9/redis.go", "", nil, false},
	} {
		pkg := goRedisPkg(fset, tc.path, tc.file, tc.names...)
		if got := GoRedisVersion(fset, pkg); got != tc.want {
			t.Errorf("GoRedisVersion(%s) = %q, want %q", tc.file, got, tc.want)
		}
		if got := GoRedisHas(fset, pkg, FeatureCrossSlotTx); got != tc.crossSlotTx {
			t.Errorf("GoRedisHas(%s, %v, CrossSlotTx) = %v, want %v", tc.file, tc.names, got, tc.crossSlotTx)
		}
	}
	// KEYS routed by its pattern: v9.3.1 to v9.19.x, by the version only.
	for file, want := range map[string]bool{
		"/m/github.com/redis/go-redis/v9@v9.3.0/redis.go":   false,
		"/m/github.com/redis/go-redis/v9@v9.3.1/redis.go":   true,
		"/m/github.com/redis/go-redis/v9@v9.14.1/redis.go":  true,
		"/m/github.com/redis/go-redis/v9@v9.19.0/redis.go":  true,
		"/m/github.com/redis/go-redis/v9@v9.20.0/redis.go":  false,
		"/m/github.com/redis/go-redis/v9@v9.23.0/redis.go":  false,
		"/src/vendor/github.com/redis/go-redis/v9/redis.go": false,
	} {
		pkg := goRedisPkg(fset, "github.com/redis/go-redis/v9", file, "ErrCrossSlot")
		if got := GoRedisHas(fset, pkg, FeatureKeysByPattern); got != want {
			t.Errorf("GoRedisHas(%s, KeysByPattern) = %v, want %v", file, got, want)
		}
	}
	if GoRedisHas(fset, types.NewPackage("github.com/redis/rueidis", "rueidis"), FeatureCrossSlotTx) {
		t.Error("GoRedisHas answers for a package that is no go-redis")
	}
}

// TestGoRedisFeaturesDrift checks the APIs that show each feature against
// the real modules: present in v9.23.0, absent in v8.11.5.
func TestGoRedisFeaturesDrift(t *testing.T) {
	d := loadClientLibs(t)
	for f, feat := range goRedisFeatures {
		if feat.Member == "" {
			continue // no API shows it: known by the version only
		}
		if !hasAPI(d.pkgs["github.com/redis/go-redis/v9"], feat) {
			t.Errorf("go-redis v9.23.0 lacks %s.%s (feature %d since %s)", feat.Type, feat.Member, f, feat.Since)
		}
		if hasAPI(d.pkgs["github.com/go-redis/redis/v8"], feat) {
			t.Errorf("go-redis v8.11.5 has %s.%s (feature %d since %s)", feat.Type, feat.Member, f, feat.Since)
		}
	}
}
