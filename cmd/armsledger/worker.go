package main

import (
	"fmt"
	"log/slog"
	"os"
	"runtime/pprof"
	"time"

	"github.com/spf13/cobra"

	"armsledger/ingest"
	"armsledger/queue"
)

type workerFlags struct {
	db          dbFlag
	concurrency int
	maxBytes    int64
	timeout     time.Duration
	jobTimeout  time.Duration
	rescueAfter time.Duration
	retryBase   time.Duration
	stopTimeout time.Duration
	maxRate     float64
	cpuProfile  string
}

func newWorkerCmd() *cobra.Command {
	var f workerFlags
	cmd := &cobra.Command{
		Use:   "worker --db postgres://... [--concurrency N]",
		Short: "Work the ingest jobs on a PostgreSQL ledger's queue (see ingest --enqueue)",
		Long: `Work the ingest jobs that ` + "`ingest --enqueue`" + ` put on the queue in the PostgreSQL ledger's
database: read each file or URL, extract its claims and store both. Any number of workers,
on any number of machines, share the queue; a text is stored once however many read it.
A job that fails for a passing reason (a timeout, a 5xx) is retried with backoff
(--retry-base times n^4 for the n-th retry); one that retrying cannot help (an empty file,
a 404) is cancelled at once. A worker that dies mid-job leaves its jobs running until the
leading worker's rescuer, after --rescue-after, schedules them again.
SIGINT or SIGTERM stops the worker: it takes no new job, and the running ones get
--stop-timeout to finish before they are cancelled and left for a retry.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			q, err := f.db.openQueue(ctx, "worker")
			if err != nil {
				return err
			}
			defer q.Close()
			store, err := f.db.open(ctx)
			if err != nil {
				return err
			}
			defer store.Close()
			opt := queue.WorkerOptions{Concurrency: f.concurrency, MaxBytes: f.maxBytes,
				Fetcher:    ingest.NewFetcher(ingest.FetchOptions{Timeout: f.timeout, MaxBytes: f.maxBytes}),
				JobTimeout: f.jobTimeout, RescueAfter: f.rescueAfter, RetryBase: f.retryBase,
				StopTimeout: f.stopTimeout, MaxRate: f.maxRate,
				Logger: slog.New(slog.NewTextHandler(cmd.ErrOrStderr(), &slog.HandlerOptions{Level: slog.LevelWarn}))}
			if f.cpuProfile != "" {
				pf, err := os.Create(f.cpuProfile)
				if err != nil {
					return fmt.Errorf("--cpuprofile: %w", err)
				}
				defer pf.Close()
				if err := pprof.StartCPUProfile(pf); err != nil {
					return fmt.Errorf("--cpuprofile: %w", err)
				}
				defer pprof.StopCPUProfile()
			}
			out := cmd.OutOrStdout()
			fmt.Fprintln(out, "armsledger: working the queue (Ctrl-C to stop)")
			if err := q.Run(ctx, store, opt); err != nil {
				return err
			}
			fmt.Fprintln(out, "armsledger: stopped")
			return nil
		},
	}
	f.db.register(cmd)
	fl := cmd.Flags()
	fl.IntVar(&f.concurrency, "concurrency", 0, "jobs worked at once (default: 4 per CPU)")
	fl.Int64Var(&f.maxBytes, "max-bytes", ingest.DefaultMaxBytes, "refuse inputs larger than this")
	fl.DurationVar(&f.timeout, "timeout", 20*time.Second, "give up on a URL after this long (a timeout is retried)")
	fl.DurationVar(&f.jobTimeout, "job-timeout", time.Minute, "cancel a job that runs longer (it is retried)")
	fl.DurationVar(&f.rescueAfter, "rescue-after", time.Hour, "retry a job still running after this long, as abandoned by a dead worker (must exceed --job-timeout)")
	fl.DurationVar(&f.retryBase, "retry-base", time.Second, "backoff unit: the n-th retry waits n^4 of it")
	fl.DurationVar(&f.stopTimeout, "stop-timeout", 30*time.Second, "on SIGINT or SIGTERM, how long running jobs get to finish")
	fl.Float64Var(&f.maxRate, "max-rate", 0, "start at most this many jobs per second (0: no cap), to spare the sites fetched from")
	fl.StringVar(&f.cpuProfile, "cpuprofile", "", "write a CPU profile of the worker to this file (for go tool pprof)")
	return cmd
}
