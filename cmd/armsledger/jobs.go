package main

import (
	"fmt"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/riverqueue/river/rivertype"
	"github.com/spf13/cobra"

	"armsledger/queue"
)

type jobsFlags struct {
	db     dbFlag
	states []string
	limit  int
}

// failedStates are the states of jobs that will not run again.
var failedStates = []rivertype.JobState{rivertype.JobStateCancelled, rivertype.JobStateDiscarded}

func newJobsCmd() *cobra.Command {
	var f jobsFlags
	cmd := &cobra.Command{
		Use:   "jobs [--state STATE...] [--limit N]",
		Short: "Show the ingest queue of a PostgreSQL ledger: jobs by state, failed ones with their error",
		Long: `Show the ingest queue of a PostgreSQL ledger: a line of counts by state, then the
jobs of the states asked for, newest first, with their attempts and last error. States:
available, scheduled, running, retryable (failed, waiting for a retry), completed,
cancelled (failed for good at once: retrying cannot help), discarded (failed every
attempt), and "failed" for the last two, "all" for every state. The default lists every
job not completed.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			states, err := parseStates(f.states)
			if err != nil {
				return err
			}
			ctx := cmd.Context()
			q, err := f.db.openQueue(ctx, "jobs")
			if err != nil {
				return err
			}
			defer q.Close()
			counts, err := q.Counts(ctx)
			if err != nil {
				return err
			}
			jobs, err := q.Jobs(ctx, states, f.limit)
			if err != nil {
				return err
			}
			w := cmd.OutOrStdout()
			var parts []string
			for _, s := range queue.States {
				if n := counts[s]; n > 0 || s != rivertype.JobStateScheduled && s != rivertype.JobStatePending {
					parts = append(parts, fmt.Sprintf("%d %s", n, s))
				}
			}
			fmt.Fprintln(w, strings.Join(parts, ", "))
			if len(jobs) == 0 {
				return nil
			}
			tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
			fmt.Fprintln(tw, "ID\tSTATE\tATTEMPTS\tAT\tSOURCE\tERROR")
			for _, j := range jobs {
				fmt.Fprintf(tw, "%d\t%s\t%d/%d\t%s\t%s\t%s\n", j.ID, j.State, j.Attempt, j.MaxAttempts,
					j.At.UTC().Format(time.DateTime), j.Args.Source, orDash(excerpt(jobError(j), 100)))
			}
			return tw.Flush()
		},
	}
	f.db.register(cmd)
	cmd.Flags().StringSliceVar(&f.states, "state", nil, "list jobs in these states (repeatable or comma-separated; failed, all)")
	cmd.Flags().IntVar(&f.limit, "limit", 100, "list at most this many jobs")
	return cmd
}

// parseStates reads --state values; none means every state but completed.
func parseStates(names []string) ([]rivertype.JobState, error) {
	if len(names) == 0 {
		var s []rivertype.JobState
		for _, st := range queue.States {
			if st != rivertype.JobStateCompleted {
				s = append(s, st)
			}
		}
		return s, nil
	}
	var states []rivertype.JobState
	for _, n := range names {
		switch n = strings.ToLower(strings.TrimSpace(n)); n {
		case "all":
			return nil, nil
		case "failed":
			states = append(states, failedStates...)
			continue
		}
		found := false
		for _, st := range queue.States {
			if string(st) == n {
				states, found = append(states, st), true
			}
		}
		if !found {
			return nil, fmt.Errorf("--state %q: want one of available, scheduled, pending, running, retryable, completed, cancelled, discarded, failed, all", n)
		}
	}
	return states, nil
}

// jobError is a job's last error without the "fetch URL: " or "ingest
// PATH: " that repeats its source.
func jobError(j queue.Job) string {
	msg := j.Error
	for _, verb := range []string{"ingest ", "fetch ", "store "} {
		if rest, ok := strings.CutPrefix(msg, verb+j.Args.Source+": "); ok {
			return rest
		}
	}
	return msg
}
