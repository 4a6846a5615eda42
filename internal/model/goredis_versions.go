package model

import (
	"go/token"
	"go/types"
	"regexp"
	"strings"
	"sync"

	"golang.org/x/mod/semver"
)

// This file is the one way to ask "which go-redis is this": what a
// program's go-redis can do depends on its version, found from the module
// the go-redis package was loaded from (the module cache path of its files,
// …/go-redis/v9@v9.10.0/…, which every driver keeps in the positions of
// imported objects), or, where that path says nothing (vendoring, replace
// directives, GOPATH, stubs), from the presence of the API that the version
// introduced.

// GoRedisFeature is a behaviour of go-redis that some versions have.
type GoRedisFeature uint8

const (
	// FeatureIsClusterMode: UniversalOptions.IsClusterMode (v9.8.0+)
	// forces a cluster client.
	FeatureIsClusterMode GoRedisFeature = iota + 1
	// FeatureCrossSlotTx: a cluster client refuses a TxPipeline whose
	// keys are in several slots with ErrCrossSlot (v9.11.0+, go-redis PR
	// #3408). Before, and in v6–v8, it sends one MULTI/EXEC per slot: no
	// error, and the transaction is silently not atomic (measured with
	// v9.10.0 on three masters: both keys set).
	FeatureCrossSlotTx
	// FeatureRoutingPolicies: (*ClusterClient).SetCommandInfoResolver
	// (v9.18.0+) installs routing by COMMAND INFO tips.
	FeatureRoutingPolicies
	// FeatureKeysByPattern: a cluster client sends KEYS to the master of
	// its pattern's slot (v9.3.1 to v9.19.x): cmdFirstKeyPos, asked
	// without COMMAND INFO, gives 1 for a command outside its keyless
	// list, which KEYS is not in. Before (v8, v9.0–v9.3.0) it took the
	// position from COMMAND INFO, 0 for KEYS, and v9.20.0+ does so once
	// its COMMAND INFO cache is warm: a random master. Read from each
	// version's command.go and osscluster.go; no API shows it, so an
	// unknown version has it not.
	FeatureKeysByPattern
)

// goRedisFeature says since when a feature exists and which API shows it.
type goRedisFeature struct {
	// Since is the first version with the feature, Until (if set) the
	// first without it again.
	Since, Until string
	// Type and Member name the API the version introduced: a field or
	// method of Type, or, with Type "", a package-level object.
	Type, Member string
}

var goRedisFeatures = map[GoRedisFeature]goRedisFeature{
	FeatureIsClusterMode:   {Since: "v9.8.0", Type: "UniversalOptions", Member: "IsClusterMode"},
	FeatureCrossSlotTx:     {Since: "v9.11.0", Member: "ErrCrossSlot"},
	FeatureRoutingPolicies: {Since: "v9.18.0", Type: "ClusterClient", Member: "SetCommandInfoResolver"},
	FeatureKeysByPattern:   {Since: "v9.3.1", Until: "v9.20.0"},
}

// Since returns the first go-redis version with f.
func (f GoRedisFeature) Since() string { return goRedisFeatures[f].Since }

// modVersionRE finds the version in a module cache path:
// …/redis/go-redis/v9@v9.10.0/…, …/go-redis/redis/v8@v8.11.5/….
var modVersionRE = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`/(?:go-redis|redis)(?:/v\d+)?@(v\d+\.\d+\.\d+[^/]*)/`)
})

// GoRedisVersion returns the version of the go-redis module that pkg (a
// go-redis package) was loaded from, read from the module cache path of its
// files, or "" when the path does not say.
func GoRedisVersion(fset *token.FileSet, pkg *types.Package) string {
	if fset == nil || pkg == nil || !IsGoRedis(pkg.Path()) {
		return ""
	}
	for _, name := range []string{"NewClient", "NewClusterClient", "Nil"} {
		obj := pkg.Scope().Lookup(name)
		if obj == nil || !obj.Pos().IsValid() {
			continue
		}
		file := strings.ReplaceAll(fset.Position(obj.Pos()).Filename, `\`, "/")
		if m := modVersionRE().FindStringSubmatch(file); m != nil && semver.IsValid(m[1]) {
			return m[1]
		}
	}
	return ""
}

// GoRedisHas reports whether the go-redis package pkg has feature f: from
// its module version when known, else from the presence of the API the
// version introduced.
func GoRedisHas(fset *token.FileSet, pkg *types.Package, f GoRedisFeature) bool {
	if pkg == nil || !IsGoRedis(pkg.Path()) {
		return false
	}
	feat := goRedisFeatures[f]
	if v := GoRedisVersion(fset, pkg); v != "" {
		return semver.Compare(v, feat.Since) >= 0 && (feat.Until == "" || semver.Compare(v, feat.Until) < 0)
	}
	return hasAPI(pkg, feat)
}

func hasAPI(pkg *types.Package, feat goRedisFeature) bool {
	if feat.Member == "" {
		return false
	}
	if feat.Type == "" {
		return pkg.Scope().Lookup(feat.Member) != nil
	}
	tn, ok := pkg.Scope().Lookup(feat.Type).(*types.TypeName)
	if !ok {
		return false
	}
	obj, _, _ := types.LookupFieldOrMethod(types.NewPointer(tn.Type()), true, pkg, feat.Member)
	return obj != nil
}

// IsFeatureAPI reports whether fn is the method that shows feature f
// (SetCommandInfoResolver for FeatureRoutingPolicies).
func IsFeatureAPI(fn *types.Func, f GoRedisFeature) bool {
	feat := goRedisFeatures[f]
	return fn != nil && fn.Pkg() != nil && IsGoRedis(fn.Pkg().Path()) && fn.Name() == feat.Member &&
		feat.Type != "" && recvName(fn) == feat.Type
}
