package main

import (
	"fmt"
	"io"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"armsledger/reconcile"
)

type pledgesFlags struct {
	viewFlags
	asOf string
}

func newPledgesCmd() *cobra.Command {
	var f pledgesFlags
	cmd := &cobra.Command{
		Use:   "pledges [--as-of YYYY-MM-DD] [--supplier CODE] [--recipient CODE] [--category C] [--since DATE] [--until DATE] [--q QUERY] [--json]",
		Short: "Track each pledge with a deadline against the deliveries reported after it",
		Long: `Print each commitment that has an amount and a deadline, its later revisions (a new
amount or deadline for the same flow), and what was reported delivered from its
announcement to the --as-of date (default: today), as the ledger could know it then:
documents published after --as-of are left out. Each term's STATE is pending (deadline
not passed, amount not reached), met, overdue (deadline passed, deliveries certainly
short), unclear (the delivered interval straddles the amount) or unreported (deadline
passed, no delivery reported). A revision does not erase a missed deadline: the pledge
as first made stays overdue. "(kept)" marks an amount or deadline a revision did not
restate. Leave --status unset: a pledge needs its commitments and its deliveries.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if f.status != "" {
				return fmt.Errorf("pledges reads commitments and deliveries together: --status would drop one of them")
			}
			asOf, err := parseAsOf(f.asOf)
			if err != nil {
				return err
			}
			src, err := f.load(cmd.Context())
			if err != nil {
				return err
			}
			ps := reconcile.Pledges(src, asOf)
			if f.json {
				if ps == nil {
					ps = []reconcile.Pledge{}
				}
				return writeJSON(cmd.OutOrStdout(), struct {
					AsOf    string             `json:"as_of"`
					Pledges []reconcile.Pledge `json:"pledges"`
				}{day(asOf), ps})
			}
			return writePledges(cmd.OutOrStdout(), ps, asOf)
		},
	}
	f.register(cmd)
	cmd.Flags().StringVar(&f.asOf, "as-of", "", "the date to track the pledges on, YYYY-MM-DD (default today)")
	return cmd
}

// parseAsOf reads --as-of; empty is today's date.
func parseAsOf(s string) (time.Time, error) {
	if s == "" {
		s = time.Now().Format(time.DateOnly)
	}
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return time.Time{}, fmt.Errorf("--as-of %q is not YYYY-MM-DD", s)
	}
	return t, nil
}

// writePledges prints a row per term of each pledge: the pledge as first
// made, then its revisions.
func writePledges(w io.Writer, ps []reconcile.Pledge, asOf time.Time) error {
	if len(ps) == 0 {
		_, err := fmt.Fprintf(w, "no pledges with an amount and a deadline as of %s\n", day(asOf))
		return err
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "FLOW\tCATEGORY\tUNIT\tTERM\tANNOUNCED\tPLEDGED\tDEADLINE\tDELIVERED\tSTATE\tSPEAKERS\tSOURCES")
	overdue := 0
	for _, p := range ps {
		if p.Overdue {
			overdue++
		}
		for i, t := range p.Terms {
			flow, cat, unit, term := flowActors(p.Flow), string(p.Flow.Category), orDash(p.Flow.Unit), "pledge"
			if i > 0 {
				flow, cat, unit, term = "", "", "", fmt.Sprintf("revision %d", i)
			}
			pledged, deadline := amount(&t.Pledged), day(t.Deadline)
			if t.AmountKept {
				pledged += " (kept)"
			}
			if t.DeadlineKept {
				deadline += " (kept)"
			}
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", flow, cat, unit, term,
				day(t.Published), pledged, deadline, delivered(p.Delivered), t.State, speakers(t.Assertion), sources(t.Assertion))
		}
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	_, err := fmt.Fprintf(w, "%s as of %s, %d overdue\n", plural(len(ps), "pledge", "pledges"), day(asOf), overdue)
	return err
}

// delivered writes what was reported delivered, "none reported" for nothing.
func delivered(iv *reconcile.Interval) string {
	if iv == nil {
		return "none reported"
	}
	return amount(iv)
}
