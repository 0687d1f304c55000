package main

import (
	"context"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

func TestPercentile(t *testing.T) {
	ms := func(v ...int) []time.Duration {
		out := make([]time.Duration, len(v))
		for i, x := range v {
			out[i] = time.Duration(x) * time.Millisecond
		}
		return out
	}
	hundred := make([]int, 100)
	for i := range hundred {
		hundred[i] = i + 1
	}
	tests := []struct {
		name   string
		sorted []time.Duration
		p      float64
		want   time.Duration
	}{
		{"empty", nil, 50, 0},
		{"one value", ms(7), 99, 7 * time.Millisecond},
		{"median of odd", ms(1, 2, 3, 4, 5), 50, 3 * time.Millisecond},
		{"median of even is the lower middle", ms(1, 2, 3, 4), 50, 2 * time.Millisecond},
		{"p99 of 100", ms(hundred...), 99, 99 * time.Millisecond},
		{"p90 of 100", ms(hundred...), 90, 90 * time.Millisecond},
		{"p100 is the max", ms(hundred...), 100, 100 * time.Millisecond},
		{"p99 of 10 is the max", ms(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), 99, 10 * time.Millisecond},
		{"tiny p is the min", ms(3, 4, 5), 0.1, 3 * time.Millisecond},
	}
	for _, tt := range tests {
		if got := Percentile(tt.sorted, tt.p); got != tt.want {
			t.Errorf("%s: Percentile(p%v) = %v, want %v", tt.name, tt.p, got, tt.want)
		}
	}
}

func TestSummarySortsAndCounts(t *testing.T) {
	st := &pathStats{path: "/x", errors: 1, firstErr: "500"}
	for _, v := range []int{30, 10, 20, 40} {
		st.latencies = append(st.latencies, time.Duration(v))
	}
	s := st.summary()
	if s.Count != 4 || s.Errors != 1 || s.First != 30 || s.P50 != 20 || s.P99 != 40 || s.Max != 40 {
		t.Errorf("summary = %+v", s)
	}
	if st.latencies[0] != 30 {
		t.Error("summary reordered the recorded latencies")
	}
}

// fakeResolver answers every name with its addresses.
type fakeResolver map[string][]string

func (f fakeResolver) LookupIPAddr(_ context.Context, host string) ([]net.IPAddr, error) {
	var out []net.IPAddr
	for _, a := range f[host] {
		out = append(out, net.IPAddr{IP: net.ParseIP(a)})
	}
	return out, nil
}

func TestLoopbackOnly(t *testing.T) {
	r := fakeResolver{
		"localhost":    {"127.0.0.1", "::1"},
		"example.com":  {"93.184.215.14"},
		"mixed.test":   {"127.0.0.1", "10.0.0.1"},
		"nothing.test": nil,
	}
	ok := []string{"http://127.0.0.1:8080", "http://127.9.9.9:1/", "http://[::1]:8080", "http://localhost:8080", "https://localhost"}
	for _, u := range ok {
		if _, err := loopbackURL(context.Background(), r, u); err != nil {
			t.Errorf("%s: %v, want accepted", u, err)
		}
	}
	refused := []string{"http://10.0.0.1:8080", "http://192.168.1.1", "http://[2001:db8::1]:80",
		"http://example.com", "http://mixed.test", "http://nothing.test", "ftp://127.0.0.1",
		"127.0.0.1:8080", "http://0.0.0.0:8080", "http://user@127.0.0.1", "http://127.0.0.1/?q=1", "http://"}
	for _, u := range refused {
		if _, err := loopbackURL(context.Background(), r, u); err == nil {
			t.Errorf("%s accepted, want refused", u)
		}
	}
}

func TestParseRunFlagsRefusesRemoteAndUnbounded(t *testing.T) {
	for _, args := range [][]string{
		{"--url", "http://192.0.2.1:8080"},
		{"--requests", "0"},
		{"--duration", "0s"},
		{"--duration", "2h"},
		{"--concurrency", "0"},
		{"--path", "api/claims"},
	} {
		if _, err := parseRunFlags(context.Background(), args); err == nil {
			t.Errorf("%q accepted", args)
		}
	}
	c, err := parseRunFlags(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	if c.requests != 2000 || c.duration != time.Minute || c.concurrency != 4 || len(c.paths) != len(defaultPaths) {
		t.Errorf("defaults = %+v", c)
	}
}

// TestLoadIsBounded runs against a local server: the request count and the
// duration each stop the run, and a failing status counts as an error.
func TestLoadIsBounded(t *testing.T) {
	ts := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/slow" {
			time.Sleep(20 * time.Millisecond)
		}
		if r.URL.Path == "/bad" {
			http.Error(w, "no", http.StatusInternalServerError)
		}
	}))
	defer ts.Close()
	base, err := loopbackURL(context.Background(), fakeResolver{}, ts.URL)
	if err != nil {
		t.Fatal(err)
	}
	sums, sent := load(context.Background(), newClient(2), runConfig{base: base, requests: 10,
		duration: 10 * time.Second, concurrency: 2, paths: []string{"/ok", "/bad"}})
	if sent != 10 || sums[0].Count != 5 || sums[0].Errors != 0 || sums[1].Errors != 5 {
		t.Errorf("sent %d, summaries %+v", sent, sums)
	}
	start := time.Now()
	_, sent = load(context.Background(), newClient(1), runConfig{base: base, requests: 1_000_000,
		duration: 100 * time.Millisecond, concurrency: 1, paths: []string{"/slow"}})
	if el := time.Since(start); el > 2*time.Second || sent >= 1_000_000 || sent == 0 {
		t.Errorf("a 100ms run took %s and sent %d requests", el, sent)
	}
	var b strings.Builder
	if err := report(&b, sums); err != nil || !strings.Contains(b.String(), "/bad: first error: 500") {
		t.Errorf("report: %v\n%s", err, b.String())
	}
}

// TestArticle checks that a generated article is valid for the ledger: its
// evidence slices its text, and its claims' keys are unique.
func TestArticle(t *testing.T) {
	seen := map[string]bool{}
	for i := range 200 {
		dc := Article(i)
		if seen[dc.Document.ID] {
			t.Fatalf("article %d repeats an earlier one", i)
		}
		seen[dc.Document.ID] = true
		if len(dc.Claims) != claimsPerDocument {
			t.Fatalf("article %d has %d claims", i, len(dc.Claims))
		}
		for _, c := range dc.Claims {
			if dc.Document.Text[c.Span.Start:c.Span.End] != c.Evidence {
				t.Fatalf("article %d: span %v does not slice %q", i, c.Span, c.Evidence)
			}
		}
	}
}
