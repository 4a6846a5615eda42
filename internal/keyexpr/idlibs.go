package keyexpr

import "strings"

// idLibraries are the modules of identifier generators (UUIDs, ULIDs,
// KSUIDs, xids, snowflakes, nano IDs): the string every function of
// theirs returns is a fresh or parsed identifier, made of its own
// alphabet (hex digits and dashes, base32, base58, base62), never a key
// scheme of the program's. A key built from one is opaque, and the key
// evaluator reads no function of theirs from source
// (callsite/depsource.go): on the sweep of the real-code corpus they were
// the only dependencies it read, and type-checking google/uuid means
// reading the export data of net, sync, crypto/rand, database/sql/driver
// and the rest of its imports (7 ms on go-oauth2/redis, a tenth of its
// run), for a summary that is opaque anyway. A prefix such an identifier
// carries ("urn:uuid:" of google/uuid's URN) is lost; it holds no brace.
var idLibraries = []string{
	"github.com/google/uuid",
	"github.com/satori/go.uuid",
	"github.com/gofrs/uuid",
	"github.com/rs/xid",
	"github.com/segmentio/ksuid",
	"github.com/oklog/ulid",
	"github.com/bwmarrin/snowflake",
	"github.com/sony/sonyflake",
	"github.com/lithammer/shortuuid",
	"github.com/teris-io/shortid",
	"github.com/matoous/go-nanoid",
	"github.com/jaevor/go-nanoid",
}

// IsIDLibrary reports whether the package at path belongs to an
// identifier generator's module (any major version).
func IsIDLibrary(path string) bool {
	for _, m := range idLibraries {
		if rest, ok := strings.CutPrefix(path, m); ok && (rest == "" || rest[0] == '/') {
			return true
		}
	}
	return false
}
