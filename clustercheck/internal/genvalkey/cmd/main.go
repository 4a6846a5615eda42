// Command genvalkey writes valkeycheck from rueidischeck. Run it from the
// clustercheck module's root: go run ./internal/genvalkey/cmd
package main

import (
	"log"
	"os"
	"path/filepath"

	"github.com/redislint/redislint/clustercheck/internal/genvalkey"
)

func main() {
	for from, to := range genvalkey.Files {
		src, err := os.ReadFile(filepath.Join("rueidischeck", from))
		if err != nil {
			log.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join("valkeycheck", to), []byte(genvalkey.Translate(string(src))), 0o644); err != nil {
			log.Fatal(err)
		}
	}
}
