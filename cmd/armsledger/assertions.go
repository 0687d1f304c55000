package main

import (
	"fmt"
	"io"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"armsledger/reconcile"
)

func newAssertionsCmd() *cobra.Command {
	var f viewFlags
	cmd := &cobra.Command{
		Use:   "assertions [--supplier CODE] [--recipient CODE] [--category C] [--status S] [--since DATE] [--until DATE] [--q QUERY] [--json]",
		Short: "List the statements the ledger's claims make, each with its independent sources and echoes",
		Long: `Cluster the claims (as reviews leave them) into assertions: claims of different
documents with the same flow, category, unit and status, compatible amounts and times,
that state the same thing. Within an assertion a source that names the same speaker as
an earlier one, or came through the same outlet, is an echo of it; the others are
independent. Each row is one assertion: its amount (the hull of what its independent
sources state), the date the figure describes, its speakers and its source counts.
--json adds every source, each echo with the source it echoes and why, and repeats
(further claims of a document already counted).`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			src, err := f.load(cmd.Context())
			if err != nil {
				return err
			}
			as := reconcile.Assertions(src)
			if f.json {
				out := make([]assertionJSON, 0, len(as))
				for _, a := range as {
					out = append(out, newAssertionJSON(a))
				}
				return writeJSON(cmd.OutOrStdout(), out)
			}
			return writeAssertions(cmd.OutOrStdout(), as, len(src))
		},
	}
	f.register(cmd)
	return cmd
}

// assertionJSON is an assertion with its speakers and source counts.
type assertionJSON struct {
	reconcile.Assertion
	Speakers           []string `json:"speakers"`
	IndependentSources int      `json:"independent_sources"`
	EchoCount          int      `json:"echo_count"`
}

func newAssertionJSON(a reconcile.Assertion) assertionJSON {
	sp := a.Speakers()
	if sp == nil {
		sp = []string{}
	}
	return assertionJSON{Assertion: a, Speakers: sp, IndependentSources: len(a.Independent), EchoCount: len(a.Echoes)}
}

// writeAssertions prints one row per assertion.
func writeAssertions(w io.Writer, as []reconcile.Assertion, claims int) error {
	if len(as) == 0 {
		_, err := fmt.Fprintln(w, "no assertions")
		return err
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "FLOW\tCATEGORY\tSTATUS\tAMOUNT\tUNIT\tDATE\tSCOPE\tSPEAKERS\tSOURCES")
	for _, a := range as {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", flowActors(a.Key.FlowKey), a.Key.Category,
			a.Key.Status, amount(a.Amount), orDash(a.Key.Unit), day(a.Date), a.Scope, speakers(a), sources(a))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	_, err := fmt.Fprintf(w, "%s from %s\n", plural(len(as), "assertion", "assertions"), plural(claims, "claim", "claims"))
	return err
}
