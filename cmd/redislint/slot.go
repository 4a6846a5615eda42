package main

import (
	"fmt"
	"io"
	"strconv"
	"text/tabwriter"

	"github.com/redislint/redislint/internal/slot"
)

const slotUsage = `usage: redislint slot KEY...

Prints the cluster slot of each KEY, as CLUSTER KEYSLOT would, and the part
of the key that Redis hashes: the hash tag (the bytes between the first '{'
and the first '}' after it, when they are not empty) or the whole key.
`

// runSlot implements "redislint slot KEY…": one line per key with the slot,
// the key and what is hashed. Keys are shown quoted, so that braces, spaces,
// empty keys and invalid UTF-8 read unambiguously.
func runSlot(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 || len(args) == 1 && (args[0] == "-h" || args[0] == "-help" || args[0] == "--help") {
		fmt.Fprint(stderr, slotUsage)
		return 2
	}
	w := tabwriter.NewWriter(stdout, 0, 8, 2, ' ', 0)
	for _, k := range args {
		hashed := "the whole key"
		if tag, ok := slot.Tag(k); ok {
			hashed = "hash tag " + strconv.Quote(tag)
		}
		fmt.Fprintf(w, "%d\t%s\t%s\n", slot.Of(k), strconv.Quote(k), hashed)
	}
	w.Flush()
	return 0
}
