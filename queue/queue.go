// Package queue runs ingest as durable jobs in the ledger's own PostgreSQL
// database, with River (riverqueue/river). Enqueue puts one job per input
// (a file or a URL) on the queue; Run works them in any number of
// processes on any number of machines: read, extract, store. A job that
// fails for a passing reason (a timeout, a 5xx) is retried with backoff;
// one that retrying cannot help (an empty file, a 404) is cancelled at once
// with its error. A worker killed mid-job leaves its jobs running until
// River's rescuer hands them to another worker; the store's PutDocument is
// idempotent by content hash, so a job worked twice stores its document
// once.
package queue

import (
	"context"
	"errors"
	"fmt"
	"hash/fnv"
	"log/slog"
	"os"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/riverqueue/river"
	"github.com/riverqueue/river/riverdriver/riverpgxv5"
	"github.com/riverqueue/river/rivermigrate"
	"github.com/riverqueue/river/rivertype"
)

// Kind is the River job kind of an ingest job.
const Kind = "ingest"

// DefaultMaxAttempts is how many times a job is tried before it is
// discarded, unless Enqueue is told otherwise.
const DefaultMaxAttempts = 5

// Args are an ingest job's arguments. Jobs are unique by Source: enqueuing
// a source again while its job is waiting, running, retrying or completed
// adds nothing (a cancelled or discarded one can be enqueued again).
type Args struct {
	// Source is an absolute file path, which every worker must be able to
	// read, or an http(s) URL.
	Source string `json:"source" river:"unique"`
	// Published (YYYY-MM-DD) and Outlet, when set, replace what the source
	// says.
	Published string `json:"published,omitempty"`
	Outlet    string `json:"outlet,omitempty"`
	// ItemPublished (YYYY-MM-DD) and ItemTitle are what a feed said of the
	// item: used when the page gives no date or title.
	ItemPublished string `json:"item_published,omitempty"`
	ItemTitle     string `json:"item_title,omitempty"`
}

// Kind is the job kind, "ingest".
func (Args) Kind() string { return Kind }

// InsertOpts makes jobs unique by their Source.
func (Args) InsertOpts() river.InsertOpts {
	return river.InsertOpts{UniqueOpts: river.UniqueOpts{ByArgs: true}}
}

// Queue is the job queue in a ledger's PostgreSQL database. It is safe for
// concurrent use.
type Queue struct {
	pool   *pgxpool.Pool
	schema string
	// client inserts and lists jobs; Run makes its own, which works them.
	client *river.Client[pgx.Tx]
}

// Open connects to the database at url (postgres://...; a search_path
// parameter selects the schema, as for store/postgres) and brings River's
// tables in the ledger's schema up to date.
func Open(ctx context.Context, url string) (*Queue, error) {
	pool, err := pgxpool.New(ctx, url)
	if err != nil {
		return nil, fmt.Errorf("open queue: %w", err)
	}
	q := &Queue{pool: pool}
	if err := q.migrate(ctx); err != nil {
		pool.Close()
		return nil, fmt.Errorf("open queue: %w", err)
	}
	q.client, err = river.NewClient(riverpgxv5.New(pool), &river.Config{Schema: q.schema, Logger: quietLogger()})
	if err != nil {
		pool.Close()
		return nil, fmt.Errorf("open queue: %w", err)
	}
	return q, nil
}

// migrate runs River's migrations in the schema on the search path, under
// an advisory lock per schema, so that workers starting together migrate
// once and ledgers in other schemas do not wait.
func (q *Queue) migrate(ctx context.Context) error {
	var schema *string
	if err := q.pool.QueryRow(ctx, `SELECT current_schema()`).Scan(&schema); err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	if schema == nil {
		return errors.New("migrate: no schema on the search path exists")
	}
	q.schema = *schema
	h := fnv.New64a()
	h.Write([]byte("armsledger river migrations " + q.schema))
	key := int64(h.Sum64())
	// The lock is held by one connection while the migrator uses others.
	conn, err := q.pool.Acquire(ctx)
	if err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	defer conn.Release()
	if _, err := conn.Exec(ctx, `SELECT pg_advisory_lock($1)`, key); err != nil {
		return fmt.Errorf("migrate: lock: %w", err)
	}
	defer conn.Exec(context.WithoutCancel(ctx), `SELECT pg_advisory_unlock($1)`, key)
	m, err := rivermigrate.New(riverpgxv5.New(q.pool), &rivermigrate.Config{Schema: q.schema, Logger: quietLogger()})
	if err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	if _, err := m.Migrate(ctx, rivermigrate.DirectionUp, nil); err != nil {
		return fmt.Errorf("migrate river: %w", err)
	}
	return nil
}

// Close closes the connection pool.
func (q *Queue) Close() error {
	q.pool.Close()
	return nil
}

// Enqueued counts what Enqueue did: jobs added, and sources already on the
// queue (waiting, running, retrying or completed), which were left alone.
type Enqueued struct {
	New, Queued int
}

// String reads "N enqueued, M already queued".
func (e Enqueued) String() string {
	return fmt.Sprintf("%d enqueued, %d already queued", e.New, e.Queued)
}

// Enqueue adds a job per args, unique by Source, each to be tried at most
// maxAttempts times (DefaultMaxAttempts when <= 0). Jobs go in batches of
// a thousand, each batch in one statement.
func (q *Queue) Enqueue(ctx context.Context, args []Args, maxAttempts int) (Enqueued, error) {
	if maxAttempts <= 0 {
		maxAttempts = DefaultMaxAttempts
	}
	var sum Enqueued
	const batch = 1000
	for start := 0; start < len(args); start += batch {
		params := make([]river.InsertManyParams, 0, batch)
		for _, a := range args[start:min(start+batch, len(args))] {
			params = append(params, river.InsertManyParams{Args: a, InsertOpts: &river.InsertOpts{MaxAttempts: maxAttempts}})
		}
		res, err := q.client.InsertMany(ctx, params)
		if err != nil {
			return sum, fmt.Errorf("enqueue: %w", err)
		}
		for _, r := range res {
			if r.UniqueSkippedAsDuplicate {
				sum.Queued++
			} else {
				sum.New++
			}
		}
	}
	return sum, nil
}

// States lists River's job states in the order Counts and listings use.
var States = []rivertype.JobState{rivertype.JobStateAvailable, rivertype.JobStateScheduled,
	rivertype.JobStatePending, rivertype.JobStateRunning, rivertype.JobStateRetryable,
	rivertype.JobStateCompleted, rivertype.JobStateCancelled, rivertype.JobStateDiscarded}

// Counts returns the number of ingest jobs in each state. River prunes
// completed jobs after a day, cancelled and discarded ones after a week.
func (q *Queue) Counts(ctx context.Context) (map[rivertype.JobState]int, error) {
	// River's client lists jobs but does not count them, so ask its table.
	rows, err := q.pool.Query(ctx, `SELECT state::text, count(*) FROM `+
		pgx.Identifier{q.schema, "river_job"}.Sanitize()+` WHERE kind = $1 GROUP BY state`, Kind)
	if err != nil {
		return nil, fmt.Errorf("count jobs: %w", err)
	}
	counts := make(map[rivertype.JobState]int)
	for rows.Next() {
		var state string
		var n int
		if err := rows.Scan(&state, &n); err != nil {
			return nil, fmt.Errorf("count jobs: %w", err)
		}
		counts[rivertype.JobState(state)] = n
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("count jobs: %w", err)
	}
	return counts, nil
}

// Job is an ingest job as listings show it.
type Job struct {
	ID          int64
	State       rivertype.JobState
	Attempt     int
	MaxAttempts int
	Args        Args
	// Error is the last attempt's error, or "".
	Error string
	// At is when the job finished, or else when it was last attempted, or
	// else when it is scheduled to run.
	At time.Time
}

// Jobs lists up to limit ingest jobs in the given states (all when none),
// newest first.
func (q *Queue) Jobs(ctx context.Context, states []rivertype.JobState, limit int) ([]Job, error) {
	if limit <= 0 || limit > 10000 {
		limit = 10000
	}
	p := river.NewJobListParams().Kinds(Kind).OrderBy(river.JobListOrderByID, river.SortOrderDesc).First(limit)
	if len(states) > 0 {
		p = p.States(states...)
	}
	res, err := q.client.JobList(ctx, p)
	if err != nil {
		return nil, fmt.Errorf("list jobs: %w", err)
	}
	jobs := make([]Job, 0, len(res.Jobs))
	for _, r := range res.Jobs {
		j := Job{ID: r.ID, State: r.State, Attempt: r.Attempt, MaxAttempts: r.MaxAttempts, At: r.ScheduledAt}
		if err := decodeArgs(r.EncodedArgs, &j.Args); err != nil {
			return nil, fmt.Errorf("list jobs: job %d: %w", r.ID, err)
		}
		if n := len(r.Errors); n > 0 {
			// River prefixes the error of a cancelled job with its type.
			j.Error = strings.TrimPrefix(r.Errors[n-1].Error, "JobCancelError: ")
		}
		switch {
		case r.FinalizedAt != nil:
			j.At = *r.FinalizedAt
		case r.AttemptedAt != nil:
			j.At = *r.AttemptedAt
		}
		jobs = append(jobs, j)
	}
	return jobs, nil
}

// quietLogger is River's logger unless a caller gives one: warnings and
// errors only, on stderr.
func quietLogger() *slog.Logger {
	return slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
}
