// Package pipeline runs the ledger's batch jobs over a store: ingesting
// files, pages and feeds (read, extract, store), and re-extracting documents
// that an older extractor read. It joins ingest, extract and a Store, and
// holds no state of its own between calls.
package pipeline

import (
	"context"
	"fmt"
	"runtime"
	"slices"
	"strings"
	"sync/atomic"
	"time"

	"armsledger"
	"armsledger/extract"
	"armsledger/ingest"
)

// IngestOptions say what to ingest and how. Zero fields take defaults.
type IngestOptions struct {
	// Inputs are files, folders (searched recursively) and http(s) URLs.
	Inputs []string
	// Feeds are RSS, Atom or JSON feeds whose items' links are ingested.
	Feeds []string
	// Since skips feed items published before it.
	Since time.Time
	// Published and Outlet, when set, replace what the inputs say.
	Published time.Time
	Outlet    string
	// MaxBytes caps a file's size (ingest.DefaultMaxBytes when <= 0).
	MaxBytes int64
	// Fetcher reads URLs and feeds; nil means ingest.NewFetcher's defaults.
	Fetcher *ingest.Fetcher
	// Workers read and extract in parallel (runtime.NumCPU when <= 0); one
	// writer stores their results.
	Workers int
	// BatchSize is the most documents written in one transaction (256 when
	// <= 0). A batch is also written when no result came for FlushAfter.
	BatchSize  int
	FlushAfter time.Duration
	// Now gives the time a document is recorded as fetched (time.Now when nil).
	Now func() time.Time
	// Progress, when set, is called by the writer after each input with the
	// inputs done and the inputs known so far.
	Progress func(done, total int)
	// Warn, when set, receives each repaired problem (such as invalid UTF-8).
	Warn func(msg string)
}

// Summary counts what an ingest did.
type Summary struct {
	// New documents were stored; Known ones were in the ledger already (or
	// earlier in the same run).
	New, Known int
	// Claims counts the claims stored with the new documents.
	Claims int
	// Failures lists each input that could not be read, in input order.
	Failures []Failure
}

// String is the summary line: "N new, M already known, K failed, C claims".
func (s Summary) String() string {
	return fmt.Sprintf("%d new, %d already known, %d failed, %d claims", s.New, s.Known, len(s.Failures), s.Claims)
}

// Failure is an input that could not be ingested.
type Failure struct {
	// Input is the path or URL.
	Input string
	Err   error
	seq   int // the job's place in the input order
}

// Reason is the failure's error without the "ingest PATH: " or "fetch
// URL: " prefix that names the input again.
func (f Failure) Reason() string {
	msg := f.Err.Error()
	for _, verb := range []string{"ingest ", "fetch ", "feed ", "store "} {
		if rest, ok := strings.CutPrefix(msg, verb+f.Input+": "); ok {
			return rest
		}
	}
	return msg
}

// job is one input for a worker: a file, a URL or a feed item.
type job struct {
	seq  int
	name string
	kind int
	item ingest.FeedItem
}

const (
	fileJob = iota
	urlJob
	itemJob
)

// result is what a worker made of a job.
type result struct {
	seq  int
	name string
	dc   armsledger.DocumentClaims
	err  error
}

// Ingest reads every input, extracts the claims of each article and stores
// documents with their claims, a batch per transaction, so that a crash
// loses at most the batch in flight and a rerun finishes the job. A bad
// input never stops the others: it is listed in Summary.Failures. The error
// is for what stops the whole run: the store failing, or ctx being done (the
// results read until then are stored first).
func Ingest(ctx context.Context, store armsledger.Store, opt IngestOptions) (Summary, error) {
	opt = opt.withDefaults()
	var sum Summary

	parent := ctx
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	todo := make(chan job, opt.Workers*4)
	results := make(chan result, opt.Workers*4)
	// The producer streams jobs as it walks the folders, so that memory
	// does not grow with the corpus. total counts the inputs known so far,
	// for progress. An input that fails before it is read (a missing
	// folder, a bad feed) goes straight to the writer as a failed result.
	var total atomic.Int64
	go func() {
		defer close(todo)
		seq := 0
		emit := func(j job, err error) bool {
			j.seq = seq
			seq++
			total.Add(1)
			if err != nil {
				select {
				case results <- result{seq: j.seq, name: j.name, err: err}:
					return true
				case <-ctx.Done():
					return false
				}
			}
			select {
			case todo <- j:
				return true
			case <-ctx.Done():
				return false
			}
		}
		for _, in := range opt.Inputs {
			if ingest.IsURL(in) {
				if !emit(job{name: in, kind: urlJob}, nil) {
					return
				}
				continue
			}
			// Count first, for the progress total; then stream.
			n := 0
			ingest.Walk(in, func(string) { n++ })
			total.Add(int64(n))
			stopped := false
			errs := ingest.Walk(in, func(f string) {
				if !stopped {
					total.Add(-1) // counted already
					stopped = !emit(job{name: f, kind: fileJob}, nil)
				}
			})
			if stopped {
				return
			}
			for _, err := range errs {
				if !emit(job{name: in}, err) {
					return
				}
			}
		}
		for _, feed := range opt.Feeds {
			items, err := opt.Fetcher.FeedItems(ctx, feed, opt.Since)
			if err != nil {
				if !emit(job{name: feed}, err) {
					return
				}
				continue
			}
			total.Add(int64(len(items)))
			for _, it := range items {
				total.Add(-1)
				if !emit(job{name: it.Link, kind: itemJob, item: it}, nil) {
					return
				}
			}
		}
	}()
	done := make(chan struct{})
	for range opt.Workers {
		go func() {
			defer func() { done <- struct{}{} }()
			for j := range todo {
				results <- opt.process(ctx, j)
			}
		}()
	}
	go func() {
		for range opt.Workers {
			<-done
		}
		close(results)
	}()

	w := writer{store: store, opt: opt, sum: &sum}
	err := w.run(ctx, results, &total)
	cancel()
	for range results {
		// Drain, so that the workers end.
	}
	slices.SortStableFunc(sum.Failures, func(a, b Failure) int { return a.seq - b.seq })
	if err == nil && parent.Err() != nil {
		err = fmt.Errorf("ingest: stopped after %d of %d inputs: %w", w.done, total.Load(), context.Cause(parent))
	}
	return sum, err
}

func (opt IngestOptions) withDefaults() IngestOptions {
	if opt.Fetcher == nil {
		opt.Fetcher = ingest.NewFetcher(ingest.FetchOptions{MaxBytes: opt.MaxBytes})
	}
	if opt.Workers <= 0 {
		opt.Workers = runtime.NumCPU()
	}
	if opt.BatchSize <= 0 {
		opt.BatchSize = 256
	}
	if opt.FlushAfter <= 0 {
		opt.FlushAfter = 200 * time.Millisecond
	}
	if opt.Now == nil {
		opt.Now = time.Now
	}
	if opt.Progress == nil {
		opt.Progress = func(int, int) {}
	}
	if opt.Warn == nil {
		opt.Warn = func(string) {}
	}
	return opt
}

// process reads one input and extracts its claims.
func (opt IngestOptions) process(ctx context.Context, j job) result {
	r := result{seq: j.seq, name: j.name}
	var t ingest.Text
	switch {
	case ctx.Err() != nil:
		r.err = fmt.Errorf("ingest %s: %w", j.name, ctx.Err())
		return r
	case j.kind == fileJob:
		t, r.err = ingest.ReadFile(j.name, opt.MaxBytes)
	case j.kind == urlJob:
		t, r.err = opt.Fetcher.Fetch(ctx, j.name)
	default:
		t, r.err = opt.Fetcher.FetchItem(ctx, j.item)
	}
	if r.err != nil {
		return r
	}
	for _, w := range t.Warnings {
		opt.Warn(w)
	}
	if !opt.Published.IsZero() {
		t.Published = opt.Published
	}
	if opt.Outlet != "" {
		t.Outlet = opt.Outlet
	}
	r.dc = Extract(t, opt.Now())
	return r
}

// Extract makes the ledger document of t, fetched (or read) at fetched,
// and extracts its claims with the current extractor, as ingest stores
// them. The claims come from the text as stored, so their spans slice it.
func Extract(t ingest.Text, fetched time.Time) armsledger.DocumentClaims {
	doc := t.Document(fetched)
	doc.Extractor = extract.Version()
	claims := extract.Extract(doc.Text, extract.Options{Published: t.Published, Outlet: t.Outlet})
	return armsledger.DocumentClaims{Document: doc, Claims: claims}
}

// writer stores workers' results in batches, one transaction each.
type writer struct {
	store armsledger.Store
	opt   IngestOptions
	sum   *Summary
	batch []armsledger.DocumentClaims
	jobs  []result // the name and place of each document of the batch
	done  int
}

func (w *writer) run(ctx context.Context, results <-chan result, total *atomic.Int64) error {
	timer := time.NewTimer(w.opt.FlushAfter)
	defer timer.Stop()
	for {
		select {
		case r, ok := <-results:
			if !ok {
				return w.flush(context.WithoutCancel(ctx))
			}
			w.done++
			if r.err != nil {
				w.sum.Failures = append(w.sum.Failures, Failure{Input: r.name, Err: r.err, seq: r.seq})
			} else {
				w.batch = append(w.batch, r.dc)
				w.jobs = append(w.jobs, result{seq: r.seq, name: r.name})
			}
			if len(w.batch) >= w.opt.BatchSize {
				if err := w.flush(ctx); err != nil {
					return err
				}
			}
			w.opt.Progress(w.done, int(total.Load()))
		case <-timer.C:
			if err := w.flush(ctx); err != nil {
				return err
			}
			timer.Reset(w.opt.FlushAfter)
		case <-ctx.Done():
			// Keep what was read: store it even though ctx is done.
			if err := w.flush(context.WithoutCancel(ctx)); err != nil {
				return err
			}
			return nil
		}
	}
}

// flush writes the batch in one transaction. When the store refuses the
// batch as invalid, each document is tried alone, so that only the bad one
// fails.
func (w *writer) flush(ctx context.Context) error {
	if len(w.batch) == 0 {
		return nil
	}
	w.inInputOrder()
	created, err := w.store.PutDocuments(ctx, w.batch)
	if armsledger.ErrorCode(err) == armsledger.EINVALID {
		for i, dc := range w.batch {
			ok, err := w.store.PutDocument(ctx, dc.Document, dc.Claims)
			if armsledger.ErrorCode(err) == armsledger.EINVALID {
				j := w.jobs[i]
				w.sum.Failures = append(w.sum.Failures, Failure{Input: j.name, Err: fmt.Errorf("store %s: %w", j.name, err), seq: j.seq})
				continue
			} else if err != nil {
				return err
			}
			w.count(ok, dc)
		}
	} else if err != nil {
		return err
	} else {
		for i, ok := range created {
			w.count(ok, w.batch[i])
		}
	}
	clear(w.batch) // drop the texts now, not when the slots are reused
	w.batch, w.jobs = w.batch[:0], w.jobs[:0]
	return nil
}

// inInputOrder sorts the batch by the inputs' order: workers finish in any
// order, and documents and claims are numbered as they are written, so an
// ingest that fits in one batch numbers them the same on every run.
func (w *writer) inInputOrder() {
	order := make([]int, len(w.batch))
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(a, b int) int { return w.jobs[a].seq - w.jobs[b].seq })
	batch, jobs := make([]armsledger.DocumentClaims, len(order)), make([]result, len(order))
	for i, k := range order {
		batch[i], jobs[i] = w.batch[k], w.jobs[k]
	}
	copy(w.batch, batch)
	copy(w.jobs, jobs)
}

func (w *writer) count(created bool, dc armsledger.DocumentClaims) {
	if created {
		w.sum.New++
		w.sum.Claims += len(dc.Claims)
	} else {
		w.sum.Known++
	}
}
