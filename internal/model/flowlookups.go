package model

import "go/types"

// Exported lookups of the construction tables for the client-flow layer
// (internal/clientflow), which follows client handles through a package.

// DelegateOf returns the delegating literal type t is (a redigo Pool), if any.
func DelegateOf(t types.Type) *Delegate { return delegateOf(t) }

// WrapperOf returns the handle wrapper fn is (redisc.RetryConn), if any.
func WrapperOf(fn *types.Func) *Wrapper { return wrapperOf(fn) }

// Contains reports whether list holds s.
func Contains(list []string, s string) bool { return contains(list, s) }

// IsPerNodeMethod reports whether fn returns a cluster's per-node clients.
func IsPerNodeMethod(fn *types.Func) bool { return matchRef(fn, tables().perNodeMethods, true) }
