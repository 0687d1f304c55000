package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// defaultPaths is the built-in mix: filtered claim listings (an actor pair,
// a category and status, a full-text query, a page past a cursor) and the
// flows of one supplier, which reconciles every claim the filter selects.
var defaultPaths = []string{
	"/api/claims?supplier=KP&recipient=RU&limit=50",
	"/api/claims?category=drone&status=delivered&limit=50",
	"/api/claims?q=shells&limit=50",
	"/api/claims?supplier=KP&recipient=RU&limit=50&after=500000",
	"/api/flows?supplier=KP",
}

// Limits that bound a run whatever the flags say.
const (
	maxRequests    = 1_000_000
	maxDuration    = 30 * time.Minute
	maxConcurrency = 256
	requestTimeout = 30 * time.Second
)

// runConfig is what `loadgen run` was asked to do.
type runConfig struct {
	base        *url.URL
	requests    int
	duration    time.Duration
	concurrency int
	paths       []string
}

// pathList is a repeatable --path flag.
type pathList []string

func (p *pathList) String() string     { return strings.Join(*p, " ") }
func (p *pathList) Set(v string) error { *p = append(*p, v); return nil }

func parseRunFlags(ctx context.Context, args []string) (runConfig, error) {
	fs := flag.NewFlagSet("run", flag.ContinueOnError)
	rawURL := fs.String("url", "http://127.0.0.1:8080", "the server's base URL; its host must be a loopback address")
	requests := fs.Int("requests", 2000, "how many requests to send in all, spread over the paths in turn")
	duration := fs.Duration("duration", 60*time.Second, "stop after this long even if requests remain")
	concurrency := fs.Int("concurrency", 4, "requests in flight at once")
	var paths pathList
	fs.Var(&paths, "path", "a path and query to request (repeatable; default: the built-in mix)")
	if err := fs.Parse(args); err != nil {
		return runConfig{}, err
	}
	if fs.NArg() > 0 {
		return runConfig{}, fmt.Errorf("run: unexpected arguments %q", fs.Args())
	}
	c := runConfig{requests: *requests, duration: *duration, concurrency: *concurrency, paths: paths}
	switch {
	case c.requests < 1 || c.requests > maxRequests:
		return c, fmt.Errorf("--requests %d: want 1 to %d", c.requests, maxRequests)
	case c.duration <= 0 || c.duration > maxDuration:
		return c, fmt.Errorf("--duration %s: want more than 0 and at most %s", c.duration, maxDuration)
	case c.concurrency < 1 || c.concurrency > maxConcurrency:
		return c, fmt.Errorf("--concurrency %d: want 1 to %d", c.concurrency, maxConcurrency)
	}
	if len(c.paths) == 0 {
		c.paths = defaultPaths
	}
	for _, p := range c.paths {
		if !strings.HasPrefix(p, "/") {
			return c, fmt.Errorf("--path %q: want a path starting with /", p)
		}
	}
	base, err := loopbackURL(ctx, net.DefaultResolver, *rawURL)
	if err != nil {
		return c, err
	}
	c.base = base
	return c, nil
}

// resolver looks up a host's addresses; net.DefaultResolver is one.
type resolver interface {
	LookupIPAddr(ctx context.Context, host string) ([]net.IPAddr, error)
}

// loopbackURL parses an http(s) URL and refuses it unless every address its
// host resolves to is a loopback address: the load goes nowhere else.
func loopbackURL(ctx context.Context, r resolver, raw string) (*url.URL, error) {
	u, err := url.Parse(raw)
	if err != nil {
		return nil, fmt.Errorf("--url %q: %w", raw, err)
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return nil, fmt.Errorf("--url %q: want an http:// or https:// URL", raw)
	}
	host := u.Hostname()
	if host == "" {
		return nil, fmt.Errorf("--url %q: no host", raw)
	}
	if u.RawQuery != "" || u.Fragment != "" || u.User != nil {
		return nil, fmt.Errorf("--url %q: want a base URL without user, query or fragment", raw)
	}
	var ips []net.IP
	if ip := net.ParseIP(host); ip != nil {
		ips = []net.IP{ip}
	} else {
		addrs, err := r.LookupIPAddr(ctx, host)
		if err != nil {
			return nil, fmt.Errorf("--url %q: %w", raw, err)
		}
		for _, a := range addrs {
			ips = append(ips, a.IP)
		}
	}
	if len(ips) == 0 {
		return nil, fmt.Errorf("--url %q: %s resolves to no address", raw, host)
	}
	for _, ip := range ips {
		if !ip.IsLoopback() {
			return nil, fmt.Errorf("--url %q: %s is not a loopback address; loadgen only sends load to this machine", raw, ip)
		}
	}
	u.Path = strings.TrimSuffix(u.Path, "/")
	return u, nil
}

// loopbackDial dials only loopback addresses, so that neither a DNS answer
// that changed since the check nor anything else sends a request elsewhere.
func loopbackDial(ctx context.Context, network, addr string) (net.Conn, error) {
	d := &net.Dialer{Timeout: 5 * time.Second}
	conn, err := d.DialContext(ctx, network, addr)
	if err != nil {
		return nil, err
	}
	if ta, ok := conn.RemoteAddr().(*net.TCPAddr); !ok || !ta.IP.IsLoopback() {
		conn.Close()
		return nil, fmt.Errorf("refusing %s: not a loopback address", conn.RemoteAddr())
	}
	return conn, nil
}

func newClient(concurrency int) *http.Client {
	return &http.Client{
		Transport: &http.Transport{
			DialContext:         loopbackDial,
			MaxIdleConns:        concurrency,
			MaxIdleConnsPerHost: concurrency,
			IdleConnTimeout:     30 * time.Second,
			DisableCompression:  true,
		},
		Timeout: requestTimeout,
		// A redirect could lead off loopback: record it as it is.
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
	}
}

func runMain(ctx context.Context, args []string, out io.Writer) error {
	c, err := parseRunFlags(ctx, args)
	if err != nil {
		return err
	}
	fmt.Fprintf(out, "loadgen: %d requests at most, %s at most, %d at once, to %s\n",
		c.requests, c.duration, c.concurrency, c.base)
	start := time.Now()
	sums, sent := load(ctx, newClient(c.concurrency), c)
	elapsed := time.Since(start)
	fmt.Fprintf(out, "loadgen: %d requests in %s (%.1f/s)\n", sent, elapsed.Round(time.Millisecond),
		float64(sent)/elapsed.Seconds())
	if err := report(out, sums); err != nil {
		return err
	}
	if sent < c.requests {
		fmt.Fprintf(out, "loadgen: stopped after %d of %d requests: the --duration of %s ran out\n", sent, c.requests, c.duration)
	}
	return nil
}

// load sends c.requests requests, request i to c.paths[i % len], from
// c.concurrency workers, and stops early when c.duration is up or ctx is
// done. It returns the summary of each path and how many requests it sent.
func load(ctx context.Context, client *http.Client, c runConfig) ([]Summary, int) {
	ctx, cancel := context.WithTimeout(ctx, c.duration)
	defer cancel()
	stats := make([]*pathStats, len(c.paths))
	for i, p := range c.paths {
		stats[i] = &pathStats{path: p}
	}
	var (
		next int64 = -1
		mu   sync.Mutex
		wg   sync.WaitGroup
	)
	for range c.concurrency {
		wg.Go(func() {
			for {
				i := atomic.AddInt64(&next, 1)
				if i >= int64(c.requests) || ctx.Err() != nil {
					return
				}
				st := stats[i%int64(len(stats))]
				d, err := get(ctx, client, c.base.String()+st.path)
				if err != nil && ctx.Err() != nil {
					return // cut off by the deadline: not a measurement
				}
				mu.Lock()
				st.latencies = append(st.latencies, d)
				if err != nil {
					st.errors++
					if st.firstErr == "" {
						st.firstErr = err.Error()
					}
				}
				mu.Unlock()
			}
		})
	}
	wg.Wait()
	sums := make([]Summary, len(stats))
	sent := 0
	for i, st := range stats {
		sums[i] = st.summary()
		sent += sums[i].Count
	}
	return sums, sent
}

// get requests url and reads the whole body; the latency runs to its last
// byte. A status other than 200 is an error.
func get(ctx context.Context, client *http.Client, url string) (time.Duration, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return 0, err
	}
	start := time.Now()
	resp, err := client.Do(req)
	if err != nil {
		return time.Since(start), err
	}
	_, err = io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	d := time.Since(start)
	if err != nil {
		return d, err
	}
	if resp.StatusCode != http.StatusOK {
		return d, errors.New(resp.Status)
	}
	return d, nil
}
