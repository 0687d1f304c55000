package ingest

import (
	"bytes"
	"fmt"
	"io"
	"net/url"
	"strings"
	"unicode/utf8"

	"codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
)

// MinArticleChars is the least article text, in characters, a page must
// hold to be an article rather than a shell of navigation and scripts.
const MinArticleChars = 100

// ReadHTML reads the article in an HTML page of at most limit bytes from r.
// name (a path or URL) is used in errors and warnings; contentType is the
// page's Content-Type header, or "" for a file; pageURL, which may be nil,
// resolves relative links.
//
// The page's charset comes from a byte order mark, the charset parameter
// of contentType, a <meta charset> or http-equiv tag, or else sniffing, and
// the page is decoded to UTF-8. The article text is found with readability
// and rendered with a blank line between paragraphs, then normalized. The
// title, outlet (og:site_name, then the JSON-LD publisher) and publication
// date (article:published_time, JSON-LD datePublished, <time datetime>,
// then other common meta tags) come from the page's markup. A page whose
// article text is missing or under MinArticleChars characters is
// ErrNoArticle.
func ReadHTML(name string, r io.Reader, contentType string, pageURL *url.URL, limit int64) (Text, error) {
	b, err := readLimited(name, r, limit)
	if err != nil {
		return Text{}, err
	}
	if len(bytes.TrimSpace(b)) == 0 {
		return Text{}, fmt.Errorf("ingest %s: %w", name, ErrEmpty)
	}
	var t Text
	s, warn, err := decodeHTML(b, contentType)
	if err != nil {
		return Text{}, fmt.Errorf("ingest %s: %w", name, err)
	}
	if warn != "" {
		t.Warnings = append(t.Warnings, name+": "+warn)
	}
	doc, err := html.Parse(strings.NewReader(s))
	if err != nil {
		return Text{}, fmt.Errorf("ingest %s: parse html: %w", name, err)
	}
	m := readMeta(doc)
	p := readability.NewParser()
	art, err := p.ParseAndMutate(doc, pageURL)
	if err != nil {
		return Text{}, fmt.Errorf("ingest %s: %w: %w", name, ErrNoArticle, err)
	}
	if art.Node == nil {
		return Text{}, fmt.Errorf("ingest %s: %w: the page has no readable content", name, ErrNoArticle)
	}
	var body strings.Builder
	if err := art.RenderText(&body); err != nil {
		return Text{}, fmt.Errorf("ingest %s: render article: %w", name, err)
	}
	t.Body = Normalize(body.String())
	if n := utf8.RuneCountInString(t.Body); n < MinArticleChars {
		return Text{}, fmt.Errorf("ingest %s: %w: only %d characters of text (scripts or navigation only?), want at least %d",
			name, ErrNoArticle, n, MinArticleChars)
	}
	t.Title = oneLine(firstOf(art.Title(), m.title))
	t.Outlet = oneLine(firstOf(m.siteName, m.publisher, art.SiteName()))
	if pageURL != nil {
		t.URL = pageURL.String()
	}
	if d, ok := m.published(); ok {
		t.Published = d
	} else if pt, err := art.PublishedTime(); err == nil {
		t.Published = dateOf(pt)
	}
	return t, nil
}

// decodeHTML decodes a page to UTF-8 following the HTML standard's order:
// byte order mark, Content-Type charset, <meta> prescan, then a guess,
// with one exception: a page that is valid UTF-8 and not plain ASCII is
// read as UTF-8 whatever it declares, as a legacy charset's text is almost
// never valid UTF-8 by chance while a wrong declaration (a server's
// default iso-8859-1, a page re-saved as UTF-8) is common. The prescan
// sees only the first 1024 bytes, so this also catches an undeclared
// UTF-8 page the standard's last-resort guess would read as windows-1252.
// Invalid UTF-8 in a UTF-8 page is replaced with U+FFFD; warn says what
// was repaired or overruled.
func decodeHTML(b []byte, contentType string) (s, warn string, err error) {
	enc, name, certain := charset.DetermineEncoding(b, contentType)
	if name != "utf-8" && !hasBOM(b) && !isASCII(b) && utf8.Valid(b) {
		if certain || name != "windows-1252" { // declared, not guessed
			warn = fmt.Sprintf("declared charset %s, but the page is valid UTF-8: read as UTF-8", name)
		}
		enc, name = encoding.Nop, "utf-8"
	}
	if name == "utf-8" {
		b = bytes.TrimPrefix(b, []byte("\xEF\xBB\xBF"))
		if !utf8.Valid(b) {
			return strings.ToValidUTF8(string(b), "\uFFFD"),
				fmt.Sprintf("repaired %d invalid UTF-8 byte sequence(s)", countInvalid(b)), nil
		}
		return string(b), warn, nil
	}
	u, err := enc.NewDecoder().Bytes(b)
	if err != nil {
		return "", "", fmt.Errorf("decode %s: %w", name, err)
	}
	return string(u), "", nil
}

// hasBOM reports whether b starts with a UTF-8 or UTF-16 byte order mark.
func hasBOM(b []byte) bool {
	return bytes.HasPrefix(b, []byte("\xEF\xBB\xBF")) || bytes.HasPrefix(b, []byte("\xFE\xFF")) || bytes.HasPrefix(b, []byte("\xFF\xFE"))
}

// isASCII reports whether b holds only 7-bit bytes.
func isASCII(b []byte) bool {
	for _, c := range b {
		if c >= 0x80 {
			return false
		}
	}
	return true
}

// firstOf returns the first non-blank string.
func firstOf(ss ...string) string {
	for _, s := range ss {
		if strings.TrimSpace(s) != "" {
			return s
		}
	}
	return ""
}

// oneLine collapses runs of whitespace into one space.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }
