// Package keys names the live programs' keys through builders, as
// services do; it uses no client itself.
package keys

import (
	"fmt"
	"strconv"
)

// Profile and Settings carry no hash tag: one user's two keys land in
// different slots.
func Profile(id int64) string  { return fmt.Sprintf("profile:%d", id) }
func Settings(id int64) string { return fmt.Sprintf("settings:%d", id) }

// TaggedProfile and TaggedSettings keep a user's keys in the slot of
// {user:id}.
func TaggedProfile(id int64) string  { return "{user:" + strconv.FormatInt(id, 10) + "}:profile" }
func TaggedSettings(id int64) string { return "{user:" + strconv.FormatInt(id, 10) + "}:settings" }

// Names is the service's key namespace, held in exported fields.
type Names struct {
	Prefix string // keys of the service, untagged
	Shard  string // keys kept in one slot
}

// Default is the namespace every program uses.
var Default = Names{Prefix: "app:", Shard: "{app}:"}
