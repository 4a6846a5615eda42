package through // want `relevant`

import (
	"analysisutil/direct"
	"analysisutil/plain"
)

var _ = direct.Cluster

func F() string { return plain.F() }
