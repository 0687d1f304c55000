package ingest

import (
	"context"
	"fmt"
	"strings"
	"time"

	"armsledger"
)

// Source is one article read from an input: the input's name (a path or a
// URL) and what it held.
type Source struct {
	Name string
	Text Text
	// Duplicate names the earlier source of the batch with the same
	// document ID, or is "" for the first one.
	Duplicate string
}

// Document is the ledger document for t, fetched (or read) at fetched. Its
// Extractor is left for the caller to set.
func (t Text) Document(fetched time.Time) armsledger.Document {
	d := armsledger.Document{ID: t.ID(), URL: t.URL, Outlet: t.Outlet, Title: t.Title, Fetched: fetched, Text: t.Body}
	if !t.Published.IsZero() {
		d.Published = t.Published.Format("2006-01-02")
	}
	return d
}

// IsURL reports whether s names an http or https resource rather than a
// path.
func IsURL(s string) bool {
	l := strings.ToLower(s)
	return strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://")
}

// Batch reads many inputs, never stopping at a bad one.
type Batch struct {
	// Fetcher reads URLs and feeds; nil means NewFetcher(FetchOptions{}).
	Fetcher *Fetcher
	// Limit caps a file's size (DefaultMaxBytes when <= 0); the Fetcher's
	// MaxBytes caps a response.
	Limit int64
	// Since skips feed items published before it.
	Since time.Time
	// Published and Outlet, when set, replace what the inputs say.
	Published time.Time
	Outlet    string
}

// Read reads every input (a file, a folder, searched recursively, or an
// http(s) URL) and every article linked from the feeds, in order, and
// calls fn with each source read. It returns one error per input that
// failed, each naming the input; the others are read all the same. A
// source whose text was already read in this batch is passed with
// Duplicate set. Once ctx is done, each input left is an error.
func (b Batch) Read(ctx context.Context, inputs, feeds []string, fn func(Source)) []error {
	f := b.Fetcher
	if f == nil {
		f = NewFetcher(FetchOptions{})
	}
	var errs []error
	first := make(map[string]string) // document ID -> first source's name
	emit := func(name string, t Text, err error) {
		if err != nil {
			errs = append(errs, err)
			return
		}
		if !b.Published.IsZero() {
			t.Published = b.Published
		}
		if b.Outlet != "" {
			t.Outlet = b.Outlet
		}
		id := t.ID()
		s := Source{Name: name, Text: t, Duplicate: first[id]}
		if s.Duplicate == "" {
			first[id] = name
		}
		fn(s)
	}
	for _, in := range inputs {
		if IsURL(in) {
			t, err := f.Fetch(ctx, in)
			emit(in, t, err)
			continue
		}
		files, ferrs := Expand([]string{in})
		errs = append(errs, ferrs...)
		for _, p := range files {
			if ctx.Err() != nil {
				emit(p, Text{}, fmt.Errorf("ingest %s: %w", p, ctx.Err()))
				continue
			}
			t, err := ReadFile(p, b.Limit)
			emit(p, t, err)
		}
	}
	for _, feed := range feeds {
		items, err := f.FeedItems(ctx, feed, b.Since)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		for _, it := range items {
			t, err := f.FetchItem(ctx, it)
			emit(it.Link, t, err)
		}
	}
	return errs
}
