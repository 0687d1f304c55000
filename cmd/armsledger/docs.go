package main

import (
	"fmt"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"armsledger"
)

type docsFlags struct {
	db           dbFlag
	outlet       string
	since, until string
	query        string
	limit        int
	json         bool
}

func newDocsCmd() *cobra.Command {
	var f docsFlags
	cmd := &cobra.Command{
		Use:   "docs [--outlet NAME] [--since DATE] [--until DATE] [--q QUERY] [--limit N] [--json]",
		Short: "List the ledger's documents",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			store, err := f.db.open(cmd.Context())
			if err != nil {
				return err
			}
			defer store.Close()
			docs, err := store.Documents(cmd.Context(), armsledger.DocumentFilter{Outlet: f.outlet,
				Since: f.since, Until: f.until, Query: f.query, Limit: f.limit})
			if err != nil {
				return fmt.Errorf("list documents: %w", err)
			}
			w := cmd.OutOrStdout()
			if f.json {
				if docs == nil {
					docs = []armsledger.Document{}
				}
				return writeJSON(w, docs)
			}
			if len(docs) == 0 {
				_, err := fmt.Fprintln(w, "no documents")
				return err
			}
			tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
			fmt.Fprintln(tw, "ID\tPUBLISHED\tOUTLET\tTITLE")
			for _, d := range docs {
				fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", shortID(d.ID), orDash(d.Published),
					excerpt(orDash(d.Outlet), 24), excerpt(orDash(d.Title), 80))
			}
			if err := tw.Flush(); err != nil {
				return err
			}
			_, err = fmt.Fprintf(w, "%d document(s)\n", len(docs))
			return err
		},
	}
	f.db.register(cmd)
	fl := cmd.Flags()
	fl.StringVar(&f.outlet, "outlet", "", "only this outlet's documents")
	fl.StringVar(&f.since, "since", "", "published on or after YYYY-MM-DD")
	fl.StringVar(&f.until, "until", "", "published on or before YYYY-MM-DD")
	fl.StringVar(&f.query, "q", "", "full-text search (\"quoted phrases\", OR, -word)")
	fl.IntVar(&f.limit, "limit", 0, "at most this many documents (0: all)")
	fl.BoolVar(&f.json, "json", false, "print a JSON array (without the texts)")
	return cmd
}
