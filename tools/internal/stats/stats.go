// Package stats holds the arithmetic the benchmark and the corpus runner
// share.
package stats

import "slices"

// Median returns the median of vs (the mean of the two middle values for
// an even count), 0 for none. vs is not changed.
func Median(vs []int64) int64 {
	if len(vs) == 0 {
		return 0
	}
	s := slices.Clone(vs)
	slices.Sort(s)
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}
