package keyexpr

import (
	"strings"

	"github.com/redislint/redislint/internal/slot"
)

// Relation is what can be said of the slots of two keys.
type Relation uint8

const (
	// Unknown: nothing can be said.
	Unknown Relation = iota
	// Same: the keys are in the same slot, whatever the opaque values are.
	Same
	// Different: the keys' slots are known and differ.
	Different
	// LikelyDifferent: the parts of the keys that Redis hashes differ, so
	// their slots differ for almost every value of the opaque parts (all but
	// hash collisions, and values that contain braces themselves).
	LikelyDifferent
)

// unit is one byte of a constant part or one opaque value: templates are
// compared unit by unit.
type unit struct {
	b byte
	v *Opaque
}

func (u unit) same(w unit) bool {
	if u.v != nil || w.v != nil {
		return u.v != nil && w.v != nil && u.v.ID == w.v.ID
	}
	return u.b == w.b
}

func units(parts []Part) []unit {
	var us []unit
	for _, p := range parts {
		if p.Value != nil {
			us = append(us, unit{v: p.Value})
			continue
		}
		for i := 0; i < len(p.Const); i++ {
			us = append(us, unit{b: p.Const[i]})
		}
	}
	return us
}

// Slot returns the key's slot when it is known: the key is constant, or
// it starts with constant bytes that hold a complete, non-empty hash tag.
func (k Key) Slot() (uint16, bool) {
	if s, ok := k.Const(); ok {
		return slot.Of(s), true
	}
	m := k.merged()
	if len(m) > 0 && m[0].Value == nil {
		return slot.OfPrefix(m[0].Const)
	}
	return 0, false
}

// sameTag reports whether two keys provably share their hash tag: they have
// an identical beginning (same bytes, same opaque values) that holds a '{'
// and a later '}' in constant bytes, with a constant byte other than '}' or
// a formatted integer right after the '{', and no value before the '{' that
// could hold braces. Whatever the opaque values are, Redis then finds the
// same, non-empty tag in both keys.
func sameTag(a, b []unit) bool {
	n := 0
	for n < len(a) && n < len(b) && a[n].same(b[n]) {
		n++
	}
	p := a[:n]
	open := -1
	for i, u := range p {
		if u.v != nil {
			if !u.v.Decimal {
				return false
			}
			continue
		}
		if u.b == '{' {
			open = i
			break
		}
		if u.b == '}' {
			// A '}' before any '{' does not matter.
			continue
		}
	}
	if open < 0 || open+1 >= len(p) {
		return false
	}
	first := p[open+1]
	if first.v != nil && !first.v.Decimal || first.v == nil && first.b == '}' {
		return false
	}
	for _, u := range p[open+1:] {
		if u.v == nil && u.b == '}' {
			return true
		}
	}
	return false
}

// hashUnits returns what Redis hashes of the key, assuming its opaque
// values are non-empty and hold no braces: the units between the first
// '{' and the next '}' when there is something between them, else all.
func hashUnits(us []unit) []unit {
	for i, u := range us {
		if u.v != nil || u.b != '{' {
			continue
		}
		for j := i + 1; j < len(us); j++ {
			if us[j].v == nil && us[j].b == '}' {
				if j > i+1 {
					return us[i+1 : j]
				}
				return us
			}
		}
		return us
	}
	return us
}

// unequal reports whether two templates are different strings for almost
// every value of their opaque parts: their constant beginnings or endings
// differ, or they hold the same opaque values in the same order between
// different constant bytes.
func unequal(a, b []unit) bool {
	for i := 0; i < len(a) && i < len(b); i++ {
		if a[i].v != nil || b[i].v != nil {
			break
		}
		if a[i].b != b[i].b {
			return true
		}
	}
	for i, j := len(a)-1, len(b)-1; i >= 0 && j >= 0; i, j = i-1, j-1 {
		if a[i].v != nil || b[j].v != nil {
			break
		}
		if a[i].b != b[j].b {
			return true
		}
	}
	var va, vb []string
	var ca, cb strings.Builder
	for _, u := range a {
		if u.v != nil {
			va = append(va, u.v.ID)
			ca.WriteByte(0)
		} else {
			ca.WriteByte(u.b)
		}
	}
	for _, u := range b {
		if u.v != nil {
			vb = append(vb, u.v.ID)
			cb.WriteByte(0)
		} else {
			cb.WriteByte(u.b)
		}
	}
	if strings.Join(va, "\x00") == strings.Join(vb, "\x00") {
		return ca.String() != cb.String()
	}
	return longer(a, b) || longer(b, a)
}

// longer reports whether a is longer than b for every non-empty value of
// their opaque parts: a holds every value b holds (and maybe more), and
// more constant bytes, or as many and another value. "egress:room:" + room
// is longer than "egress", "q" + id than "q", k + strconv.Itoa(n) + "_tmp"
// than k.
func longer(a, b []unit) bool {
	ca, cb := 0, 0
	vals := map[string]int{}
	for _, u := range a {
		if u.v != nil {
			vals[u.v.ID]++
		} else {
			ca++
		}
	}
	for _, u := range b {
		if u.v != nil {
			if vals[u.v.ID] == 0 {
				return false
			}
			vals[u.v.ID]--
		} else {
			cb++
		}
	}
	extra := 0
	for _, n := range vals {
		extra += n
	}
	return ca > cb || ca == cb && extra > 0
}

// tagAgainstPlain reports whether a's hash tag holds a value and b is a
// constant key without braces: "asynq:{" + q + "}:pending" and
// "asynq:queues" are in one slot only when q is "asynq:queues".
func tagAgainstPlain(a, b []unit, ha []unit) bool {
	if len(ha) == len(a) {
		return false // no tag
	}
	hasValue := false
	for _, u := range ha {
		if u.v != nil {
			hasValue = true
		}
	}
	if !hasValue {
		return false
	}
	for _, u := range b {
		if u.v != nil || u.b == '{' {
			return false
		}
	}
	return true
}

// Compare says what is known of the slots of a and b.
func Compare(a, b Key) Relation {
	sa, oka := a.Slot()
	sb, okb := b.Slot()
	if oka && okb {
		if sa == sb {
			return Same
		}
		return Different
	}
	ua, ub := units(a.Parts), units(b.Parts)
	if sameTag(ua, ub) {
		return Same
	}
	if !a.Known() && !b.Known() {
		return Unknown
	}
	ha, hb := hashUnits(ua), hashUnits(ub)
	if len(ha) == len(hb) {
		eq := true
		for i := range ha {
			if !ha[i].same(hb[i]) {
				eq = false
				break
			}
		}
		if eq {
			// The same hashed part, under the brace-free assumption.
			return Unknown
		}
	}
	if sharedComputed(ua, ub) {
		// Both hold the same computed value, which may carry the
		// tag that both then hash.
		return Unknown
	}
	if unequal(ha, hb) || tagAgainstPlain(ua, ub, ha) || tagAgainstPlain(ub, ua, hb) {
		return LikelyDifferent
	}
	return Unknown
}

// sharedComputed reports whether a and b hold the same Computed value
// outside any tag of theirs.
func sharedComputed(a, b []unit) bool {
	for _, u := range a {
		if u.v == nil || !u.v.Computed {
			continue
		}
		for _, w := range b {
			if w.v != nil && w.v.ID == u.v.ID {
				return true
			}
		}
	}
	return false
}

// MayCarryTag returns the opaque value a key starts with when that value
// could itself carry the hash tag Redis reads (a string value that is the
// beginning of the key, as a prefix or a whole name is): the key's slot
// then depends on it alone. It returns nil for other keys.
func (k Key) MayCarryTag() *Opaque {
	for _, p := range k.Parts {
		if p.Value == nil && p.Const == "" {
			continue
		}
		if p.Value != nil && !p.Value.Decimal {
			return p.Value
		}
		return nil
	}
	return nil
}

// HasTagBraces reports whether the constant parts of the key contain a '{'
// (the key means to carry a hash tag, or has braces Redis will read as one).
func (k Key) HasTagBraces() bool {
	for _, p := range k.Parts {
		if p.Value == nil && strings.IndexByte(p.Const, '{') >= 0 {
			return true
		}
	}
	return false
}

// Distinct reports whether a and b are two different values known only at
// run time, with no constant part at all (RENAME oldsid sid): each key is
// one whole variable or field, and they are not the same one. Such keys
// are in one slot only when both carry the same hash tag, which nothing in
// the program shows.
func Distinct(a, b Key) bool {
	oa, ob := whole(a), whole(b)
	return oa != nil && ob != nil && oa.ID != ob.ID && oa.obj != ob.obj
}

// whole returns the one opaque value a key is, when it is a variable or a
// field of one (not a call, not an integer).
func whole(k Key) *Opaque {
	var o *Opaque
	for _, p := range k.Parts {
		if p.Value == nil {
			if p.Const != "" {
				return nil
			}
			continue
		}
		if o != nil {
			return nil
		}
		o = p.Value
	}
	if o == nil || o.obj == nil || o.Decimal || o.verb != "" || k.Loop != nil {
		return nil
	}
	return o
}
