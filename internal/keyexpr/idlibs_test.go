package keyexpr

import "testing"

func TestIsIDLibrary(t *testing.T) {
	for path, want := range map[string]bool{
		"github.com/google/uuid":           true,
		"github.com/gofrs/uuid/v5":         true,
		"github.com/oklog/ulid/v2":         true,
		"github.com/matoous/go-nanoid/v2":  true,
		"github.com/google/uuidx":          false,
		"github.com/google":                false,
		"github.com/redis/go-redis/v9":     false,
		"example.com/keys":                 false,
		"github.com/satori/go.uuid/extras": true,
	} {
		if got := IsIDLibrary(path); got != want {
			t.Errorf("IsIDLibrary(%q) = %v, want %v", path, got, want)
		}
	}
}
