package ingest

import (
	"encoding/json"
	"strings"
	"time"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// pageMeta is what a page's markup says about its article.
type pageMeta struct {
	title     string
	siteName  string // og:site_name
	publisher string // JSON-LD publisher.name
	// Publication date candidates, by the order of trust in published.
	metaPublished string   // article:published_time
	ldPublished   string   // JSON-LD datePublished
	timePublished []string // <time datetime>, the most article-like first
	otherDates    []string // pubdate, date, DC.date.issued, ...
}

// otherDateKeys are meta names (lower case) that carry a publication date
// on some sites, tried in this order after the better-known sources.
var otherDateKeys = []string{
	"og:published_time", "published_time", "datepublished", "pubdate", "publishdate",
	"publish-date", "publish_date", "date", "dc.date.issued", "dcterms.issued",
	"dc.date", "dcterms.date", "dcterms.created", "sailthru.date", "parsely-pub-date",
}

// published returns the first candidate date that parses.
func (m *pageMeta) published() (time.Time, bool) {
	cands := append([]string{m.metaPublished, m.ldPublished}, m.timePublished...)
	for _, c := range append(cands, m.otherDates...) {
		if d, ok := parseWebDate(c); ok {
			return d, true
		}
	}
	return time.Time{}, false
}

// readMeta collects a page's metadata from its <title>, <meta> tags,
// JSON-LD scripts and <time> elements.
func readMeta(doc *html.Node) pageMeta {
	var m pageMeta
	metas := make(map[string]string)
	var ld []string
	var timesMarked, timesInArticle, timesOther []string
	var walk func(n *html.Node, inArticle bool)
	walk = func(n *html.Node, inArticle bool) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Title:
				if m.title == "" {
					m.title = textOf(n)
				}
			case atom.Meta:
				content := attr(n, "content")
				for _, k := range []string{"property", "name", "itemprop"} {
					key := strings.ToLower(strings.TrimSpace(attr(n, k)))
					if key != "" && content != "" && metas[key] == "" {
						metas[key] = content
					}
				}
			case atom.Script:
				typ, _, _ := strings.Cut(strings.ToLower(attr(n, "type")), ";")
				if strings.TrimSpace(typ) == "application/ld+json" {
					ld = append(ld, textOf(n))
				}
			case atom.Article:
				inArticle = true
			case atom.Time:
				v := firstOf(attr(n, "datetime"), textOf(n))
				switch {
				case strings.EqualFold(attr(n, "itemprop"), "datePublished") || hasAttr(n, "pubdate"):
					timesMarked = append(timesMarked, v)
				case inArticle:
					timesInArticle = append(timesInArticle, v)
				default:
					timesOther = append(timesOther, v)
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, inArticle)
		}
	}
	walk(doc, false)
	m.title = strings.TrimSpace(m.title)
	m.siteName = strings.TrimSpace(metas["og:site_name"])
	m.metaPublished = metas["article:published_time"]
	for _, k := range otherDateKeys {
		if v := metas[k]; v != "" {
			m.otherDates = append(m.otherDates, v)
		}
	}
	m.timePublished = append(append(timesMarked, timesInArticle...), timesOther...)
	m.publisher, m.ldPublished = readJSONLD(ld)
	return m
}

// readJSONLD finds the publisher's name and the publication date in
// JSON-LD scripts, preferring an article's (NewsArticle, BlogPosting, ...)
// over any other object's. A publisher given by reference ({"@id": ...})
// is looked up among the objects of all the scripts.
func readJSONLD(scripts []string) (publisher, published string) {
	var objs []map[string]any
	byID := make(map[string]map[string]any)
	var collect func(v any)
	collect = func(v any) {
		switch v := v.(type) {
		case []any:
			for _, e := range v {
				collect(e)
			}
		case map[string]any:
			objs = append(objs, v)
			if id, ok := v["@id"].(string); ok && len(v) > 1 {
				byID[id] = v
			}
			collect(v["@graph"])
		}
	}
	for _, s := range scripts {
		s = strings.TrimSpace(s)
		s = strings.TrimSuffix(strings.TrimPrefix(s, "<![CDATA["), "]]>")
		var v any
		if json.Unmarshal([]byte(s), &v) == nil {
			collect(v)
		}
	}
	for _, articleOnly := range []bool{true, false} {
		for _, o := range objs {
			if articleOnly && !isArticleType(o["@type"]) {
				continue
			}
			if publisher == "" {
				publisher = nameOf(o["publisher"], byID)
			}
			if published == "" {
				published, _ = o["datePublished"].(string)
			}
		}
	}
	return publisher, published
}

// isArticleType reports whether a JSON-LD @type names an article.
func isArticleType(t any) bool {
	switch t := t.(type) {
	case string:
		return strings.HasSuffix(t, "Article") || strings.HasSuffix(t, "BlogPosting") || t == "Report"
	case []any:
		for _, e := range t {
			if isArticleType(e) {
				return true
			}
		}
	}
	return false
}

// nameOf returns the name of a JSON-LD organization given inline, by
// reference, as a list (the first named one) or as a bare string.
func nameOf(v any, byID map[string]map[string]any) string {
	switch v := v.(type) {
	case string:
		return strings.TrimSpace(v)
	case []any:
		for _, e := range v {
			if n := nameOf(e, byID); n != "" {
				return n
			}
		}
	case map[string]any:
		if n, ok := v["name"].(string); ok {
			return strings.TrimSpace(n)
		}
		if id, ok := v["@id"].(string); ok {
			if o := byID[id]; o != nil {
				if n, ok := o["name"].(string); ok {
					return strings.TrimSpace(n)
				}
			}
		}
	}
	return ""
}

// webDateLayouts are date forms seen in meta tags and <time> elements, after
// those ParseDate reads.
var webDateLayouts = []string{
	time.RFC3339Nano,
	"2006-01-02T15:04:05Z0700",
	"2006-01-02T15:04:05.000Z0700",
	"2006-01-02T15:04Z07:00",
	"2006-01-02T15:04",
	"2006-01-02 15:04",
	"2006/01/02",
	"20060102",
	time.RFC1123,
	time.RFC1123Z,
	time.RFC850,
	"Mon, 2 Jan 2006 15:04:05 MST",
	"Mon, 2 Jan 2006 15:04:05 -0700",
	"January 2, 2006",
	"Jan 2, 2006",
	"2 January 2006",
	"2 Jan 2006",
	"02.01.2006",
}

// parseWebDate reads a date as web pages write them and returns the
// calendar date it states, at midnight UTC.
func parseWebDate(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, false
	}
	if d, err := ParseDate(s); err == nil {
		return d, plausible(d)
	}
	for _, layout := range webDateLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return dateOf(t), plausible(t)
		}
	}
	// A timestamp in a form not listed still starts with its date.
	if len(s) > 10 {
		if t, err := time.Parse("2006-01-02", s[:10]); err == nil {
			return dateOf(t), plausible(t)
		}
	}
	return time.Time{}, false
}

// plausible rejects dates no news article has, such as the zero dates some
// content systems print.
func plausible(t time.Time) bool { return t.Year() >= 1900 && t.Year() < 2200 }

// dateOf is the calendar date of t, in t's own time zone, at midnight UTC.
func dateOf(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
}

// attr returns the value of n's attribute key, or "".
func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// hasAttr reports whether n has the attribute key.
func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key {
			return true
		}
	}
	return false
}

// textOf returns the text inside n.
func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}
