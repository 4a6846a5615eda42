// Package keys names a service's keys, as services do: no client here.
package keys

import (
	"fmt"
	"strconv"
)

const userFmt = "user:%d:%s"

// Profile and Settings are builders whose keys carry no hash tag.
func Profile(id int64) string  { return fmt.Sprintf("profile:%d", id) }
func Settings(id int64) string { return fmt.Sprintf("settings:%d", id) }

// User formats through a named constant.
func User(id int64, field string) string { return fmt.Sprintf(userFmt, id, field) }

// TaggedProfile and TaggedSettings share the tag {user:id}.
func TaggedProfile(id int64) string  { return "{user:" + strconv.FormatInt(id, 10) + "}:profile" }
func TaggedSettings(id int64) string { return "{user:" + strconv.FormatInt(id, 10) + "}:settings" }

// Keys builds keys under a namespace.
type Keys struct{ NS string }

func (k Keys) Inbox(id int64) string { return k.NS + ":inbox:" + strconv.FormatInt(id, 10) }
func (k Keys) Feed(id int64) string  { return k.NS + ":feed:" + strconv.FormatInt(id, 10) }

// UserKey chains: keys.Of(id).Posts().
type UserKey string

func Of(id string) UserKey       { return UserKey("u:" + id) }
func (u UserKey) Posts() string  { return string(u) + ":posts" }
func (u UserKey) Likes() string  { return string(u) + ":likes" }
func OfTagged(id string) UserKey { return UserKey("{u:" + id + "}") }
