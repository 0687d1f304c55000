package queue

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/riverqueue/river/rivertype"

	"armsledger"
	"armsledger/ingest"
	"armsledger/internal/testcorpus"
	"armsledger/internal/testdb"
)

// openQueue opens the queue and the store of a fresh PostgreSQL ledger.
func openQueue(t *testing.T) (*Queue, armsledger.Store) {
	t.Helper()
	dsn := testdb.Postgres(t)
	store := testdb.Open(t, dsn)
	q, err := Open(t.Context(), dsn)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { q.Close() })
	return q, store
}

// runWorker works the queue in the background until the test ends.
func runWorker(t *testing.T, q *Queue, store armsledger.Store, opt WorkerOptions) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- q.Run(ctx, store, opt) }()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("worker: %v", err)
		}
	})
}

// waitFor polls the queue's counts until cond holds or 20 s pass.
func waitFor(t *testing.T, q *Queue, what string, cond func(map[rivertype.JobState]int) bool) map[rivertype.JobState]int {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for {
		c, err := q.Counts(t.Context())
		if err != nil {
			t.Fatal(err)
		}
		if cond(c) {
			return c
		}
		if time.Now().After(deadline) {
			t.Fatalf("waiting for %s: counts %v", what, c)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func TestEnqueueTwiceAddsNothing(t *testing.T) {
	q, _ := openQueue(t)
	dir := t.TempDir()
	if _, err := testcorpus.WriteFiles(dir, 0, 5); err != nil {
		t.Fatal(err)
	}
	files, _ := ingest.Expand([]string{dir})
	var args []Args
	for _, f := range files {
		args = append(args, Args{Source: f})
	}
	got, err := q.Enqueue(t.Context(), args, 0)
	if err != nil || got != (Enqueued{New: 5}) {
		t.Fatalf("first enqueue: %v, %v", got, err)
	}
	// The same sources with other options are the same jobs.
	args[0].Outlet = "Other"
	got, err = q.Enqueue(t.Context(), append(args, Args{Source: "https://example.com/a"}), 0)
	if err != nil || got != (Enqueued{New: 1, Queued: 5}) || got.String() != "1 enqueued, 5 already queued" {
		t.Fatalf("second enqueue: %v, %v", got, err)
	}
	jobs, err := q.Jobs(t.Context(), nil, 0)
	if err != nil || len(jobs) != 6 {
		t.Fatalf("%d jobs, %v", len(jobs), err)
	}
	if j := jobs[len(jobs)-1]; j.State != rivertype.JobStateAvailable || j.MaxAttempts != DefaultMaxAttempts || j.Args.Outlet != "" {
		t.Errorf("first job: %+v", j)
	}
}

// TestRetries checks the three fates of a URL job: a fetch that times out
// twice and then answers is retried until it succeeds; a 404 is cancelled
// on the first attempt with its error; a 503 is retried up to MaxAttempts
// and then discarded with its error.
func TestRetries(t *testing.T) {
	q, store := openQueue(t)
	var flaky atomic.Int32
	ts := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/flaky":
			if flaky.Add(1) <= 2 {
				select { // longer than the fetch timeout
				case <-r.Context().Done():
				case <-time.After(5 * time.Second):
				}
				return
			}
			w.Header().Set("Content-Type", "text/plain; charset=utf-8")
			fmt.Fprint(w, testcorpus.Article(7))
		case "/down":
			http.Error(w, "maintenance", http.StatusServiceUnavailable)
		default:
			http.NotFound(w, r)
		}
	}))
	defer ts.Close()
	got, err := q.Enqueue(t.Context(), []Args{{Source: ts.URL + "/flaky"}, {Source: ts.URL + "/gone"},
		{Source: ts.URL + "/down"}}, 3)
	if err != nil || got.New != 3 {
		t.Fatalf("enqueue: %v, %v", got, err)
	}
	runWorker(t, q, store, WorkerOptions{Concurrency: 3, RetryBase: time.Millisecond,
		Fetcher: ingest.NewFetcher(ingest.FetchOptions{Timeout: 300 * time.Millisecond})})
	waitFor(t, q, "every job done", func(c map[rivertype.JobState]int) bool {
		return c[rivertype.JobStateCompleted]+c[rivertype.JobStateCancelled]+c[rivertype.JobStateDiscarded] == 3
	})
	jobs, err := q.Jobs(t.Context(), nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	bySource := make(map[string]Job)
	for _, j := range jobs {
		bySource[strings.TrimPrefix(j.Args.Source, ts.URL)] = j
	}
	if j := bySource["/flaky"]; j.State != rivertype.JobStateCompleted || j.Attempt != 3 || flaky.Load() != 3 {
		t.Errorf("flaky: %+v after %d requests, want completed at the third attempt", j, flaky.Load())
	}
	if j := bySource["/gone"]; j.State != rivertype.JobStateCancelled || j.Attempt != 1 || !strings.Contains(j.Error, "404 Not Found") {
		t.Errorf("gone: %+v, want cancelled at once with 404 Not Found", j)
	}
	if j := bySource["/down"]; j.State != rivertype.JobStateDiscarded || j.Attempt != 3 || !strings.Contains(j.Error, "503 Service Unavailable") {
		t.Errorf("down: %+v, want discarded after 3 attempts with 503", j)
	}
	docs, err := store.Documents(t.Context(), armsledger.DocumentFilter{})
	if err != nil || len(docs) != 1 || docs[0].URL != ts.URL+"/flaky" {
		t.Errorf("documents: %+v, %v", docs, err)
	}
}

// TestPermanentFileErrors checks that a file that cannot be an article is
// cancelled at once, naming its problem.
func TestPermanentFileErrors(t *testing.T) {
	q, store := openQueue(t)
	dir := t.TempDir()
	empty := filepath.Join(dir, "empty.txt")
	if err := os.WriteFile(empty, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := q.Enqueue(t.Context(), []Args{{Source: empty}, {Source: filepath.Join(dir, "missing.txt")}}, 0); err != nil {
		t.Fatal(err)
	}
	runWorker(t, q, store, WorkerOptions{Concurrency: 2})
	waitFor(t, q, "both cancelled", func(c map[rivertype.JobState]int) bool { return c[rivertype.JobStateCancelled] == 2 })
	jobs, err := q.Jobs(t.Context(), []rivertype.JobState{rivertype.JobStateCancelled}, 0)
	if err != nil || len(jobs) != 2 {
		t.Fatalf("%v, %v", jobs, err)
	}
	for _, j := range jobs {
		if j.Attempt != 1 || j.Error == "" {
			t.Errorf("%+v: want one attempt and an error", j)
		}
	}
}

func TestPermanent(t *testing.T) {
	for _, c := range []struct {
		source string
		err    error
		want   bool
	}{
		{"/a.txt", fmt.Errorf("ingest /a.txt: %w", ingest.ErrEmpty), true},
		{"/a.txt", fmt.Errorf("ingest /a.txt: %w", os.ErrNotExist), true},
		{"https://x/a", &ingest.StatusError{URL: "https://x/a", Code: 404}, true},
		{"https://x/a", &ingest.StatusError{URL: "https://x/a", Code: 410}, true},
		{"https://x/a", &ingest.StatusError{URL: "https://x/a", Code: 429}, false},
		{"https://x/a", &ingest.StatusError{URL: "https://x/a", Code: 503}, false},
		{"https://x/a", fmt.Errorf("fetch https://x/a: %w", ingest.ErrTimeout), false},
		{"https://x/a", fmt.Errorf("fetch https://x/a: %w", ingest.ErrUnsupported), true},
		{"https://x/a", fmt.Errorf("fetch https://x/a: connection refused"), false},
	} {
		if got := permanent(c.source, c.err); got != c.want {
			t.Errorf("permanent(%s, %v) = %v, want %v", c.source, c.err, got, c.want)
		}
	}
}
