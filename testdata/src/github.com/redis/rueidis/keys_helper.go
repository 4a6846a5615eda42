package rueidis

// This file stubs rueidis' helpers (v1.0.79's helper.go), which split their
// keys by slot.

import "context"

func MSetNX(client Client, ctx context.Context, kvs map[string]string) map[string]error { return nil }
func MSet(client Client, ctx context.Context, kvs map[string]string) map[string]error   { return nil }
