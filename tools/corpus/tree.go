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
	"strconv"
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
	// A bare mirror, or now and then a clone with a work tree.
	for _, d := range []string{dir, filepath.Join(dir, ".git")} {
		if _, err := os.Stat(filepath.Join(d, "HEAD")); err == nil {
			return d, nil
		}
	}
	return "", fmt.Errorf("%s is not fetched (no %s): fetch it first", repo, dir)
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
	if err := extract(ctx, gitDir, commit, root); err != nil {
		return "", fmt.Errorf("%s %s: %v", repo, commit, err)
	}
	return root, t.digests.record(key, root)
}

// extract writes the tree of commit into root. It reads the objects with
// git cat-file rather than git archive: a snapshot lacks its largest
// files (4 MiB and more), and git archive stops at the first missing one.
// A missing blob is left out (it is never Go source a finding depends on:
// generated data, fonts, binaries), so the digest covers what is there.
func extract(ctx context.Context, gitDir, commit, root string) error {
	ls, err := exec.CommandContext(ctx, "git", "--git-dir="+gitDir, "ls-tree", "-r", "-z", "--full-tree", commit).Output()
	if err != nil {
		return fmt.Errorf("git ls-tree: %v", err)
	}
	type entry struct{ mode, object, path string }
	var entries []entry
	for rec := range strings.SplitSeq(strings.TrimRight(string(ls), "\x00"), "\x00") {
		meta, path, ok := strings.Cut(rec, "\t")
		f := strings.Fields(meta)
		if !ok || len(f) != 3 || f[1] != "blob" {
			continue // a submodule (commit), or nothing
		}
		entries = append(entries, entry{f[0], f[2], path})
	}
	cmd := exec.CommandContext(ctx, "git", "--git-dir="+gitDir, "cat-file", "--batch")
	in, err := cmd.StdinPipe()
	if err != nil {
		return err
	}
	out, err := cmd.StdoutPipe()
	if err != nil {
		return err
	}
	if err := cmd.Start(); err != nil {
		return err
	}
	go func() {
		w := bufio.NewWriter(in)
		for _, e := range entries {
			fmt.Fprintln(w, e.object)
		}
		w.Flush()
		in.Close()
	}()
	r := bufio.NewReaderSize(out, 1<<16)
	for _, e := range entries {
		header, err := r.ReadString('\n')
		if err != nil {
			return fmt.Errorf("git cat-file: %v", err)
		}
		f := strings.Fields(header)
		if len(f) == 2 && f[1] == "missing" {
			continue
		}
		if len(f) != 3 {
			return fmt.Errorf("git cat-file: unexpected %q", header)
		}
		size, err := strconv.Atoi(f[2])
		if err != nil {
			return fmt.Errorf("git cat-file: unexpected %q", header)
		}
		data := make([]byte, size+1) // the content and a newline
		if _, err := io.ReadFull(r, data); err != nil {
			return fmt.Errorf("git cat-file: %v", err)
		}
		data = data[:size]
		target := filepath.Join(root, filepath.FromSlash(e.path))
		if rel, err := filepath.Rel(root, target); err != nil || strings.HasPrefix(rel, "..") {
			continue
		}
		if err := os.MkdirAll(filepath.Dir(target), 0o755); err != nil {
			return err
		}
		if e.mode == "120000" {
			// A symbolic link: keep it only when it points inside the tree.
			dest := filepath.Join(filepath.Dir(target), string(data))
			if rel, err := filepath.Rel(root, dest); err == nil && !strings.HasPrefix(rel, "..") {
				os.Symlink(string(data), target)
			}
			continue
		}
		if err := os.WriteFile(target, data, 0o644); err != nil {
			return err
		}
	}
	return cmd.Wait()
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
	// extract (GOWORK=off). -mod=mod completes go.sum. A module the proxy
	// no longer serves (403) fails the download of the whole graph, but
	// the packages analyzed may not need it: go list then fetches what
	// they import, and fails only if that is missing.
	goCmd(ctx, dir, "mod", "download")
	return nil
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
	// Another run may have recorded trees of its own since this one
	// started: keep them.
	if disk, err := loadDigests(d.file, false); err == nil {
		for k, v := range disk.known {
			if _, ok := d.known[k]; !ok {
				d.known[k] = v
			}
		}
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
