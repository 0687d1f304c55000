package ingest

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net"
	"net/http"
	"net/url"
	"strings"
	"time"
)

// UserAgent is the User-Agent header a Fetcher sends unless told otherwise.
const UserAgent = "armsledger/0.1 (+news ingest for an arms-transfer ledger)"

// FetchOptions configure a Fetcher. Zero fields take the defaults.
type FetchOptions struct {
	// Timeout bounds a whole request, body included (default 20 s).
	Timeout time.Duration
	// ConnectTimeout bounds a TCP connect (default 10 s).
	ConnectTimeout time.Duration
	// TLSTimeout bounds a TLS handshake (default 10 s).
	TLSTimeout time.Duration
	// HeaderTimeout bounds the wait for response headers once the request
	// is sent (default 15 s).
	HeaderTimeout time.Duration
	// MaxBytes caps a response body (default DefaultMaxBytes).
	MaxBytes int64
	// MaxRedirects caps the redirects followed (default 5; negative
	// follows none).
	MaxRedirects int
	// UserAgent is sent with every request (default UserAgent).
	UserAgent string
}

// Fetcher reads articles and feeds over HTTP(S) with bounded time and size.
// Create one with NewFetcher; it is safe for concurrent use.
type Fetcher struct {
	// Client does the requests; NewFetcher gives it timeouts and a
	// redirect cap.
	Client *http.Client
	// MaxBytes caps a response body.
	MaxBytes int64
	// UserAgent is sent with every request.
	UserAgent string
}

// NewFetcher returns a Fetcher whose client has the timeouts, redirect cap
// and limits of opt.
func NewFetcher(opt FetchOptions) *Fetcher {
	def := func(d *time.Duration, v time.Duration) {
		if *d <= 0 {
			*d = v
		}
	}
	def(&opt.Timeout, 20*time.Second)
	def(&opt.ConnectTimeout, 10*time.Second)
	def(&opt.TLSTimeout, 10*time.Second)
	def(&opt.HeaderTimeout, 15*time.Second)
	if opt.MaxBytes <= 0 {
		opt.MaxBytes = DefaultMaxBytes
	}
	switch {
	case opt.MaxRedirects == 0:
		opt.MaxRedirects = 5
	case opt.MaxRedirects < 0:
		opt.MaxRedirects = 0
	}
	if opt.UserAgent == "" {
		opt.UserAgent = UserAgent
	}
	transport := &http.Transport{
		Proxy:                 http.ProxyFromEnvironment,
		DialContext:           (&net.Dialer{Timeout: opt.ConnectTimeout, KeepAlive: 30 * time.Second}).DialContext,
		TLSHandshakeTimeout:   opt.TLSTimeout,
		ResponseHeaderTimeout: opt.HeaderTimeout,
		ForceAttemptHTTP2:     true,
		MaxIdleConns:          100,
		MaxIdleConnsPerHost:   4,
		IdleConnTimeout:       90 * time.Second,
	}
	maxRedirects := opt.MaxRedirects
	client := &http.Client{
		Transport: transport,
		Timeout:   opt.Timeout,
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if len(via) > maxRedirects {
				return fmt.Errorf("stopped after %d redirects", maxRedirects)
			}
			return nil
		},
	}
	return &Fetcher{Client: client, MaxBytes: opt.MaxBytes, UserAgent: opt.UserAgent}
}

// StatusError is an HTTP response outside 2xx.
type StatusError struct {
	URL    string
	Code   int
	Status string // "404 Not Found"
}

// Error reads "fetch URL: 404 Not Found".
func (e *StatusError) Error() string { return fmt.Sprintf("fetch %s: %s", e.URL, e.Status) }

// Fetch reads the article at rawURL: an HTML page (ReadHTML) or plain text
// (ReadText), chosen by the response's Content-Type, or by sniffing when
// the server sends none. Text.URL is the address after redirects. A status
// outside 2xx is a *StatusError ("fetch https://…: 404 Not Found"); a
// request that outlasts the timeout is ErrTimeout; other content types
// are ErrUnsupported.
func (f *Fetcher) Fetch(ctx context.Context, rawURL string) (Text, error) {
	resp, err := f.get(ctx, rawURL, "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1")
	if err != nil {
		return Text{}, err
	}
	defer resp.Body.Close()
	final := resp.Request.URL
	b, err := f.readBody(ctx, rawURL, resp)
	if err != nil {
		return Text{}, err
	}
	ct := resp.Header.Get("Content-Type")
	media, params, _ := mime.ParseMediaType(ct)
	if media == "" {
		media, params, _ = mime.ParseMediaType(http.DetectContentType(b))
		ct = ""
	}
	var t Text
	switch media {
	case "text/html", "application/xhtml+xml":
		t, err = ReadHTML(rawURL, bytes.NewReader(b), ct, final, f.maxBytes())
	case "text/plain":
		if b, err = decodeCharset(b, params["charset"]); err != nil {
			return Text{}, fmt.Errorf("fetch %s: %w", rawURL, err)
		}
		t, err = ReadText(rawURL, bytes.NewReader(b), f.maxBytes())
		t.URL = firstOf(t.URL, final.String())
	default:
		if strings.Contains(media, "xml") || strings.Contains(media, "feed") {
			return Text{}, fmt.Errorf("fetch %s: %w: content is %s (a feed? read it with FeedItems)", rawURL, ErrUnsupported, media)
		}
		return Text{}, fmt.Errorf("fetch %s: %w: content is %s", rawURL, ErrUnsupported, media)
	}
	if err != nil {
		return Text{}, err
	}
	return t, nil
}

// get sends a GET for rawURL and returns a 2xx response, whose body the
// caller closes.
func (f *Fetcher) get(ctx context.Context, rawURL, accept string) (*http.Response, error) {
	u, err := url.Parse(rawURL)
	if err != nil {
		return nil, fmt.Errorf("fetch %s: %w", rawURL, err)
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return nil, fmt.Errorf("fetch %s: %w: want an http or https URL", rawURL, ErrUnsupported)
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, fmt.Errorf("fetch %s: %w", rawURL, err)
	}
	req.Header.Set("User-Agent", firstOf(f.UserAgent, UserAgent))
	req.Header.Set("Accept", accept)
	resp, err := f.client().Do(req)
	if err != nil {
		return nil, f.classify(ctx, rawURL, err)
	}
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		resp.Body.Close()
		return nil, &StatusError{URL: rawURL, Code: resp.StatusCode, Status: resp.Status}
	}
	return resp, nil
}

// classify names rawURL in err, once, and marks timeouts with ErrTimeout.
func (f *Fetcher) classify(ctx context.Context, rawURL string, err error) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		err = ue.Err // its text repeats the method and URL
	}
	if ctx.Err() != nil {
		// The caller's deadline or cancellation, not the client's timeout.
		if errors.Is(ctx.Err(), context.DeadlineExceeded) {
			return fmt.Errorf("fetch %s: %w: %w", rawURL, ErrTimeout, ctx.Err())
		}
		return fmt.Errorf("fetch %s: %w", rawURL, ctx.Err())
	}
	var ne net.Error
	if errors.As(err, &ne) && ne.Timeout() || errors.Is(err, context.DeadlineExceeded) {
		// err says which limit: connect, TLS, headers or Client.Timeout.
		return fmt.Errorf("fetch %s: %w: %w", rawURL, ErrTimeout, err)
	}
	return fmt.Errorf("fetch %s: %w", rawURL, err)
}

// readBody reads a response body of at most MaxBytes.
func (f *Fetcher) readBody(ctx context.Context, rawURL string, resp *http.Response) ([]byte, error) {
	limit := f.maxBytes()
	if resp.ContentLength > limit {
		return nil, fmt.Errorf("fetch %s: %w of %d bytes (Content-Length %d)", rawURL, ErrTooLarge, limit, resp.ContentLength)
	}
	b, err := io.ReadAll(io.LimitReader(resp.Body, limit+1))
	if err != nil {
		return nil, f.classify(ctx, rawURL, err)
	}
	if int64(len(b)) > limit {
		return nil, fmt.Errorf("fetch %s: %w of %d bytes", rawURL, ErrTooLarge, limit)
	}
	return b, nil
}

// client is f.Client, or a default one for a Fetcher not made by
// NewFetcher.
func (f *Fetcher) client() *http.Client {
	if f.Client != nil {
		return f.Client
	}
	return NewFetcher(FetchOptions{}).Client
}

// maxBytes is f.MaxBytes, or DefaultMaxBytes when unset.
func (f *Fetcher) maxBytes() int64 {
	if f.MaxBytes > 0 {
		return f.MaxBytes
	}
	return DefaultMaxBytes
}
