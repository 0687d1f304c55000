package main

import (
	"encoding/csv"
	"fmt"
	"io"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"armsledger"
	"armsledger/internal/archive"
	"armsledger/internal/ledgerview"
)

// claimsFlags are the filters the reconciliation commands share, and what
// only a listing of claims takes.
type claimsFlags struct {
	viewFlags
	doc   string
	limit int
	raw   bool
	csv   bool
}

func newClaimsCmd() *cobra.Command {
	var f claimsFlags
	cmd := &cobra.Command{
		Use:   "claims [--supplier CODE] [--recipient CODE] [--category C] [--status S] [--since DATE] [--until DATE] [--q QUERY] [--limit N] [--json|--csv]",
		Short: "List the ledger's claims, as reviews leave them, filtered",
		Long: `List the ledger's claims: the machine claims, with reviewers' corrections in place of
the claims they correct and without the rejected ones (--raw lists every stored claim).
A corrected claim's ID is marked with "*" in the table. --since and --until bound the
document's published date; --q searches the document text ("quoted phrases", OR, -word).`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if f.json && f.csv {
				return fmt.Errorf("--json and --csv: choose one")
			}
			store, err := f.db.open(cmd.Context())
			if err != nil {
				return err
			}
			defer store.Close()
			filter := f.filter()
			filter.Limit, filter.Raw = f.limit, f.raw
			if f.doc != "" {
				d, err := ledgerview.ResolveDocument(cmd.Context(), store, f.doc)
				if err != nil {
					return err
				}
				filter.DocumentID = d.ID
			}
			claims, err := store.Claims(cmd.Context(), filter)
			if err != nil {
				return fmt.Errorf("list claims: %w", err)
			}
			w := cmd.OutOrStdout()
			switch {
			case f.json:
				if claims == nil {
					claims = []armsledger.StoredClaim{}
				}
				return writeJSON(w, claims)
			case f.csv:
				return archive.WriteCSV(w, func(cw *csv.Writer) error {
					if err := cw.Write(archive.ClaimHeader); err != nil {
						return err
					}
					for _, c := range claims {
						if err := cw.Write(archive.ClaimRow(c)); err != nil {
							return err
						}
					}
					return nil
				})
			}
			return writeClaimsTable(w, claims)
		},
	}
	f.viewFlags.register(cmd)
	fl := cmd.Flags()
	fl.StringVar(&f.doc, "doc", "", "only the claims of this document (ID or a unique prefix)")
	fl.IntVar(&f.limit, "limit", 0, "at most this many claims (0: all)")
	fl.BoolVar(&f.raw, "raw", false, "every stored claim, machine and corrected, whatever the reviews say")
	fl.BoolVar(&f.csv, "csv", false, "print CSV with a header row")
	return cmd
}

// writeClaimsTable prints one row per stored claim.
func writeClaimsTable(w io.Writer, claims []armsledger.StoredClaim) error {
	if len(claims) == 0 {
		_, err := fmt.Fprintln(w, "no claims")
		return err
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tDOCUMENT\tFLOW\tCATEGORY\tQUANTITY\tSTATUS\tSPEAKER\tEVIDENCE")
	for _, c := range claims {
		id := fmt.Sprint(c.ID)
		if c.Corrected {
			id += "*"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", id, shortID(c.DocumentID), Flow(c.Claim),
			c.Category, FormatQuantity(c.Quantity), c.Status, excerpt(orDash(c.Speaker), 24), excerpt(c.Evidence, 60))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	_, err := fmt.Fprintf(w, "%d claim(s)\n", len(claims))
	return err
}
