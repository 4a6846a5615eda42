// Package tagged has a file only the build tag "special" selects
// (driver.TestBuildTags): -tags reaches go list.
package tagged

// Seeds are the cluster's seeds.
var Seeds = []string{"10.0.0.1:6379", "10.0.0.2:6379"}
