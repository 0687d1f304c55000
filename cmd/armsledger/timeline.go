package main

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"armsledger/reconcile"
)

type timelineFlags struct {
	viewFlags
	unit string
}

func newTimelineCmd() *cobra.Command {
	var f timelineFlags
	cmd := &cobra.Command{
		Use:   "timeline --supplier CODE --recipient CODE --category C [--unit U] [--status S] [--since DATE] [--until DATE] [--q QUERY] [--json]",
		Short: "Show how the public estimate of a flow's running total changed over time",
		Long: `Print, for a flow, the dated series of its cumulative estimates: each statement of
what has been delivered (or what the cargo could hold) so far, told once however many
outlets repeated it, with its speakers and sources, in date order. There is a line per
unit (rounds and containers are separate facts) and per exact set of actors. A point
below the one before it is flagged "revised down". Commitments, forecasts and single
shipments are not estimates of a running total and are left out (see flows, pledges).`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			src, err := f.load(cmd.Context())
			if err != nil {
				return err
			}
			var lines []reconcile.SeriesLine
			for _, l := range reconcile.Series(src) {
				if f.unit == "" || l.Flow.Unit == f.unit {
					lines = append(lines, l)
				}
			}
			if f.json {
				if lines == nil {
					lines = []reconcile.SeriesLine{}
				}
				return writeJSON(cmd.OutOrStdout(), lines)
			}
			return writeTimeline(cmd.OutOrStdout(), lines)
		},
	}
	f.register(cmd)
	cmd.Flags().StringVar(&f.unit, "unit", "", "only the line of this unit (round, container, item, USD, ...)")
	for _, name := range []string{"supplier", "recipient", "category"} {
		if err := cmd.MarkFlagRequired(name); err != nil {
			panic(err)
		}
	}
	return cmd
}

// writeTimeline prints each line as a title and a table of its points.
func writeTimeline(w io.Writer, lines []reconcile.SeriesLine) error {
	if len(lines) == 0 {
		_, err := fmt.Fprintln(w, "no cumulative estimates")
		return err
	}
	for i, l := range lines {
		if i > 0 {
			fmt.Fprintln(w)
		}
		fmt.Fprintf(w, "%s %s (%s)\n", flowActors(l.Flow), l.Flow.Category, orDash(l.Flow.Unit))
		// Through a buffer, to drop the padding an empty REVISION leaves.
		var buf bytes.Buffer
		tw := tabwriter.NewWriter(&buf, 0, 0, 2, ' ', 0)
		fmt.Fprintln(tw, "DATE\tAMOUNT\tSTATUS\tSPEAKERS\tSOURCES\tREVISION")
		revisions := 0
		for _, p := range l.Points {
			rev := ""
			if p.Revision {
				rev = "revised down from " + amount(p.Previous)
				revisions++
			}
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\n", day(p.Date), amount(p.Amount), p.Key.Status,
				speakers(p.Assertion), sources(p.Assertion), rev)
		}
		if err := tw.Flush(); err != nil {
			return err
		}
		for line := range strings.Lines(buf.String()) {
			fmt.Fprintln(w, strings.TrimRight(line, " \n"))
		}
		fmt.Fprintf(w, "%s, %s\n", plural(len(l.Points), "estimate", "estimates"), plural(revisions, "revision down", "revisions down"))
	}
	return nil
}
