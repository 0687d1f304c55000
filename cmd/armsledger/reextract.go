package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"armsledger/extract"
	"armsledger/internal/pipeline"
)

func newReextractCmd() *cobra.Command {
	var db dbFlag
	cmd := &cobra.Command{
		Use:   "reextract [--db DSN]",
		Short: "Run this extractor again over the documents an older extractor version read, keeping reviews",
		Long: `Run the extractor again over every document that another extractor version read (the
version changes whenever rules or lexicons change: ` + extract.Version() + ` now), replacing its
machine claims. Reviews and corrections are kept and apply to the new claims that
assert the same thing at the same place.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			store, err := db.open(cmd.Context())
			if err != nil {
				return err
			}
			defer store.Close()
			sum, err := pipeline.Reextract(cmd.Context(), store)
			fmt.Fprintln(cmd.OutOrStdout(), sum)
			return err
		},
	}
	db.register(cmd)
	return cmd
}
