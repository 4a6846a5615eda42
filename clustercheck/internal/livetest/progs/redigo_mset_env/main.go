// outcome: CROSSSLOT
// twin: redigo_mset_env_ok
// env: FLAG_KEYS=flag:dark-mode,flag:beta
// redigo (redisc on the cluster): one MSET of keys from the environment.
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
