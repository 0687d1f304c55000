package ingest

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"
)

func TestFeedItems(t *testing.T) {
	ts := newTestServer(t)
	at := func(s string) time.Time {
		d, err := time.Parse(time.RFC3339, s)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	tests := []struct {
		name   string
		path   string
		since  time.Time
		want   []FeedItem // links relative to the server
		err    error
		errHas string // "URL" stands for the feed's URL
	}{
		{
			name: "RSS: every item with a link, once, in feed order",
			path: "/feed.rss",
			want: []FeedItem{
				{"/news/estonia-launchers", "Estonia receives first launchers", at("2025-03-05T08:00:00Z")},
				{"/news/norway-launchers", "Norway to send launchers to Estonia", at("2025-03-03T00:00:00Z")},
				{"/news/latvia-boats", "Latvia orders patrol boats", at("2025-03-01T12:00:00Z")},
				{"/news/analysis", "Undated analysis", time.Time{}},
			},
		},
		{
			name:  "RSS since: older items skipped, undated kept",
			path:  "/feed.rss",
			since: at("2025-03-03T00:00:00Z"),
			want: []FeedItem{
				{"/news/estonia-launchers", "Estonia receives first launchers", at("2025-03-05T08:00:00Z")},
				{"/news/norway-launchers", "Norway to send launchers to Estonia", at("2025-03-03T00:00:00Z")},
				{"/news/analysis", "Undated analysis", time.Time{}},
			},
		},
		{
			name:  "Atom since: published date, else updated",
			path:  "/feed.atom",
			since: at("2024-11-15T00:00:00Z"),
			want: []FeedItem{
				{"/news/frigates", "Chile buys frigates", at("2024-11-18T09:00:00Z")},
				{"/news/jets", "Argentina receives jets", at("2024-11-16T00:00:00Z")},
			},
		},
		{
			name: "Atom: all",
			path: "/feed.atom",
			want: []FeedItem{
				{"/news/frigates", "Chile buys frigates", at("2024-11-18T09:00:00Z")},
				{"/news/helicopters", "Peru leases helicopters", at("2024-11-10T12:00:00Z")},
				{"/news/jets", "Argentina receives jets", at("2024-11-16T00:00:00Z")},
			},
		},
		{
			name:   "malformed feed",
			path:   "/feed-malformed",
			err:    ErrBadFeed,
			errHas: "feed URL: not a valid RSS, Atom or JSON feed",
		},
		{
			name:   "an HTML page is not a feed",
			path:   "/article",
			err:    ErrBadFeed,
			errHas: "feed URL: not a valid RSS, Atom or JSON feed",
		},
		{
			name:   "404",
			path:   "/missing.rss",
			errHas: "fetch URL: 404 Not Found",
		},
	}
	f := NewFetcher(FetchOptions{Timeout: 5 * time.Second})
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			u := ts.URL + tt.path
			got, err := f.FeedItems(context.Background(), u, tt.since)
			if tt.errHas != "" {
				if err == nil || (tt.err != nil && !errors.Is(err, tt.err)) {
					t.Fatalf("error = %v, want %v", err, tt.err)
				}
				if s := strings.ReplaceAll(tt.errHas, "URL", u); !strings.Contains(err.Error(), s) {
					t.Errorf("error %q does not say %q", err, s)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != len(tt.want) {
				t.Fatalf("got %d items %v, want %d", len(got), got, len(tt.want))
			}
			for i, w := range tt.want {
				w.Link = ts.URL + w.Link
				g := got[i]
				if g.Link != w.Link || g.Title != w.Title || !g.Published.Equal(w.Published) {
					t.Errorf("item %d = %+v, want %+v", i, g, w)
				}
			}
		})
	}
}

func TestFetchItem(t *testing.T) {
	ts := newTestServer(t)
	f := NewFetcher(FetchOptions{Timeout: 5 * time.Second})
	itemDate := time.Date(2025, 3, 3, 22, 0, 0, 0, time.FixedZone("", -5*3600))
	tests := []struct {
		name string
		item FeedItem
		want Text
	}{
		{
			name: "the page's date and title win",
			item: FeedItem{Link: ts.URL + "/news/estonia-launchers", Title: "Feed title", Published: itemDate},
			want: Text{Title: "Norway to send launchers to Estonia", Outlet: "Baltic Defence Monitor",
				URL: ts.URL + "/news/estonia-launchers", Published: date(2025, 3, 4)},
		},
		{
			name: "the item's date and title fill in",
			item: FeedItem{Link: ts.URL + "/news/norway-launchers", Title: "Norway to send launchers", Published: itemDate},
			want: Text{Title: "Norway to send launchers", URL: ts.URL + "/news/norway-launchers", Published: date(2025, 3, 3)},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := f.FetchItem(context.Background(), tt.item)
			if err != nil {
				t.Fatal(err)
			}
			checkMeta(t, got, tt.want)
		})
	}
}
