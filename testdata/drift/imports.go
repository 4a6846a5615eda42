// Package drift only imports the real client modules, so that tests of
// redislint's model can type-check the model against them. It is a module of
// its own (under testdata, so `go test ./...` of redislint does not build it).
package drift

import (
	_ "github.com/go-redis/redis"
	_ "github.com/go-redis/redis/v7"
	_ "github.com/go-redis/redis/v8"
	_ "github.com/gomodule/redigo/redis"
	_ "github.com/mediocregopher/radix/v3"
	_ "github.com/mediocregopher/radix/v4"
	_ "github.com/mna/redisc"
	_ "github.com/redis/go-redis/v9"
	_ "github.com/redis/rueidis"
	_ "github.com/redis/rueidis/rueidiscompat"
	_ "github.com/valkey-io/valkey-glide/go/v2"
	_ "github.com/valkey-io/valkey-glide/go/v2/pipeline"
	_ "github.com/valkey-io/valkey-go"
)
