// outcome: ok
// env: FLAG_KEYS={flag}:dark-mode,{flag}:beta
// redigo_mset_env done right: the flags share a hash tag.
package main

import (
	"os"
	"strings"

	"github.com/redislint/redislint/clustercheck/internal/livetest/env"
)

func main() {
	conn := env.Redigo()
	defer conn.Close()
	var args []any
	for _, k := range strings.Split(os.Getenv("FLAG_KEYS"), ",") {
		args = append(args, k, "on")
	}
	_, err := conn.Do("MSET", args...)
	env.Check(err)
	env.OK()
}
