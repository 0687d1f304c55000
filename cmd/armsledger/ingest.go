package main

import (
	"errors"
	"fmt"
	"path/filepath"
	"time"

	"github.com/schollz/progressbar/v3"
	"github.com/spf13/cobra"

	"armsledger/ingest"
	"armsledger/internal/pipeline"
	"armsledger/queue"
)

type ingestFlags struct {
	db        dbFlag
	feeds     []string
	since     string
	published string
	outlet    string
	maxBytes  int64
	timeout   time.Duration
	quiet     bool
	enqueue   bool
	attempts  int
}

func newIngestCmd() *cobra.Command {
	var f ingestFlags
	cmd := &cobra.Command{
		Use:   "ingest [PATH|URL...] [--feed URL...]",
		Short: "Read articles from files, folders, URLs and feeds, extract their claims and store both",
		Long: `Read articles from files (.txt, .md, .html), folders (recursively), http(s) URLs
and RSS/Atom feeds (--feed, following each item's link), extract their claims and
store them in the ledger. The same text twice is one document. A bad input never
stops the others: each is listed on stderr as "FAILED <input>: <reason>", and the
command then exits with status 1. The summary line on stdout reads
"N new, M already known, K failed, C claims" (C counts the claims of new documents).

With --enqueue (PostgreSQL only) nothing is read here: each file of the folders, each
URL and each feed item becomes a job on the queue in the ledger's database, for
` + "`armsledger worker`" + ` processes to work, and the line reads "N enqueued, M already queued".
Files are enqueued by absolute path, so the workers must see the same files.`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 && len(f.feeds) == 0 {
				return errors.New("nothing to ingest: name files, folders, URLs or --feed URLs")
			}
			if f.enqueue {
				return enqueue(cmd, f, args)
			}
			opt := pipeline.IngestOptions{Inputs: args, Feeds: f.feeds, Outlet: f.outlet, MaxBytes: f.maxBytes,
				Fetcher: ingest.NewFetcher(ingest.FetchOptions{Timeout: f.timeout, MaxBytes: f.maxBytes})}
			var err error
			if opt.Since, err = ingest.ParseDate(f.since); err != nil {
				return fmt.Errorf("--since: %w", err)
			}
			if opt.Published, err = ingest.ParseDate(f.published); err != nil {
				return fmt.Errorf("--published: %w", err)
			}
			stderr := cmd.ErrOrStderr()
			opt.Warn = func(msg string) { fmt.Fprintln(stderr, "warning:", msg) }
			finish := func() {}
			if !f.quiet && isTerminal(stderr) {
				bar := progressbar.NewOptions(-1, progressbar.OptionSetWriter(stderr),
					progressbar.OptionSetDescription("ingest"), progressbar.OptionShowCount(),
					progressbar.OptionShowIts(), progressbar.OptionSetItsString("docs"),
					progressbar.OptionSetPredictTime(true), progressbar.OptionThrottle(100*time.Millisecond),
					progressbar.OptionClearOnFinish())
				finish = func() { bar.Finish() }
				opt.Progress = func(done, total int) {
					if bar.GetMax() != total {
						bar.ChangeMax(total)
					}
					bar.Set(done)
				}
			}
			store, err := f.db.open(cmd.Context())
			if err != nil {
				return err
			}
			defer store.Close()
			sum, err := pipeline.Ingest(cmd.Context(), store, opt)
			finish()
			for _, fl := range sum.Failures {
				fmt.Fprintf(stderr, "FAILED %s: %s\n", fl.Input, fl.Reason())
			}
			fmt.Fprintln(cmd.OutOrStdout(), sum)
			if err != nil {
				return err
			}
			if n := len(sum.Failures); n > 0 {
				return fmt.Errorf("%d input(s) failed (listed above)", n)
			}
			return nil
		},
	}
	f.db.register(cmd)
	cmd.Flags().StringArrayVar(&f.feeds, "feed", nil, "an RSS or Atom feed whose items to ingest (repeatable)")
	cmd.Flags().StringVar(&f.since, "since", "", "skip feed items published before this date (YYYY-MM-DD)")
	cmd.Flags().StringVar(&f.published, "published", "", "publication date YYYY-MM-DD for every input, overriding theirs")
	cmd.Flags().StringVar(&f.outlet, "outlet", "", "outlet for every input, overriding theirs")
	cmd.Flags().Int64Var(&f.maxBytes, "max-bytes", ingest.DefaultMaxBytes, "refuse inputs larger than this")
	cmd.Flags().DurationVar(&f.timeout, "timeout", 20*time.Second, "give up on a URL after this long")
	cmd.Flags().BoolVarP(&f.quiet, "quiet", "q", false, "no progress bar")
	cmd.Flags().BoolVar(&f.enqueue, "enqueue", false, "put a job per input on the PostgreSQL ledger's queue for `armsledger worker` instead of ingesting here")
	cmd.Flags().IntVar(&f.attempts, "max-attempts", queue.DefaultMaxAttempts, "with --enqueue: tries per job before it is discarded")
	return cmd
}

// enqueue puts a job per input on the queue: each file of the folders (by
// absolute path), each URL, each feed item. Inputs that cannot be listed
// are reported as FAILED, as ingest does.
func enqueue(cmd *cobra.Command, f ingestFlags, inputs []string) error {
	ctx := cmd.Context()
	stderr := cmd.ErrOrStderr()
	for _, d := range []string{f.published, f.since} {
		if _, err := ingest.ParseDate(d); err != nil {
			return err
		}
	}
	published := ""
	if f.published != "" {
		d, _ := ingest.ParseDate(f.published)
		published = d.Format(time.DateOnly)
	}
	since, _ := ingest.ParseDate(f.since)
	q, err := f.db.openQueue(ctx, "--enqueue")
	if err != nil {
		return err
	}
	defer q.Close()
	var jobs []queue.Args
	failed := 0
	fail := func(err error) {
		failed++
		fmt.Fprintln(stderr, "FAILED", err)
	}
	for _, in := range inputs {
		if ingest.IsURL(in) {
			jobs = append(jobs, queue.Args{Source: in, Published: published, Outlet: f.outlet})
			continue
		}
		for _, err := range ingest.Walk(in, func(p string) {
			abs, err := filepath.Abs(p)
			if err != nil {
				fail(err)
				return
			}
			jobs = append(jobs, queue.Args{Source: abs, Published: published, Outlet: f.outlet})
		}) {
			fail(err)
		}
	}
	fetcher := ingest.NewFetcher(ingest.FetchOptions{Timeout: f.timeout, MaxBytes: f.maxBytes})
	for _, feed := range f.feeds {
		items, err := fetcher.FeedItems(ctx, feed, since)
		if err != nil {
			fail(err)
			continue
		}
		for _, it := range items {
			a := queue.Args{Source: it.Link, Published: published, Outlet: f.outlet, ItemTitle: it.Title}
			if !it.Published.IsZero() {
				a.ItemPublished = it.Published.Format(time.DateOnly) // the date the feed states, as FetchItem takes it
			}
			jobs = append(jobs, a)
		}
	}
	sum, err := q.Enqueue(ctx, jobs, f.attempts)
	fmt.Fprintln(cmd.OutOrStdout(), sum)
	if err != nil {
		return err
	}
	if failed > 0 {
		return fmt.Errorf("%d input(s) failed (listed above)", failed)
	}
	return nil
}
