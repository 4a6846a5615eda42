// Package keys holds a service's key prefixes in exported fields: no
// client, no function here.
package keys

// Keys is a namespace of keys.
type Keys struct {
	Prefix string
	Tagged string
}

// Default is the service's namespace: its fields are written once, here.
var Default = Keys{Prefix: "app:", Tagged: "{app}:"}

// Config is decoded from a file: its tagged field is never one value.
type Config struct {
	Prefix string `json:"prefix"`
}

// Loaded is a Config as the defaults give it.
var Loaded = Config{Prefix: "cfg:"}

// Names has a field written twice: no one value.
type Names struct{ Base string }

var (
	First  = Names{Base: "first:"}
	Second = Names{Base: "second:"}
)

// Spaces is made by its constructor only, with a constant root.
type Spaces struct{ Root string }

func NewSpaces() *Spaces { return &Spaces{Root: "root:"} }
