package main

import (
	"fmt"
	"io"
	"os"

	"github.com/spf13/cobra"

	"armsledger/internal/archive"
)

type exportFlags struct {
	db     dbFlag
	format string
	out    string
}

func newExportCmd() *cobra.Command {
	var f exportFlags
	cmd := &cobra.Command{
		Use:   "export [--format jsonl|csv] [--out FILE|DIR]",
		Short: "Write out the whole ledger: documents, claims (machine and corrected) and reviews",
		Long: `Write out the whole ledger. jsonl (the default) writes one record per line, each with a
"type" (header, document, claim, review), to --out or standard output: everything
import needs to rebuild the ledger in another store. csv writes documents.csv,
claims.csv and reviews.csv into the folder --out, for spreadsheets.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) (err error) {
			if f.format != "jsonl" && f.format != "csv" {
				return fmt.Errorf("--format %q: want jsonl or csv", f.format)
			}
			if f.format == "csv" && f.out == "" {
				return fmt.Errorf("--format csv writes three files: name their folder with --out")
			}
			store, err := f.db.open(cmd.Context())
			if err != nil {
				return err
			}
			defer store.Close()
			var n archive.Counts
			if f.format == "csv" {
				n, err = archive.ExportCSV(cmd.Context(), store, f.out)
			} else {
				var w io.Writer = cmd.OutOrStdout()
				if f.out != "" {
					file, err := os.Create(f.out)
					if err != nil {
						return fmt.Errorf("export: %w", err)
					}
					defer func() {
						if cerr := file.Close(); err == nil && cerr != nil {
							err = fmt.Errorf("export: %w", cerr)
						}
					}()
					w = file
				}
				n, err = archive.Export(cmd.Context(), store, w)
			}
			if err != nil {
				return err
			}
			if f.out != "" {
				fmt.Fprintf(cmd.OutOrStdout(), "exported %s to %s\n", n, f.out)
			}
			return nil
		},
	}
	f.db.register(cmd)
	cmd.Flags().StringVar(&f.format, "format", "jsonl", "jsonl or csv")
	cmd.Flags().StringVarP(&f.out, "out", "o", "", "the file (jsonl) or folder (csv) to write; jsonl goes to standard output without it")
	return cmd
}
