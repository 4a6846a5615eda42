// Package builders imports no Redis client, but the fact-bearing test
// analyzer exports a fact on Key (as crossslot does on key builders).
package builders

func Key(id string) string { return "user:" + id } // want Key:"builder"
