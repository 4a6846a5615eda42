package clustercheck_test

import (
	"strings"
	"testing"

	"github.com/redislint/redislint/clustercheck"
)

// FuzzStrings: no command, however odd, makes the guard panic, and every
// violation it finds reads like the cluster's or says it is the guard's.
func FuzzStrings(f *testing.F) {
	for _, s := range []string{"MGET a b", "EVAL s 2 a", "EVAL s -1 a", "XREAD STREAMS a", "MIGRATE h p  0 5 KEYS a b", "SORT k STORE", "OBJECT", "SSUBSCRIBE a b", "MULTI", "SELECT x", "EVAL return\x00 1 {"} {
		f.Add(s)
	}
	c := clustercheck.New(clustercheck.Options{})
	f.Fuzz(func(t *testing.T, line string) {
		words := strings.Split(line, " ")
		var tx clustercheck.Tx
		for _, txp := range []*clustercheck.Tx{nil, &tx, &tx} {
			e := c.Strings(txp, words)
			if e == nil {
				continue
			}
			msg := e.Error()
			if !strings.HasPrefix(msg, "CROSSSLOT ") && !strings.HasPrefix(msg, "ERR ") && !strings.Contains(msg, "(clustercheck") {
				t.Errorf("%q: %s", line, msg)
			}
		}
	})
}
