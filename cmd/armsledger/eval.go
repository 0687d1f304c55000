package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"armsledger"
	"armsledger/eval"
	"armsledger/extract"
	"armsledger/ingest"
)

func newEvalCmd() *cobra.Command {
	var verbose, why bool
	cmd := &cobra.Command{
		Use:   "eval GOLD.jsonl",
		Short: "Score the extractor against a gold file (precision, recall, F1; status, quantity and speaker accuracy)",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			r, name, err := open(cmd, args[0])
			if err != nil {
				return err
			}
			defer r.Close()
			gold, errs := eval.ReadPassages(r)
			for _, e := range errs {
				fmt.Fprintf(cmd.ErrOrStderr(), "%s: %v\n", name, e)
			}
			rep := eval.Score(gold, Predict(gold))
			if err := rep.Write(cmd.OutOrStdout(), verbose); err != nil {
				return err
			}
			if why {
				rep.Why.ReadAlone(func(text, published string) []armsledger.Claim {
					return Predict([]eval.Passage{{Text: text, Published: published}})[0]
				})
				if err := rep.WriteWhy(cmd.OutOrStdout()); err != nil {
					return err
				}
			}
			if len(errs) > 0 {
				return fmt.Errorf("%s: %d line(s) could not be read", name, len(errs))
			}
			return nil
		},
	}
	cmd.Flags().BoolVarP(&verbose, "verbose", "v", false, "list each passage's misses and false positives")
	cmd.Flags().BoolVar(&why, "why", false, "tally why claims failed to match, in counts only (safe on a held-out set: quotes no text)")
	return cmd
}

// Predict runs the extractor over gold passages, as the eval command does.
func Predict(gold []eval.Passage) [][]armsledger.Claim {
	pred := make([][]armsledger.Claim, len(gold))
	for i, p := range gold {
		published, _ := ingest.ParseDate(p.Published)
		pred[i] = extract.Extract(p.Text, extract.Options{Published: published, Outlet: p.Outlet})
	}
	return pred
}
