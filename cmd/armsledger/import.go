package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"armsledger/internal/archive"
)

func newImportCmd() *cobra.Command {
	var db dbFlag
	cmd := &cobra.Command{
		Use:   "import FILE.jsonl|-",
		Short: "Read a ledger written by export --format jsonl into this one",
		Long: `Read a ledger written by export --format jsonl. Documents, claims and reviews keep
every field; the store gives claims and reviews new IDs. Documents already in the
ledger are left as they are, with their claims and reviews.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			r, name, err := open(cmd, args[0])
			if err != nil {
				return fmt.Errorf("import: %w", err)
			}
			defer r.Close()
			store, err := db.open(cmd.Context())
			if err != nil {
				return err
			}
			defer store.Close()
			n, err := archive.Import(cmd.Context(), store, r)
			if err != nil {
				return fmt.Errorf("%s: %w", name, err)
			}
			_, err = fmt.Fprintf(cmd.OutOrStdout(), "imported %s\n", n)
			return err
		},
	}
	db.register(cmd)
	return cmd
}
