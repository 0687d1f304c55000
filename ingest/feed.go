package ingest

import (
	"bytes"
	"context"
	"fmt"
	"net/url"
	"strings"
	"time"

	"github.com/mmcdole/gofeed"
)

// FeedItem is one entry of a feed: the article's link and what the feed
// says about it.
type FeedItem struct {
	Link  string
	Title string
	// Published is the item's publication time (its update time when the
	// feed gives none), or zero when the feed gives neither.
	Published time.Time
}

// FeedItems reads the RSS, Atom or JSON feed at feedURL and returns its
// items' links, in feed order, resolved against the feed's address and
// listed once each. Items published before since are skipped (a zero since
// keeps all); items without a date are kept, as nothing says they are old;
// items without a link are skipped. A feed that does not parse is
// ErrBadFeed, naming the URL.
func (f *Fetcher) FeedItems(ctx context.Context, feedURL string, since time.Time) ([]FeedItem, error) {
	resp, err := f.get(ctx, feedURL, "application/rss+xml,application/atom+xml,application/feed+json,application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.1")
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	base := resp.Request.URL
	b, err := f.readBody(ctx, feedURL, resp)
	if err != nil {
		return nil, err
	}
	feed, err := gofeed.NewParser().Parse(bytes.NewReader(b))
	if err != nil {
		return nil, fmt.Errorf("feed %s: %w: %w", feedURL, ErrBadFeed, err)
	}
	var items []FeedItem
	seen := make(map[string]bool)
	for _, it := range feed.Items {
		link := resolveLink(base, firstOf(it.Link, firstLink(it.Links)))
		if link == "" || seen[link] {
			continue
		}
		var when time.Time
		switch {
		case it.PublishedParsed != nil:
			when = *it.PublishedParsed
		case it.UpdatedParsed != nil:
			when = *it.UpdatedParsed
		}
		if !since.IsZero() && !when.IsZero() && when.Before(since) {
			continue
		}
		seen[link] = true
		items = append(items, FeedItem{Link: link, Title: oneLine(it.Title), Published: when})
	}
	return items, nil
}

// FetchItem fetches a feed item's article with Fetch, taking the item's
// date and title when the page gives none.
func (f *Fetcher) FetchItem(ctx context.Context, item FeedItem) (Text, error) {
	t, err := f.Fetch(ctx, item.Link)
	if err != nil {
		return Text{}, err
	}
	if t.Published.IsZero() && !item.Published.IsZero() {
		t.Published = dateOf(item.Published)
	}
	t.Title = firstOf(t.Title, item.Title)
	return t, nil
}

// firstLink returns the first non-blank link.
func firstLink(links []string) string { return firstOf(links...) }

// resolveLink makes an item's link absolute against the feed's URL; a
// link that does not parse, or is not http(s), is dropped.
func resolveLink(base *url.URL, link string) string {
	link = strings.TrimSpace(link)
	if link == "" {
		return ""
	}
	u, err := url.Parse(link)
	if err != nil {
		return ""
	}
	if base != nil {
		u = base.ResolveReference(u)
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return ""
	}
	return u.String()
}
