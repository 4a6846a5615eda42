package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"

	"golang.org/x/mod/sumdb/dirhash"

	"github.com/redislint/redislint/internal/model"
	"github.com/redislint/redislint/tools/internal/gobuild"
)

// trees extracts the corpus's source trees into a work directory and keeps
// them there between runs: a tree is extracted again only when its digest
// does not match.
type trees struct {
	work    string // where trees are extracted
	mirrors string // where fetched mirrors are: OWNER+NAME/repo
	digests *digests
}

// mirror returns the git directory of a fetched repository.
func (t *trees) mirror(repo string) (string, error) {
	dir := filepath.Join(t.mirrors, strings.ReplaceAll(repo, "/", "+"), "repo")
	if _, err := os.Stat(filepath.Join(dir, "HEAD")); err != nil {
		return "", fmt.Errorf("%s is not fetched (no %s): fetch it first", repo, dir)
	}
	return dir, nil
}

// fromMirror extracts repo at commit (git archive) and returns the tree's root.
func (t *trees) fromMirror(ctx context.Context, repo, commit string) (string, error) {
	key := repo + "@" + commit
	root := filepath.Join(t.work, "git", strings.ReplaceAll(repo, "/", "+")+"@"+commit[:12])
	if t.digests.match(key, root) {
		return root, nil
	}
	gitDir, err := t.mirror(repo)
	if err != nil {
		return "", err
	}
	if err := os.RemoveAll(root); err != nil {
		return "", err
	}
	if err := os.MkdirAll(root, 0o755); err != nil {
		return "", err
	}
	archive := exec.CommandContext(ctx, "git", "--git-dir="+gitDir, "archive", "--format=tar", commit)
	untar := exec.CommandContext(ctx, "tar", "-x", "-C", root)
	pipe, err := archive.StdoutPipe()
	if err != nil {
		return "", err
	}
	untar.Stdin = pipe
	var stderr bytes.Buffer
	archive.Stderr, untar.Stderr = &stderr, &stderr
	if err := untar.Start(); err != nil {
		return "", err
	}
	if err := archive.Run(); err != nil {
		untar.Wait()
		return "", fmt.Errorf("git archive %s %s: %v\n%s", repo, commit, err, stderr.Bytes())
	}
	if err := untar.Wait(); err != nil {
		return "", fmt.Errorf("tar of %s %s: %v\n%s", repo, commit, err, stderr.Bytes())
	}
	return root, t.digests.record(key, root)
}

// fromProxy copies module@version out of the module cache (downloading it
// from the module proxy) into a writable tree and returns its root.
func (t *trees) fromProxy(ctx context.Context, module, version string) (string, error) {
	key := module + "@" + version
	root := filepath.Join(t.work, "mod", strings.ReplaceAll(key, "/", "+"))
	if t.digests.match(key, root) {
		return root, nil
	}
	src, err := gobuild.Download(ctx, module, version)
	if err != nil {
		return "", err
	}
	if err := os.RemoveAll(root); err != nil {
		return "", err
	}
	if err := gobuild.CopyDir(root, src); err != nil {
		return "", err
	}
	return root, t.digests.record(key, root)
}

// prepare makes the module in dir buildable with the module proxy alone:
// its go.sum completed, vendor directories ignored. A module whose
// dependencies cannot be had is reported as an error.
func prepare(ctx context.Context, dir string) error {
	if _, err := os.Stat(filepath.Join(dir, "go.mod")); err != nil {
		return fmt.Errorf("no go.mod in %s", dir)
	}
	// A tree's own go.work would pull in directories the corpus did not
	// extract; GOWORK=off is set by gobuild.Go. -mod=mod completes go.sum.
	_, err := goCmd(ctx, dir, "mod", "download")
	return err
}

// goEnv is the environment of every go command over a corpus tree.
func goEnv() []string {
	return append(os.Environ(), "GOWORK=off", "GOFLAGS=-mod=mod -buildvcs=false", "GOTOOLCHAIN=local")
}

func goCmd(ctx context.Context, dir string, args ...string) ([]byte, error) {
	cmd := exec.CommandContext(ctx, "go", args...)
	cmd.Dir = dir
	cmd.Env = goEnv()
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		return nil, fmt.Errorf("go %s (in %s): %v\n%s", strings.Join(args, " "), dir, err, tail(stderr.String(), 20))
	}
	return stdout.Bytes(), nil
}

// clientPackages returns the patterns (./rel) of the packages of the module
// in dir that import a Redis client library, directly or through other
// packages, in their code or in their tests.
func clientPackages(ctx context.Context, dir string) ([]string, error) {
	out, err := goCmd(ctx, dir, "list", "-e", "-json=ImportPath,Dir,Deps,Imports,TestImports,XTestImports", "./...")
	if err != nil {
		return nil, err
	}
	type pkg struct {
		ImportPath, Dir                          string
		Deps, Imports, TestImports, XTestImports []string
	}
	var pkgs []pkg
	dec := json.NewDecoder(bytes.NewReader(out))
	for dec.More() {
		var p pkg
		if err := dec.Decode(&p); err != nil {
			return nil, err
		}
		pkgs = append(pkgs, p)
	}
	byPath := map[string]*pkg{}
	for i := range pkgs {
		byPath[pkgs[i].ImportPath] = &pkgs[i]
	}
	uses := func(paths []string) bool {
		return slices.ContainsFunc(paths, func(p string) bool {
			if model.IsClientPackage(p) {
				return true
			}
			// A test that imports a package of the module that uses a client.
			q, ok := byPath[p]
			return ok && slices.ContainsFunc(q.Deps, model.IsClientPackage)
		})
	}
	var patterns []string
	for _, p := range pkgs {
		if uses(p.Deps) || uses(p.TestImports) || uses(p.XTestImports) {
			rel, err := filepath.Rel(dir, p.Dir)
			if err != nil || strings.HasPrefix(rel, "..") {
				continue
			}
			patterns = append(patterns, "./"+filepath.ToSlash(rel))
		}
	}
	return patterns, nil
}

// digests are the recorded digests of the corpus's trees (dirhash h1, as in
// go.sum), one "KEY h1:…" line each, in manifests/digests.txt. A tree whose
// digest differs from the recorded one is an error; a tree without one is
// recorded.
type digests struct {
	file    string
	known   map[string]string
	changed bool
	strict  bool // a tree without a recorded digest is an error
}

func loadDigests(file string, strict bool) (*digests, error) {
	d := &digests{file: file, known: map[string]string{}, strict: strict}
	f, err := os.Open(file)
	if os.IsNotExist(err) {
		return d, nil
	}
	if err != nil {
		return nil, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		key, sum, ok := strings.Cut(line, " ")
		if !ok {
			return nil, fmt.Errorf("%s: bad line %q", file, line)
		}
		d.known[key] = strings.TrimSpace(sum)
	}
	return d, sc.Err()
}

// hash is the digest of the tree at root as extracted, go.sum files left
// out: they are completed from the module proxy before a run.
func hash(root string) (string, error) {
	var files []string
	err := filepath.WalkDir(root, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.Type().IsRegular() && d.Name() != "go.sum" && path != filepath.Join(root, stampFile) {
			rel, _ := filepath.Rel(root, path)
			files = append(files, filepath.ToSlash(rel))
		}
		return nil
	})
	if err != nil {
		return "", err
	}
	return dirhash.Hash1(files, func(name string) (io.ReadCloser, error) {
		return os.Open(filepath.Join(root, filepath.FromSlash(name)))
	})
}

// stampFile, in an extracted tree, holds the digest it was checked against.
const stampFile = ".corpus-digest"

// match reports whether root holds the tree recorded under key.
func (d *digests) match(key, root string) bool {
	want, ok := d.known[key]
	if !ok {
		return false
	}
	// The stamp holds the digest the tree was checked against when it
	// was extracted.
	stamp, err := os.ReadFile(filepath.Join(root, stampFile))
	return err == nil && string(stamp) == want
}

// record checks the tree just extracted at root against the recorded
// digest, or records it.
func (d *digests) record(key, root string) error {
	got, err := hash(root)
	if err != nil {
		return err
	}
	if want, ok := d.known[key]; ok && want != got {
		return fmt.Errorf("%s: the extracted tree's digest is %s, the manifest recorded %s", key, got, want)
	} else if !ok {
		if d.strict {
			return fmt.Errorf("%s: no digest recorded in %s (run with -record)", key, d.file)
		}
		d.known[key] = got
		d.changed = true
	}
	return os.WriteFile(filepath.Join(root, stampFile), []byte(got), 0o644)
}

// save writes the digests back when some were recorded.
func (d *digests) save() error {
	if !d.changed {
		return nil
	}
	keys := make([]string, 0, len(d.known))
	for k := range d.known {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	var b strings.Builder
	b.WriteString("# Digests of the corpus's trees as extracted (dirhash h1 of every file but go.sum), written by go run ./tools/corpus -record.\n")
	for _, k := range keys {
		fmt.Fprintf(&b, "%s %s\n", k, d.known[k])
	}
	return os.WriteFile(d.file, []byte(b.String()), 0o644)
}

func tail(s string, lines int) string {
	ls := strings.Split(strings.TrimRight(s, "\n"), "\n")
	if len(ls) > lines {
		ls = ls[len(ls)-lines:]
	}
	return strings.Join(ls, "\n")
}
