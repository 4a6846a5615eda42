module github.com/redislint/redislint/clustercheck

go 1.26.8

require github.com/redislint/redislint v0.0.0

require golang.org/x/tools v0.52.0 // indirect

replace github.com/redislint/redislint => ../
