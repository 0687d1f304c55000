package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/spf13/cobra"

	"armsledger/eval"
	"armsledger/extract"
	"armsledger/ingest"
)

// benchResult is the one line the bench command prints, shaped like the
// line of ../shared/bench/run-peer.sh so that the two can be set side by side.
type benchResult struct {
	Tool    string `json:"tool"`
	Version string `json:"version"`
	// Passages, Bytes and Claims count every repetition.
	Passages int     `json:"passages"`
	Bytes    int64   `json:"bytes"`
	Seconds  float64 `json:"seconds"`
	MBPerS   float64 `json:"mb_per_s"`
	Claims   int     `json:"claims"`
}

func newBenchCmd() *cobra.Command {
	var repeat int
	cmd := &cobra.Command{
		Use:   "bench CORPUS.jsonl",
		Short: `Time the extractor over a JSON Lines corpus ({"id","text","published"}) and print one JSON line of figures`,
		Long: `Time the extractor over a JSON Lines corpus ({"id","text","published"}) and print one JSON line of figures.
Only extraction is timed, not reading the corpus. Run with GOMAXPROCS=1 to measure one core.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if repeat < 1 {
				return fmt.Errorf("--repeat %d: want at least 1", repeat)
			}
			r, name, err := open(cmd, args[0])
			if err != nil {
				return err
			}
			defer r.Close()
			passages, errs := eval.ReadPassages(r)
			if len(errs) > 0 {
				return fmt.Errorf("read %s: %w", name, errors.Join(errs...))
			}
			opts := make([]extract.Options, len(passages))
			var size int64
			for i, p := range passages {
				published, err := ingest.ParseDate(p.Published)
				if err != nil {
					return fmt.Errorf("passage %q: %w", p.ID, err)
				}
				opts[i] = extract.Options{Published: published, Outlet: p.Outlet}
				size += int64(len(p.Text))
			}
			res := benchResult{Tool: "armsledger", Version: extract.Version()}
			start := time.Now()
			for range repeat {
				for i, p := range passages {
					res.Claims += len(extract.Extract(p.Text, opts[i]))
				}
			}
			res.Seconds = time.Since(start).Seconds()
			res.Passages = len(passages) * repeat
			res.Bytes = size * int64(repeat)
			if res.Seconds > 0 {
				res.MBPerS = float64(res.Bytes) / 1e6 / res.Seconds
			}
			return json.NewEncoder(cmd.OutOrStdout()).Encode(res)
		},
	}
	cmd.Flags().IntVar(&repeat, "repeat", 1, "run over the corpus this many times")
	return cmd
}
