package ingest

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"
)

func TestBatchRead(t *testing.T) {
	ts := newTestServer(t)
	b := Batch{
		Fetcher:   NewFetcher(FetchOptions{Timeout: 5 * time.Second}),
		Published: date(2025, 1, 2),
		Outlet:    "Override Wire",
	}
	inputs := []string{
		"testdata/file", // a folder with good files, an empty one and a blank one
		ts.URL + "/missing",
		ts.URL + "/article",
		"testdata/html/article/page.html", // the same page as /article
		"testdata/nope",
	}
	feeds := []string{ts.URL + "/feed.rss", ts.URL + "/feed-malformed"}
	var got []Source
	errs := b.Read(context.Background(), inputs, feeds, func(s Source) { got = append(got, s) })

	wantSources := []struct{ name, duplicate string }{
		{"testdata/file/crlf/article.txt", ""},
		{"testdata/file/invalid-utf8/article.txt", ""},
		{"testdata/file/markdown/article.md", ""},
		{"testdata/file/plain/article.txt", ""},
		{"URL/article", ""},
		{"testdata/html/article/page.html", "URL/article"},
		{"URL/news/estonia-launchers", "URL/article"},
		{"URL/news/norway-launchers", "testdata/file/plain/article.txt"},
	}
	url := func(s string) string { return strings.ReplaceAll(s, "URL", ts.URL) }
	if len(got) != len(wantSources) {
		for _, s := range got {
			t.Logf("read %s (duplicate of %q)", s.Name, s.Duplicate)
		}
		t.Fatalf("read %d sources, want %d", len(got), len(wantSources))
	}
	for i, w := range wantSources {
		s := got[i]
		if s.Name != url(w.name) || s.Duplicate != url(w.duplicate) {
			t.Errorf("source %d = %s (duplicate of %q), want %s (duplicate of %q)", i, s.Name, s.Duplicate, url(w.name), url(w.duplicate))
		}
		if s.Text.Outlet != "Override Wire" || !s.Text.Published.Equal(date(2025, 1, 2)) {
			t.Errorf("%s: outlet %q, published %v: the overrides were not applied", s.Name, s.Text.Outlet, s.Text.Published)
		}
	}

	wantErrs := []string{
		"ingest testdata/file/empty/empty.txt: empty",
		"ingest testdata/file/whitespace/blank.txt: empty",
		"fetch URL/missing: 404 Not Found",
		"ingest testdata/nope: no such file or directory",
		"fetch URL/news/latvia-boats: 404 Not Found",
		"fetch URL/news/analysis: 404 Not Found",
		"feed URL/feed-malformed: not a valid RSS, Atom or JSON feed",
	}
	if len(errs) != len(wantErrs) {
		t.Fatalf("errors = %q, want %d", errs, len(wantErrs))
	}
	for i, w := range wantErrs {
		if !strings.HasPrefix(errs[i].Error(), url(w)) {
			t.Errorf("error %d = %q, want %q", i, errs[i], url(w))
		}
	}
}

func TestBatchReadCancelled(t *testing.T) {
	ts := newTestServer(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	b := Batch{Fetcher: NewFetcher(FetchOptions{})}
	inputs := []string{"testdata/file/plain/article.txt", ts.URL + "/article", "testdata/walk/tree/c"}
	errs := b.Read(ctx, inputs, []string{ts.URL + "/feed.rss"}, func(s Source) {
		t.Errorf("read %s after the context was cancelled", s.Name)
	})
	// One per input: the file, the URL, the folder's two files, the feed.
	if len(errs) != 5 {
		t.Fatalf("errors = %q, want 5", errs)
	}
	for _, err := range errs {
		if !errors.Is(err, context.Canceled) {
			t.Errorf("error %q does not wrap context.Canceled", err)
		}
	}
}

func TestTextDocument(t *testing.T) {
	txt, err := ReadFile("testdata/file/markdown/article.md", 0)
	if err != nil {
		t.Fatal(err)
	}
	fetched := time.Date(2025, 3, 5, 12, 0, 0, 0, time.UTC)
	d := txt.Document(fetched)
	if d.ID != DocumentID(txt.Body) || d.Text != txt.Body || d.Published != "2025-03-04" ||
		d.Outlet != "Nordic Wire" || d.URL != "https://example.org/news/launchers" || !d.Fetched.Equal(fetched) {
		t.Errorf("Document = %+v", d)
	}
}

func TestIsURL(t *testing.T) {
	for in, want := range map[string]bool{
		"https://example.org/a": true, "HTTP://example.org": true, "http:/x": false,
		"example.org/a": false, "./news.txt": false, "ftp://example.org": false,
	} {
		if got := IsURL(in); got != want {
			t.Errorf("IsURL(%q) = %v, want %v", in, got, want)
		}
	}
}
