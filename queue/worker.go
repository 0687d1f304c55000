package queue

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"os"
	"runtime"
	"sync"
	"time"

	"github.com/riverqueue/river"
	"github.com/riverqueue/river/riverdriver/riverpgxv5"
	"github.com/riverqueue/river/rivertype"

	"armsledger"
	"armsledger/ingest"
	"armsledger/internal/pipeline"
)

// WorkerOptions configure Run. Zero fields take defaults.
type WorkerOptions struct {
	// Concurrency is how many jobs the process works at once (4 per CPU
	// when <= 0: a job waits on a fetch and on a transaction as much as it
	// extracts).
	Concurrency int
	// ID names the worker in River's tables (default host-pid).
	ID string
	// Fetcher reads URLs; nil means ingest.NewFetcher's defaults.
	Fetcher *ingest.Fetcher
	// MaxBytes caps a file's size (ingest.DefaultMaxBytes when <= 0).
	MaxBytes int64
	// JobTimeout cancels a job that runs longer (default 1 minute).
	JobTimeout time.Duration
	// RescueAfter is how long a job may stay running before River's
	// rescuer, run by whichever worker is the leader, takes it as
	// abandoned by a dead worker and schedules it again (default 1 hour;
	// it must exceed JobTimeout).
	RescueAfter time.Duration
	// RetryBase scales the backoff: the n-th retry waits RetryBase*n^4,
	// as River's default policy does with one second (default 1 s).
	RetryBase time.Duration
	// StopTimeout is how long, once ctx is done, running jobs get to
	// finish before they are cancelled (default 30 s).
	StopTimeout time.Duration
	// MaxRate caps the jobs the process starts per second, to spare the
	// sites fetched from (0: no cap).
	MaxRate float64
	// Logger receives River's and the jobs' messages (default: warnings
	// on stderr).
	Logger *slog.Logger
}

func (o WorkerOptions) withDefaults() WorkerOptions {
	if o.Concurrency <= 0 {
		o.Concurrency = 4 * runtime.NumCPU()
	}
	if o.ID == "" {
		host, _ := os.Hostname()
		o.ID = fmt.Sprintf("%s-%d", host, os.Getpid())
	}
	if o.Fetcher == nil {
		o.Fetcher = ingest.NewFetcher(ingest.FetchOptions{MaxBytes: o.MaxBytes})
	}
	if o.JobTimeout <= 0 {
		o.JobTimeout = time.Minute
	}
	if o.RescueAfter <= 0 {
		o.RescueAfter = time.Hour
	}
	if o.RetryBase <= 0 {
		o.RetryBase = time.Second
	}
	if o.StopTimeout <= 0 {
		o.StopTimeout = 30 * time.Second
	}
	if o.Logger == nil {
		o.Logger = quietLogger()
	}
	return o
}

// Run works the queue's ingest jobs into store until ctx is done, then
// stops gracefully: it fetches no new job and waits up to StopTimeout for
// the running ones, then cancels them (River retries them later).
func (q *Queue) Run(ctx context.Context, store armsledger.Store, opt WorkerOptions) error {
	opt = opt.withDefaults()
	if opt.RescueAfter <= opt.JobTimeout {
		return fmt.Errorf("worker: rescue-after %s must exceed the job timeout %s", opt.RescueAfter, opt.JobTimeout)
	}
	w := &ingestWorker{store: store, opt: opt}
	if opt.MaxRate > 0 {
		w.limit = &limiter{every: time.Duration(float64(time.Second) / opt.MaxRate)}
	}
	workers := river.NewWorkers()
	if err := river.AddWorkerSafely(workers, w); err != nil {
		return fmt.Errorf("worker: %w", err)
	}
	client, err := river.NewClient(riverpgxv5.New(q.pool), &river.Config{
		ID:                   opt.ID,
		Schema:               q.schema,
		Queues:               map[string]river.QueueConfig{river.QueueDefault: {MaxWorkers: opt.Concurrency}},
		Workers:              workers,
		JobTimeout:           opt.JobTimeout,
		RescueStuckJobsAfter: opt.RescueAfter,
		// River waits this long between two fetches of at most Concurrency
		// jobs; its default, 100 ms, capped a worker at 10 fetches a
		// second (20 documents/s at concurrency 2, measured).
		FetchCooldown:   5 * time.Millisecond,
		RetryPolicy:     backoff{base: opt.RetryBase},
		SoftStopTimeout: opt.StopTimeout,
		Logger:          opt.Logger,
	})
	if err != nil {
		return fmt.Errorf("worker: %w", err)
	}
	// Start's context would stop the client hard when done; the stop is
	// ours to make gracefully.
	if err := client.Start(context.WithoutCancel(ctx)); err != nil {
		return fmt.Errorf("worker: start: %w", err)
	}
	<-ctx.Done()
	// River cancels the jobs still running after SoftStopTimeout; give it
	// a little more to record that before giving up on it.
	sctx, cancel := context.WithTimeout(context.Background(), opt.StopTimeout+10*time.Second)
	defer cancel()
	if err := client.Stop(sctx); err != nil {
		return fmt.Errorf("worker: stop: %w", err)
	}
	return nil
}

// ingestWorker works ingest jobs: read, extract, store.
type ingestWorker struct {
	river.WorkerDefaults[Args]
	store armsledger.Store
	opt   WorkerOptions
	limit *limiter
}

// Output is what a completed job records in River: the document it read.
type Output struct {
	Document string `json:"document"`
	Created  bool   `json:"created"`
	Claims   int    `json:"claims"`
}

// Work reads the job's source, extracts its claims and stores both with
// PutDocument, which stores a text once however many jobs race on it.
// Errors that retrying cannot help cancel the job at once (river.JobCancel);
// others are returned for River to retry with backoff.
func (w *ingestWorker) Work(ctx context.Context, job *river.Job[Args]) error {
	if err := w.limit.wait(ctx); err != nil {
		return err
	}
	t, err := w.read(ctx, job.Args)
	if err != nil {
		if permanent(job.Args.Source, err) {
			return river.JobCancel(err)
		}
		return err
	}
	for _, msg := range t.Warnings {
		w.opt.Logger.WarnContext(ctx, msg, "job", job.ID)
	}
	dc := pipeline.Extract(t, time.Now())
	created, err := w.store.PutDocument(ctx, dc.Document, dc.Claims)
	if armsledger.ErrorCode(err) == armsledger.EINVALID {
		return river.JobCancel(fmt.Errorf("store %s: %w", job.Args.Source, err))
	} else if err != nil {
		return fmt.Errorf("store %s: %w", job.Args.Source, err)
	}
	out := Output{Document: dc.Document.ID, Created: created}
	if created {
		out.Claims = len(dc.Claims)
	}
	return river.RecordOutput(ctx, out)
}

// read reads the job's source and applies its overrides.
func (w *ingestWorker) read(ctx context.Context, a Args) (ingest.Text, error) {
	var t ingest.Text
	var err error
	switch {
	case !ingest.IsURL(a.Source):
		t, err = ingest.ReadFile(a.Source, w.opt.MaxBytes)
	case a.ItemPublished != "" || a.ItemTitle != "":
		it := ingest.FeedItem{Link: a.Source, Title: a.ItemTitle}
		if it.Published, err = ingest.ParseDate(a.ItemPublished); err != nil {
			return t, fmt.Errorf("ingest %s: item date: %w", a.Source, err)
		}
		t, err = w.opt.Fetcher.FetchItem(ctx, it)
	default:
		t, err = w.opt.Fetcher.Fetch(ctx, a.Source)
	}
	if err != nil {
		return t, err
	}
	if a.Published != "" {
		if t.Published, err = ingest.ParseDate(a.Published); err != nil {
			return t, fmt.Errorf("ingest %s: published: %w", a.Source, err)
		}
	}
	if a.Outlet != "" {
		t.Outlet = a.Outlet
	}
	return t, nil
}

// permanent reports whether retrying cannot help: every error reading a
// file (a file does not heal by waiting), and for a URL a refusal of its
// content or a 4xx status other than 408 (timeout), 425 and 429 (too
// early, too many). Timeouts, 5xx and network errors are transient.
func permanent(source string, err error) bool {
	if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) || errors.Is(err, ingest.ErrTimeout) {
		return false
	}
	if !ingest.IsURL(source) {
		return true
	}
	var se *ingest.StatusError
	if errors.As(err, &se) {
		return se.Code >= 400 && se.Code < 500 && se.Code != 408 && se.Code != 425 && se.Code != 429
	}
	for _, e := range []error{ingest.ErrTooLarge, ingest.ErrBinary, ingest.ErrEmpty, ingest.ErrNoArticle,
		ingest.ErrUnsupported, ingest.ErrBadFeed, fs.ErrNotExist} {
		if errors.Is(err, e) {
			return true
		}
	}
	return false
}

// backoff is River's default retry curve, n^4 for the n-th retry, in units
// of base rather than seconds, without jitter.
type backoff struct{ base time.Duration }

// NextRetry is when the job is next tried.
func (b backoff) NextRetry(job *rivertype.JobRow) time.Time {
	n := time.Duration(len(job.Errors) + 1)
	d := b.base * n * n * n * n
	if d <= 0 || d > 24*time.Hour {
		d = 24 * time.Hour
	}
	return time.Now().UTC().Add(d)
}

// limiter spaces the starts of jobs by every; a nil limiter does not wait.
type limiter struct {
	mu    sync.Mutex
	next  time.Time
	every time.Duration
}

func (l *limiter) wait(ctx context.Context) error {
	if l == nil {
		return nil
	}
	l.mu.Lock()
	at := time.Now()
	if l.next.After(at) {
		at = l.next
	}
	l.next = at.Add(l.every)
	l.mu.Unlock()
	t := time.NewTimer(time.Until(at))
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// decodeArgs reads a job's encoded arguments.
func decodeArgs(b []byte, a *Args) error { return json.Unmarshal(b, a) }
