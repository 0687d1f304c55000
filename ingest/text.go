// Package ingest reads articles from files, pages and feeds into plain text
// with their metadata, refusing what cannot be an article with an error that
// names the input and the problem.
package ingest

import (
	"bytes"
	"fmt"
	"io"
	"net/url"
	"strings"
	"time"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
)

// DefaultMaxBytes is the largest input read unless a caller says otherwise.
const DefaultMaxBytes = 10 << 20

// Text is an article's text with what its front matter, its page or its
// feed says about it.
type Text struct {
	// Body is the article's text, normalized (see Normalize): the text to
	// store and to extract claims from, so spans slice it exactly.
	Body   string
	Title  string
	Outlet string
	// URL is where the text came from: the page's address after redirects,
	// or the url of a file's front matter.
	URL string
	// Published is the publication date at midnight UTC (the calendar date
	// the source states, in its own time zone), or zero when unknown.
	Published time.Time
	// Warnings are problems that were repaired, such as invalid UTF-8.
	Warnings []string
}

// ID is the document ID of the text: DocumentID of its body.
func (t Text) ID() string { return DocumentID(t.Body) }

// ReadText reads a plain-text or Markdown article of at most limit bytes
// from r. name is used in errors and warnings. Invalid UTF-8 is replaced
// with U+FFFD and reported as a warning; NUL bytes, a size over the limit or
// a text with nothing but whitespace are errors. A leading "---" front
// matter block (title, outlet, url, published) is parsed and removed from
// the body, and the body is normalized.
func ReadText(name string, r io.Reader, limit int64) (Text, error) {
	b, err := readLimited(name, r, limit)
	if err != nil {
		return Text{}, err
	}
	if i := bytes.IndexByte(b, 0); i >= 0 {
		return Text{}, fmt.Errorf("ingest %s: %w (first at byte %d)", name, ErrBinary, i)
	}
	var t Text
	s := string(b)
	if !utf8.ValidString(s) {
		t.Warnings = append(t.Warnings, fmt.Sprintf("%s: repaired %d invalid UTF-8 byte sequence(s)", name, countInvalid(b)))
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	s = strings.TrimPrefix(s, "\uFEFF")
	s = strings.ReplaceAll(s, "\r\n", "\n")
	if err := t.frontMatter(s); err != nil {
		return Text{}, fmt.Errorf("ingest %s: %w", name, err)
	}
	t.Body = Normalize(t.Body)
	if t.Body == "" {
		return Text{}, fmt.Errorf("ingest %s: %w", name, ErrEmpty)
	}
	return t, nil
}

// readLimited reads all of r, refusing more than limit bytes (the default
// limit when limit <= 0).
func readLimited(name string, r io.Reader, limit int64) ([]byte, error) {
	if limit <= 0 {
		limit = DefaultMaxBytes
	}
	b, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, fmt.Errorf("ingest %s: %w", name, err)
	}
	if int64(len(b)) > limit {
		return nil, fmt.Errorf("ingest %s: %w of %d bytes", name, ErrTooLarge, limit)
	}
	return b, nil
}

// decodeCharset decodes b from the named charset to UTF-8. UTF-8 (or no
// charset) is left alone, for ReadText to repair with a warning.
func decodeCharset(b []byte, cs string) ([]byte, error) {
	if cs == "" {
		return b, nil
	}
	enc, name := charset.Lookup(cs)
	if enc == nil {
		return nil, fmt.Errorf("%w: charset %q", ErrUnsupported, cs)
	}
	if name == "utf-8" {
		return b, nil
	}
	u, err := enc.NewDecoder().Bytes(b)
	if err != nil {
		return nil, fmt.Errorf("decode %s: %w", name, err)
	}
	return u, nil
}

// countInvalid counts the invalid UTF-8 sequences in b.
func countInvalid(b []byte) int {
	n := 0
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size == 1 {
			n++
		}
		i += size
	}
	return n
}

// frontMatter splits "---\nkey: value\n---\n" from the start of s.
func (t *Text) frontMatter(s string) error {
	t.Body = s
	rest, ok := strings.CutPrefix(s, "---\n")
	if !ok {
		return nil
	}
	head, body, ok := strings.Cut(rest, "\n---\n")
	if !ok {
		return nil
	}
	for _, line := range strings.Split(head, "\n") {
		k, v, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		v = strings.Trim(strings.TrimSpace(v), `"'`)
		switch strings.ToLower(strings.TrimSpace(k)) {
		case "title":
			t.Title = v
		case "outlet", "site", "source":
			t.Outlet = v
		case "url", "link":
			if err := CheckURL(v); err != nil {
				return fmt.Errorf("%w: %w", ErrFrontMatter, err)
			}
			t.URL = v
		case "published", "date":
			d, err := ParseDate(v)
			if err != nil {
				return fmt.Errorf("%w: %w", ErrFrontMatter, err)
			}
			t.Published = d
		}
	}
	t.Body = strings.TrimLeft(body, "\n")
	return nil
}

// CheckURL accepts an empty address or an absolute http(s) one: the ledger
// links to a document's url, so "javascript:" or a bare path must not get in.
func CheckURL(v string) error {
	if v == "" {
		return nil
	}
	u, err := url.Parse(v)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return fmt.Errorf("url %q: want an http or https address", v)
	}
	return nil
}

// ParseDate reads a publication date: YYYY-MM-DD or RFC 3339.
func ParseDate(s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	for _, layout := range []string{"2006-01-02", time.RFC3339, "2006-01-02T15:04:05", "2006-01-02 15:04:05"} {
		if t, err := time.Parse(layout, s); err == nil {
			return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC), nil
		}
	}
	return time.Time{}, fmt.Errorf("date %q: want YYYY-MM-DD", s)
}
