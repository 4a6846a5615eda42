// Package uuid stands for github.com/google/uuid (this stub is replaced in
// for it): an identifier generator, whose functions the key evaluator
// never reads from source (keyexpr.IsIDLibrary). Its String has a constant
// prefix only so that a test can tell whether it was read.
package uuid

import "encoding/hex"

// UUID is an identifier.
type UUID [16]byte

// New returns an identifier.
func New() UUID { return UUID{1} }

// String returns the identifier in hex.
func (u UUID) String() string { return "u-" + hex.EncodeToString(u[:]) }
