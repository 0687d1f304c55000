package ingest

import (
	"bytes"
	"errors"
	"image"
	"image/color"
	"image/png"
	"io/fs"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"golang.org/x/text/encoding/unicode"
)

// pngBytes encodes a real 2x2 PNG image.
func pngBytes(t *testing.T) []byte {
	t.Helper()
	img := image.NewRGBA(image.Rect(0, 0, 2, 2))
	img.Set(0, 0, color.RGBA{R: 200, A: 255})
	var b bytes.Buffer
	if err := png.Encode(&b, img); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestReadFile(t *testing.T) {
	tests := []struct {
		name  string
		path  string                    // a fixture
		setup func(t *testing.T) string // or a file made by the test
		limit int64
		// What a good read gives: the body starts with bodyStart; the
		// metadata equals want's (Body and Warnings are checked apart).
		bodyStart string
		body      string // the whole body, when given
		want      Text
		warning   string // a substring of the one warning expected
		// What a refused read gives.
		err    error
		errHas []string
	}{
		{
			name:      "plain text",
			path:      "testdata/file/plain/article.txt",
			bodyStart: "Norway will send twelve air-defence launchers to Estonia",
		},
		{
			name:      "markdown with front matter",
			path:      "testdata/file/markdown/article.md",
			bodyStart: "# Norway to send launchers to Estonia\n\nNorway will send",
			want: Text{Title: "Norway to send launchers to Estonia", Outlet: "Nordic Wire",
				URL: "https://example.org/news/launchers", Published: date(2025, 3, 4)},
		},
		{
			name: "crlf and blank lines normalized",
			path: "testdata/file/crlf/article.txt",
			body: "Portugal pledged 30 armoured vehicles to Ukraine on Friday.\n\nThe vehicles will be delivered by rail, officials said.",
		},
		{
			name:   "empty file",
			path:   "testdata/file/empty/empty.txt",
			err:    ErrEmpty,
			errHas: []string{"testdata/file/empty/empty.txt", "empty"},
		},
		{
			name:   "whitespace only",
			path:   "testdata/file/whitespace/blank.txt",
			err:    ErrEmpty,
			errHas: []string{"blank.txt", "empty"},
		},
		{
			name:   "front matter only",
			setup:  func(t *testing.T) string { return writeTemp(t, "head.md", []byte("---\ntitle: Nothing\n---\n\n")) },
			err:    ErrEmpty,
			errHas: []string{"head.md"},
		},
		{
			name: "front matter url that is no web address",
			setup: func(t *testing.T) string {
				return writeTemp(t, "js.md", []byte("---\nurl: javascript:alert(1)\n---\nChile will buy four frigates.\n"))
			},
			err:    ErrFrontMatter,
			errHas: []string{"js.md", `url "javascript:alert(1)": want an http or https address`},
		},
		{
			name: "front matter date that is no date",
			setup: func(t *testing.T) string {
				return writeTemp(t, "date.md", []byte("---\npublished: last Tuesday\n---\nChile will buy four frigates.\n"))
			},
			err:    ErrFrontMatter,
			errHas: []string{"date.md", `date "last Tuesday"`},
		},
		{
			name:      "invalid UTF-8 repaired with a warning",
			path:      "testdata/file/invalid-utf8/article.txt",
			bodyStart: "The shipment of 400 rifles arrived in Tallinn on Monday.\nA port official called it \uFFFDthe largest so far\uFFFD",
			warning:   "article.txt: repaired 2 invalid UTF-8",
		},
		{
			name:   "over the size limit",
			path:   "testdata/file/plain/article.txt",
			limit:  64,
			err:    ErrTooLarge,
			errHas: []string{"testdata/file/plain/article.txt", "size limit of 64 bytes"},
		},
		{
			name:   "PNG renamed .txt",
			setup:  func(t *testing.T) string { return writeTemp(t, "photo.txt", pngBytes(t)) },
			err:    ErrUnsupported,
			errHas: []string{"photo.txt", "image/png"},
		},
		{
			name:   "PNG renamed .html",
			setup:  func(t *testing.T) string { return writeTemp(t, "page.html", pngBytes(t)) },
			err:    ErrUnsupported,
			errHas: []string{"page.html", "image/png"},
		},
		{
			name:   "PNG without extension",
			setup:  func(t *testing.T) string { return writeTemp(t, "download", pngBytes(t)) },
			err:    ErrUnsupported,
			errHas: []string{"download", "image/png"},
		},
		{
			name:      "html by extension",
			path:      "testdata/html/article/page.html",
			bodyStart: "Norway will send twelve air-defence launchers",
			want: Text{Title: "Norway to send launchers to Estonia", Outlet: "Baltic Defence Monitor",
				Published: date(2025, 3, 4)},
		},
		{
			name:      "html sniffed without extension",
			path:      "testdata/file/sniff-html/saved-page",
			bodyStart: "Published 14 June 2024\n\nPortugal pledged thirty armoured personnel carriers",
			want:      Text{Title: "Portugal pledges armoured vehicles", Published: date(2024, 6, 14)},
		},
		{
			name:      "text sniffed without extension",
			path:      "testdata/file/sniff-text/NOTES",
			bodyStart: "Chile has agreed to buy four used frigates",
		},
		{
			name: "UTF-16 text with a byte order mark",
			setup: func(t *testing.T) string {
				b, err := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().Bytes([]byte("Chile will buy four frigates.\n"))
				if err != nil {
					t.Fatal(err)
				}
				return writeTemp(t, "utf16.txt", b)
			},
			body: "Chile will buy four frigates.",
		},
		{
			name:   "missing file",
			path:   "testdata/file/no-such-file.txt",
			err:    fs.ErrNotExist,
			errHas: []string{"ingest testdata/file/no-such-file.txt: no such file"},
		},
		{
			name:   "a directory",
			path:   "testdata/file/plain",
			err:    ErrUnsupported,
			errHas: []string{"testdata/file/plain", "directory"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := tt.path
			if tt.setup != nil {
				path = tt.setup(t)
			}
			got, err := ReadFile(path, tt.limit)
			if tt.err != nil {
				if !errors.Is(err, tt.err) {
					t.Fatalf("ReadFile(%s) error = %v, want %v", path, err, tt.err)
				}
				for _, s := range tt.errHas {
					if !strings.Contains(err.Error(), s) {
						t.Errorf("error %q does not say %q", err, s)
					}
				}
				return
			}
			if err != nil {
				t.Fatalf("ReadFile(%s): %v", path, err)
			}
			if !strings.HasPrefix(got.Body, tt.bodyStart) {
				t.Errorf("body starts %q, want %q", excerptOf(got.Body), tt.bodyStart)
			}
			if tt.body != "" && got.Body != tt.body {
				t.Errorf("body = %q, want %q", got.Body, tt.body)
			}
			if got.Body != Normalize(got.Body) {
				t.Error("body is not normalized")
			}
			checkMeta(t, got, tt.want)
			switch {
			case tt.warning == "" && len(got.Warnings) > 0:
				t.Errorf("unexpected warnings %q", got.Warnings)
			case tt.warning != "" && (len(got.Warnings) != 1 || !strings.Contains(got.Warnings[0], tt.warning)):
				t.Errorf("warnings = %q, want one with %q", got.Warnings, tt.warning)
			}
		})
	}
}

func TestExpand(t *testing.T) {
	tree := filepath.Join("testdata", "walk", "tree")
	in := func(p ...string) string { return filepath.Join(append([]string{tree}, p...)...) }
	tests := []struct {
		name    string
		paths   []string
		want    []string
		errHave []string // one error per entry, saying this
	}{
		{
			name:  "folder, recursively, in lexical order, hidden and other files skipped",
			paths: []string{tree},
			want: []string{
				in("Z-upper.TXT"), in("a.txt"), in("b.md"),
				in("c", "d.html"), in("c", "e", "f.htm"), in("g.txt"),
			},
		},
		{
			name:  "a file named on its own is read whatever its extension",
			paths: []string{in("c", "notes.json"), in(".hidden.txt")},
			want:  []string{in("c", "notes.json"), in(".hidden.txt")},
		},
		{
			name:  "a file reached twice is listed once",
			paths: []string{in("b.md"), in("c")},
			want:  []string{in("b.md"), in("c", "d.html"), in("c", "e", "f.htm")},
		},
		{
			name:    "a missing path is an error for that path only",
			paths:   []string{in("missing"), in("c", "e"), "testdata/walk/also-missing.txt"},
			want:    []string{in("c", "e", "f.htm")},
			errHave: []string{in("missing") + ": no such file", "also-missing.txt: no such file"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, errs := Expand(tt.paths)
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Expand(%q) =\n%q\nwant\n%q", tt.paths, got, tt.want)
			}
			if len(errs) != len(tt.errHave) {
				t.Fatalf("errors = %v, want %d", errs, len(tt.errHave))
			}
			for i, err := range errs {
				if !strings.Contains(err.Error(), tt.errHave[i]) || !errors.Is(err, fs.ErrNotExist) {
					t.Errorf("error %q, want one saying %q", err, tt.errHave[i])
				}
			}
		})
	}
}
