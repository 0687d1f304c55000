package ingest

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"golang.org/x/text/encoding/charmap"
)

// testServer serves the fixtures on 127.0.0.1. Its /slow handler blocks
// until the test ends (or the client gives up); it records the User-Agent
// of the last request.
type testServer struct {
	*httptest.Server
	mu        sync.Mutex
	userAgent string
}

func newTestServer(t *testing.T) *testServer {
	t.Helper()
	ts := &testServer{}
	done := make(chan struct{})
	file := func(path, contentType string) http.HandlerFunc {
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		return func(w http.ResponseWriter, r *http.Request) {
			if contentType == "" {
				w.Header()["Content-Type"] = nil // send none
			} else {
				w.Header().Set("Content-Type", contentType)
			}
			w.Write(b)
		}
	}
	cyrillic, err := charmap.Windows1251.NewEncoder().String(cyrillicLead + "\n\nУстановки будут отправлены двумя партиями.\n")
	if err != nil {
		t.Fatal(err)
	}
	mux := http.NewServeMux()
	mux.Handle("GET /article", file("testdata/html/article/page.html", "text/html; charset=utf-8"))
	mux.Handle("GET /cp1251-header", file("testdata/html/cp1251-header/page.html", "text/html; charset=windows-1251"))
	mux.Handle("GET /cp1251-meta", file("testdata/html/cp1251-meta/page.html", "text/html"))
	mux.Handle("GET /no-article", file("testdata/html/no-article/page.html", "text/html"))
	mux.Handle("GET /plain", file("testdata/file/plain/article.txt", "text/plain; charset=utf-8"))
	mux.Handle("GET /untyped", file("testdata/html/time/page.html", ""))
	mux.Handle("GET /feed.rss", file("testdata/feed/rss/feed.xml", "application/rss+xml"))
	mux.Handle("GET /feed.atom", file("testdata/feed/atom/feed.xml", "application/atom+xml"))
	mux.Handle("GET /feed-malformed", file("testdata/feed/malformed/feed.xml", "application/rss+xml"))
	mux.Handle("GET /news/estonia-launchers", file("testdata/html/article/page.html", "text/html"))
	mux.Handle("GET /news/norway-launchers", file("testdata/file/plain/article.txt", "text/plain"))
	mux.HandleFunc("GET /plain-1251", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=windows-1251")
		fmt.Fprint(w, cyrillic)
	})
	mux.HandleFunc("GET /image", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "image/png")
		w.Write(pngBytes(t))
	})
	mux.HandleFunc("GET /big", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		w.(http.Flusher).Flush() // no Content-Length: the cap must stop the read
		for range 64 {
			fmt.Fprintln(w, strings.Repeat("Twelve launchers are to be shipped in two batches. ", 20))
		}
	})
	mux.HandleFunc("GET /redirect/{n}", func(w http.ResponseWriter, r *http.Request) {
		n, _ := strconv.Atoi(r.PathValue("n"))
		if n <= 0 {
			http.Redirect(w, r, "/article", http.StatusFound)
			return
		}
		http.Redirect(w, r, fmt.Sprintf("/redirect/%d", n-1), http.StatusFound)
	})
	mux.HandleFunc("GET /slow", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-done:
		case <-r.Context().Done():
		}
	})
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ts.Server = httptest.NewUnstartedServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ts.mu.Lock()
		ts.userAgent = r.UserAgent()
		ts.mu.Unlock()
		mux.ServeHTTP(w, r)
	}))
	ts.Listener.Close()
	ts.Listener = l
	ts.Start()
	// Cleanups run last-in first-out: release /slow, then close.
	t.Cleanup(ts.Close)
	t.Cleanup(func() { close(done) })
	return ts
}

func TestFetch(t *testing.T) {
	ts := newTestServer(t)
	tests := []struct {
		name      string
		path      string
		opt       FetchOptions
		bodyStart string
		bodyHas   []string
		want      Text // metadata; URL is relative to the server
		err       error
		errHas    []string // "URL" stands for the requested URL
	}{
		{
			name:      "HTML page",
			path:      "/article",
			bodyStart: "Norway will send twelve air-defence launchers to Estonia",
			want: Text{Title: "Norway to send launchers to Estonia", Outlet: "Baltic Defence Monitor",
				URL: "/article", Published: date(2025, 3, 4)},
		},
		{
			name:    "windows-1251 page declared in the Content-Type header",
			path:    "/cp1251-header",
			bodyHas: []string{cyrillicLead},
			want:    Text{Title: cyrillicTitle, Outlet: "Балтийский обозреватель", URL: "/cp1251-header"},
		},
		{
			name:    "windows-1251 page declared in a meta tag",
			path:    "/cp1251-meta",
			bodyHas: []string{cyrillicLead},
			want:    Text{Title: cyrillicTitle, Outlet: "Балтийский обозреватель", URL: "/cp1251-meta"},
		},
		{
			name:      "plain text",
			path:      "/plain",
			bodyStart: "Norway will send twelve air-defence launchers",
			want:      Text{URL: "/plain"},
		},
		{
			name:      "windows-1251 plain text",
			path:      "/plain-1251",
			bodyStart: cyrillicLead + "\n\nУстановки будут отправлены двумя партиями.",
			want:      Text{URL: "/plain-1251"},
		},
		{
			name:    "no Content-Type: sniffed as HTML",
			path:    "/untyped",
			bodyHas: []string{"Portugal pledged thirty armoured personnel carriers"},
			want:    Text{Title: "Portugal pledges armoured vehicles", URL: "/untyped", Published: date(2024, 6, 14)},
		},
		{
			name:      "five redirects are followed",
			path:      "/redirect/4",
			bodyStart: "Norway will send",
			want: Text{Title: "Norway to send launchers to Estonia", Outlet: "Baltic Defence Monitor",
				URL: "/article", Published: date(2025, 3, 4)},
		},
		{
			name:   "six redirects are not",
			path:   "/redirect/5",
			errHas: []string{"fetch URL: stopped after 5 redirects"},
		},
		{
			name:   "404",
			path:   "/missing",
			errHas: []string{"fetch URL: 404 Not Found"},
		},
		{
			name:   "a page with no article",
			path:   "/no-article",
			err:    ErrNoArticle,
			errHas: []string{"URL", "no article text"},
		},
		{
			name:   "an image",
			path:   "/image",
			err:    ErrUnsupported,
			errHas: []string{"fetch URL: unsupported input type: content is image/png"},
		},
		{
			name:   "body over the cap",
			path:   "/big",
			opt:    FetchOptions{MaxBytes: 4096},
			err:    ErrTooLarge,
			errHas: []string{"fetch URL: input is larger than the size limit of 4096 bytes"},
		},
		{
			name:   "a server that never answers",
			path:   "/slow",
			opt:    FetchOptions{Timeout: 300 * time.Millisecond},
			err:    ErrTimeout,
			errHas: []string{"fetch URL: timed out: ", "Client.Timeout exceeded"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.opt.Timeout == 0 {
				tt.opt.Timeout = 5 * time.Second
			}
			f := NewFetcher(tt.opt)
			u := ts.URL + tt.path
			start := time.Now()
			got, err := f.Fetch(context.Background(), u)
			if elapsed := time.Since(start); elapsed > 3*time.Second {
				t.Errorf("Fetch took %s", elapsed)
			}
			if tt.errHas != nil {
				if err == nil {
					t.Fatalf("Fetch(%s) = %q, want an error", u, excerptOf(got.Body))
				}
				if tt.err != nil && !errors.Is(err, tt.err) {
					t.Errorf("error = %v, want %v", err, tt.err)
				}
				for _, s := range tt.errHas {
					if s = strings.ReplaceAll(s, "URL", u); !strings.Contains(err.Error(), s) {
						t.Errorf("error %q does not say %q", err, s)
					}
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			checkBody(t, got.Body, tt.bodyStart, tt.bodyHas, nil)
			tt.want.URL = ts.URL + tt.want.URL
			checkMeta(t, got, tt.want)
			if ua := ts.lastUserAgent(); !strings.HasPrefix(ua, "armsledger/") {
				t.Errorf("User-Agent = %q, want armsledger/...", ua)
			}
		})
	}
}

func (ts *testServer) lastUserAgent() string {
	ts.mu.Lock()
	defer ts.mu.Unlock()
	return ts.userAgent
}

func TestFetchStatusError(t *testing.T) {
	ts := newTestServer(t)
	u := ts.URL + "/missing"
	_, err := NewFetcher(FetchOptions{}).Fetch(context.Background(), u)
	var se *StatusError
	if !errors.As(err, &se) || se.Code != http.StatusNotFound || se.URL != u {
		t.Fatalf("error = %#v, want a *StatusError for 404 at %s", err, u)
	}
	if want := "fetch " + u + ": 404 Not Found"; err.Error() != want {
		t.Errorf("error = %q, want %q", err, want)
	}
}

func TestFetchRefusesOtherSchemes(t *testing.T) {
	for _, u := range []string{"ftp://example.org/article.txt", "file:///etc/hostname", "example.org/news"} {
		_, err := NewFetcher(FetchOptions{}).Fetch(context.Background(), u)
		if !errors.Is(err, ErrUnsupported) || !strings.Contains(err.Error(), u) {
			t.Errorf("Fetch(%q) error = %v, want ErrUnsupported naming the URL", u, err)
		}
	}
}

func TestFetchCancelled(t *testing.T) {
	ts := newTestServer(t)
	ctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
	defer cancel()
	_, err := NewFetcher(FetchOptions{}).Fetch(ctx, ts.URL+"/slow")
	if !errors.Is(err, ErrTimeout) || !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("error = %v, want ErrTimeout wrapping context.DeadlineExceeded", err)
	}
}
