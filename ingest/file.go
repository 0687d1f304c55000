package ingest

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"mime"
	"net/http"
	"os"
	"path/filepath"
	"strings"
)

// Extensions a folder is searched for; any other file in a folder is
// skipped. A file named on its own is read whatever its extension.
var articleExts = map[string]bool{".txt": true, ".md": true, ".html": true, ".htm": true}

// ReadFile reads the article in the file at path, of at most limit bytes
// (DefaultMaxBytes when limit <= 0). .txt and .md files are read with
// ReadText, .html and .htm files with ReadHTML; the content must sniff as
// text either way, so a picture renamed .txt is refused with
// ErrUnsupported naming the detected type. Files with other extensions are
// read by what their content sniffs as: plain text or HTML. An empty or
// whitespace-only file is ErrEmpty.
func ReadFile(path string, limit int64) (Text, error) {
	if limit <= 0 {
		limit = DefaultMaxBytes
	}
	f, err := os.Open(path)
	if err != nil {
		return Text{}, fmt.Errorf("ingest %s: %w", path, unwrapPath(err))
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return Text{}, fmt.Errorf("ingest %s: %w", path, unwrapPath(err))
	}
	if fi.IsDir() {
		return Text{}, fmt.Errorf("ingest %s: %w: a directory (use Expand)", path, ErrUnsupported)
	}
	if fi.Size() > limit {
		return Text{}, fmt.Errorf("ingest %s: %w of %d bytes (file has %d)", path, ErrTooLarge, limit, fi.Size())
	}
	b, err := readLimited(path, f, limit)
	if err != nil {
		return Text{}, err
	}
	return readBytes(path, b, limit)
}

// readBytes sniffs a file's content and hands it to the reader its
// extension and content agree on.
func readBytes(path string, b []byte, limit int64) (Text, error) {
	if len(bytes.TrimSpace(b)) == 0 {
		return Text{}, fmt.Errorf("ingest %s: %w", path, ErrEmpty)
	}
	sniffed := http.DetectContentType(b)
	media, params, _ := mime.ParseMediaType(sniffed)
	if !strings.HasPrefix(media, "text/") {
		return Text{}, fmt.Errorf("ingest %s: %w: content is %s, not text", path, ErrUnsupported, media)
	}
	ext := strings.ToLower(filepath.Ext(path))
	isHTML := ext == ".html" || ext == ".htm" ||
		(ext != ".txt" && ext != ".md" && media == "text/html")
	if isHTML {
		// The sniffed charset is a guess; ReadHTML looks for the page's own.
		return ReadHTML(path, bytes.NewReader(b), "", nil, limit)
	}
	if media != "text/plain" && media != "text/html" {
		return Text{}, fmt.Errorf("ingest %s: %w: content is %s", path, ErrUnsupported, media)
	}
	if cs := params["charset"]; strings.HasPrefix(cs, "utf-16") {
		// A byte order mark says UTF-16; ReadText wants UTF-8.
		var err error
		if b, err = decodeCharset(b, cs); err != nil {
			return Text{}, fmt.Errorf("ingest %s: %w", path, err)
		}
	}
	return ReadText(path, bytes.NewReader(b), limit)
}

// Expand turns paths into the files to read: a file stands for itself, a
// folder for every .txt, .md, .html and .htm file under it, recursively, in
// lexical order, skipping hidden files and folders (names starting with a
// dot). A path that cannot be read is an error for that path alone; the
// others are still expanded. A file reached twice is listed once.
func Expand(paths []string) ([]string, []error) {
	var files []string
	var errs []error
	seen := make(map[string]bool)
	for _, root := range paths {
		errs = append(errs, Walk(root, func(p string) {
			if !seen[filepath.Clean(p)] {
				seen[filepath.Clean(p)] = true
				files = append(files, p)
			}
		})...)
	}
	return files, errs
}

// Walk is Expand for one path, streaming: it calls fn with each file to
// read, in order, as the folder is walked, so that a caller need not hold
// a large folder's list of paths. It returns the errors of the paths that
// could not be read.
func Walk(root string, fn func(path string)) []error {
	fi, err := os.Stat(root)
	if err != nil {
		return []error{fmt.Errorf("ingest %s: %w", root, unwrapPath(err))}
	}
	if !fi.IsDir() {
		fn(root)
		return nil
	}
	var errs []error
	err = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			errs = append(errs, fmt.Errorf("ingest %s: %w", p, unwrapPath(err)))
			return nil
		}
		if p != root && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if !d.IsDir() && articleExts[strings.ToLower(filepath.Ext(p))] {
			fn(p)
		}
		return nil
	})
	if err != nil {
		errs = append(errs, fmt.Errorf("ingest %s: %w", root, err))
	}
	return errs
}

// unwrapPath drops the *fs.PathError layer whose text repeats the path
// the caller already names; errors.Is still sees fs.ErrNotExist and kin.
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
