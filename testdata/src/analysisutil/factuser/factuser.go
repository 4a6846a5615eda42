package factuser // want `relevant`

// No Redis client, directly or through others, but an import has facts.

import "analysisutil/builders"

func F() string { return builders.Key("1") }
