package main

import (
	"fmt"
	"io"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"armsledger/reconcile"
)

func newFlowsCmd() *cobra.Command {
	var f viewFlags
	cmd := &cobra.Command{
		Use:   "flows [--supplier CODE] [--recipient CODE] [--category C] [--status S] [--since DATE] [--until DATE] [--q QUERY] [--json]",
		Short: "Show the standing figure of each flow: latest estimate plus later distinct shipments",
		Long: `Print, per flow (suppliers → recipients, category, unit) and status, the figure a
tracker would show. A running total is never summed with the totals before it: the
latest credible cumulative estimate stands (ESTIMATE, dated DATE), and only single
shipments reported after it are added (INCREMENTS); TOTAL is the sum. Committed,
delivered, capacity, expected and requested are separate rows, never added together;
denials are left out. Each figure is an interval; SOURCES counts the independent
sources and echoes of the figures in the total. --json gives each figure with its
sources.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			src, err := f.load(cmd.Context())
			if err != nil {
				return err
			}
			flows := reconcile.Flows(src)
			if f.json {
				out := make([]flowJSON, 0, len(flows))
				for _, fl := range flows {
					out = append(out, newFlowJSON(fl))
				}
				return writeJSON(cmd.OutOrStdout(), out)
			}
			return writeFlows(cmd.OutOrStdout(), flows)
		},
	}
	f.register(cmd)
	return cmd
}

// flowJSON is a flow with the source counts of the figures in its total.
type flowJSON struct {
	reconcile.Flow
	IndependentSources int `json:"independent_sources"`
	EchoCount          int `json:"echo_count"`
}

func newFlowJSON(f reconcile.Flow) flowJSON {
	ind, echoes := flowSources(f)
	return flowJSON{Flow: f, IndependentSources: ind, EchoCount: echoes}
}

// flowSources counts the independent sources and echoes of the estimate
// and the increments that make up a flow's total.
func flowSources(f reconcile.Flow) (independent, echoes int) {
	figures := f.Increments
	if f.Estimate != nil {
		figures = append([]reconcile.Assertion{*f.Estimate}, figures...)
	}
	for _, a := range figures {
		independent += len(a.Independent)
		echoes += len(a.Echoes)
	}
	return independent, echoes
}

// writeFlows prints one row per flow and status, then notes on figures
// left out of the totals.
func writeFlows(w io.Writer, flows []reconcile.Flow) error {
	if len(flows) == 0 {
		_, err := fmt.Fprintln(w, "no flows")
		return err
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "FLOW\tCATEGORY\tUNIT\tSTATUS\tESTIMATE\tDATE\tINCREMENTS\tTOTAL\tSOURCES")
	var notes []string
	for _, f := range flows {
		est, date := "-", "-"
		if f.Estimate != nil {
			est, date = amount(f.Estimate.Amount), day(f.Estimate.Date)
		}
		inc := "-"
		if n := len(f.Increments); n > 0 {
			sum := f.Increments[0].Amount
			for _, a := range f.Increments[1:] {
				s := sum.Add(*a.Amount)
				sum = &s
			}
			inc = fmt.Sprintf("+%s (%d)", amount(sum), n)
		}
		total, src := amount(f.Total), sourceCount(flowSources(f))
		if f.Total == nil {
			total, src = "no amount", plural(f.Unquantified, "report", "reports")
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", flowActors(f.Key.FlowKey), f.Key.Category,
			orDash(f.Key.Unit), f.Key.Status, est, date, inc, total, src)
		if n := len(f.Undated); n > 0 {
			notes = append(notes, fmt.Sprintf("%s: %s that cannot be placed before or after the estimate, not in the total",
				f.Key, plural(n, "undated increment", "undated increments")))
		}
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	for _, n := range notes {
		fmt.Fprintln(w, n)
	}
	_, err := fmt.Fprintln(w, plural(len(flows), "flow", "flows"))
	return err
}
