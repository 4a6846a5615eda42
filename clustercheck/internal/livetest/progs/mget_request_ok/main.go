// outcome: ok
// mget_request done right: one GET per id, in a pipeline, which a cluster
// client splits by node.
package main

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"

	"github.com/redis/go-redis/v9"

	"github.com/redislint/redislint/clustercheck/internal/livetest/env"
)

func profiles(rdb redis.UniversalClient) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		_, err := rdb.Pipelined(r.Context(), func(pipe redis.Pipeliner) error {
			for _, id := range strings.Split(r.URL.Query().Get("ids"), ",") {
				pipe.Get(r.Context(), "user:"+id)
			}
			return nil
		})
		if err != nil && err != redis.Nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
		}
	}
}

func main() {
	rdb := env.GoRedis()
	defer rdb.Close()
	env.Check(rdb.Set(context.Background(), "user:101", "Ada", 0).Err())
	rec := httptest.NewRecorder()
	profiles(rdb)(rec, httptest.NewRequest("GET", "/profiles?ids=101,102,103", nil))
	if rec.Code != http.StatusOK {
		env.Fail("error: %s", rec.Body)
	}
	env.OK()
}
