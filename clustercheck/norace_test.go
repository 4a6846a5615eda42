//go:build !race

package clustercheck_test

const raceEnabled = false
