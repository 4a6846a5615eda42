module example.com/facts

go 1.26.0

require (
	example.com/commons v0.0.0
	example.com/plain v0.0.0
	example.com/wrap v0.0.0
	github.com/google/uuid v0.0.0
	github.com/redis/go-redis/v9 v9.23.0
)

require (
	github.com/cespare/xxhash/v2 v2.3.0 // indirect
	go.uber.org/atomic v1.12.0 // indirect
	golang.org/x/sys v0.48.0 // indirect
)

replace (
	example.com/commons => ./commons
	example.com/plain => ./plain
	example.com/wrap => ./wrap
	github.com/google/uuid => ./uuidstub
)
