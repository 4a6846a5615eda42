// outcome: CROSSSLOT
// twin: mget_request_ok
// The keys come from a request: /profiles?ids=101,102,103 reads user:<id>
// for every id with one MGET.
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
		var keys []string
		for _, id := range strings.Split(r.URL.Query().Get("ids"), ",") {
			keys = append(keys, "user:"+id)
		}
		if _, err := rdb.MGet(r.Context(), keys...).Result(); err != nil {
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
