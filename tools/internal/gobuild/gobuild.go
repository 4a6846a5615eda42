// Package gobuild builds Go programs in temporary modules with the go
// command alone: the module proxy, no git. The builders of gopls and
// golangci-lint with redislint use it.
package gobuild

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime/debug"
	"strings"

	"golang.org/x/mod/modfile"
	"golang.org/x/mod/semver"
)

// Module is redislint's module path.
const Module = "github.com/redislint/redislint"

// Log receives the commands run and their output; set it to io.Discard to
// silence them.
var Log io.Writer = os.Stderr

// Go runs the go command in dir, with GOWORK=off so that a user's workspace
// does not leak into the temporary module, and returns its stdout.
//
// A build that fails with "could not import P (open : no such file or
// directory)" runs once more: go build sometimes fails so when another go
// command fills the same build cache at the same time (seen with Go 1.26
// while the gopls and golangci-lint builds of the end-to-end tests ran
// together), and succeeds when run again.
func Go(ctx context.Context, dir string, args ...string) ([]byte, error) {
	return GoEnv(ctx, dir, nil, args...)
}

// GoEnv is Go with env added to the go command's environment
// (CGO_ENABLED=0, say).
func GoEnv(ctx context.Context, dir string, env []string, args ...string) ([]byte, error) {
	out, stderr, err := run(ctx, dir, env, args)
	if err != nil && args[0] == "build" && bytes.Contains(stderr, []byte("(open : no such file or directory)")) {
		fmt.Fprintf(Log, "go build hit a build cache race; running it again\n")
		out, stderr, err = run(ctx, dir, env, args)
	}
	if err != nil {
		return nil, fmt.Errorf("go %s (in %s): %v\n%s", strings.Join(args, " "), dir, err, stderr)
	}
	return out, nil
}

func run(ctx context.Context, dir string, env, args []string) (stdout, stderr []byte, err error) {
	cmd := exec.CommandContext(ctx, "go", args...)
	cmd.Dir = dir
	cmd.Env = append(append(os.Environ(), "GOWORK=off"), env...)
	var o, e bytes.Buffer
	cmd.Stdout = &o
	cmd.Stderr = io.MultiWriter(&e, Log)
	fmt.Fprintf(Log, "go %s\n", strings.Join(args, " "))
	err = cmd.Run()
	return o.Bytes(), e.Bytes(), err
}

// Download returns the directory of module path@version in the module
// cache, downloading it from the module proxy when needed.
func Download(ctx context.Context, path, version string) (string, error) {
	out, err := Go(ctx, os.TempDir(), "mod", "download", "-json", path+"@"+version)
	if err != nil {
		return "", err
	}
	var m struct{ Dir, Error string }
	if err := json.Unmarshal(out, &m); err != nil {
		return "", err
	}
	if m.Error != "" {
		return "", fmt.Errorf("go mod download %s@%s: %s", path, version, m.Error)
	}
	return m.Dir, nil
}

// CopyDir copies the tree src to dst, writable (the module cache is not).
func CopyDir(dst, src string) error {
	return filepath.WalkDir(src, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, path)
		target := filepath.Join(dst, rel)
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		return os.WriteFile(target, data, 0o644)
	})
}

// Source is where a build takes a module from: a local directory (a
// replace directive) or a version from the module proxy.
type Source struct {
	Module  string
	Dir     string // absolute; set for a local directory
	Version string // set for a published version
}

func (s Source) String() string {
	if s.Dir != "" {
		return s.Module + " => " + s.Dir
	}
	return s.Module + "@" + s.Version
}

// AddTo makes the module in dir require s. A version that is a query
// (latest, a branch) is resolved through the module proxy first.
func (s Source) AddTo(ctx context.Context, dir string) error {
	if s.Dir != "" {
		_, err := Go(ctx, dir, "mod", "edit", "-require="+s.Module+"@v0.0.0", "-replace="+s.Module+"="+s.Dir)
		return err
	}
	version := s.Version
	if semver.Canonical(version) != version {
		out, err := Go(ctx, dir, "list", "-m", "-f", "{{.Version}}", s.Module+"@"+version)
		if err != nil {
			return err
		}
		version = strings.TrimSpace(string(out))
	}
	_, err := Go(ctx, dir, "mod", "edit", "-require="+s.Module+"@"+version)
	return err
}

// Redislint returns the redislint source for a build. spec is a directory
// (a checkout), a version (v1.2.3, latest), or empty: then the checkout
// around the working directory, or else the version of the running program
// when it was installed with go install or go run pkg@version.
func Redislint(ctx context.Context, spec string) (Source, error) {
	src := Source{Module: Module}
	switch {
	case spec == "":
	case spec == "latest" || strings.HasPrefix(spec, "v") && !strings.ContainsAny(spec, `/\`):
		src.Version = spec
		return src, nil
	default:
		dir, err := filepath.Abs(spec)
		if err != nil {
			return src, err
		}
		if path, _ := modulePath(dir); path != Module {
			return src, fmt.Errorf("%s is not a checkout of %s", spec, Module)
		}
		src.Dir = dir
		return src, nil
	}
	wd, err := os.Getwd()
	if err != nil {
		return src, err
	}
	if path, root := modulePath(wd); path == Module {
		src.Dir = root
		return src, nil
	}
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Path == Module && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		src.Version = bi.Main.Version
		return src, nil
	}
	return src, fmt.Errorf("not inside a checkout of %s: name one with -redislint DIR, or a version with -redislint v…", Module)
}

// modulePath returns the path and root directory of the module containing
// dir, if any.
func modulePath(dir string) (path, root string) {
	cmd := exec.Command("go", "env", "GOMOD")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOWORK=off")
	out, err := cmd.Output()
	gomod := strings.TrimSpace(string(out))
	if err != nil || gomod == "" || gomod == os.DevNull {
		return "", ""
	}
	data, err := os.ReadFile(gomod)
	if err != nil {
		return "", ""
	}
	return modfile.ModulePath(data), filepath.Dir(gomod)
}
