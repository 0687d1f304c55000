package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"armsledger"
	"armsledger/eval"
	"armsledger/extract"
	"armsledger/ingest"
)

type extractFlags struct {
	json      bool
	jsonl     bool
	published string
	outlet    string
	maxBytes  int64
}

func newExtractCmd() *cobra.Command {
	var f extractFlags
	cmd := &cobra.Command{
		Use:   "extract FILE|-",
		Short: "Print the transfer claims in an article (or, with --jsonl, in every line of a JSON Lines file)",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			published, err := ingest.ParseDate(f.published)
			if err != nil {
				return fmt.Errorf("--published: %w", err)
			}
			if f.jsonl {
				return extractJSONL(cmd, args[0], published, f)
			}
			return extractFile(cmd, args[0], published, f)
		},
	}
	cmd.Flags().BoolVar(&f.json, "json", false, "print claims as JSON")
	cmd.Flags().BoolVar(&f.jsonl, "jsonl", false, `read JSON Lines {"id","text","published"} and write {"id","claims"} per line`)
	cmd.Flags().StringVar(&f.published, "published", "", "publication date YYYY-MM-DD, for relative dates")
	cmd.Flags().StringVar(&f.outlet, "outlet", "", "the outlet that published the text")
	cmd.Flags().Int64Var(&f.maxBytes, "max-bytes", ingest.DefaultMaxBytes, "refuse inputs larger than this")
	return cmd
}

// open returns the named file, or standard input for "-".
func open(cmd *cobra.Command, path string) (io.ReadCloser, string, error) {
	if path == "-" {
		return io.NopCloser(cmd.InOrStdin()), "standard input", nil
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, path, err
	}
	return f, path, nil
}

func extractFile(cmd *cobra.Command, path string, published time.Time, f extractFlags) error {
	r, name, err := open(cmd, path)
	if err != nil {
		return err
	}
	defer r.Close()
	t, err := ingest.ReadText(name, r, f.maxBytes)
	if errors.Is(err, ingest.ErrEmpty) {
		err = nil // an empty text holds no claims; that is an answer, not a failure
	}
	if err != nil {
		return err
	}
	for _, w := range t.Warnings {
		fmt.Fprintln(cmd.ErrOrStderr(), "warning:", w)
	}
	opt := extract.Options{Published: t.Published, Outlet: t.Outlet}
	if !published.IsZero() {
		opt.Published = published
	}
	if f.outlet != "" {
		opt.Outlet = f.outlet
	}
	claims := extract.Extract(t.Body, opt)
	if f.json {
		enc := json.NewEncoder(cmd.OutOrStdout())
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		if claims == nil {
			claims = []armsledger.Claim{}
		}
		return enc.Encode(claims)
	}
	return writeTable(cmd.OutOrStdout(), claims)
}

// writeTable prints one row per claim, the evidence cut to fit a terminal.
func writeTable(w io.Writer, claims []armsledger.Claim) error {
	if len(claims) == 0 {
		_, err := fmt.Fprintln(w, "no transfer claims found")
		return err
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "FLOW\tCATEGORY\tQUANTITY\tSTATUS\tSPEAKER\tEVIDENCE")
	for _, c := range claims {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\n", Flow(c), c.Category, FormatQuantity(c.Quantity),
			c.Status, orDash(c.Speaker), excerpt(c.Evidence, 70))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	_, err := fmt.Fprintf(w, "%d claim(s)\n", len(claims))
	return err
}

// Flow writes "KP → RU", with "?" for an unknown side.
func Flow(c armsledger.Claim) string {
	side := func(codes []string) string {
		if len(codes) == 0 {
			return "?"
		}
		return strings.Join(codes, "+")
	}
	return side(c.Suppliers) + " → " + side(c.Recipients)
}

// FormatQuantity writes a quantity compactly: "4,800,000 round", "≥10,000
// container", "24–99 item (vague)".
func FormatQuantity(q *armsledger.Quantity) string {
	if q == nil {
		return "-"
	}
	n := func(v *float64) string { return groupDigits(*v) }
	var s string
	switch {
	case q.Min != nil && q.Max != nil && *q.Min == *q.Max:
		s = n(q.Min)
		if q.Qualifier == armsledger.About {
			s = "~" + s
		}
	case q.Min != nil && q.Max != nil:
		s = n(q.Min) + "–" + n(q.Max)
	case q.Min != nil:
		s = "≥" + n(q.Min)
	case q.Max != nil:
		s = "≤" + n(q.Max)
	}
	return s + " " + q.Unit
}

func groupDigits(v float64) string {
	s := fmt.Sprintf("%.0f", v)
	if v != float64(int64(v)) {
		s = fmt.Sprintf("%g", v)
	}
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	if strings.ContainsAny(s, ".e") || len(s) <= 3 {
		if neg {
			return "-" + s
		}
		return s
	}
	var b strings.Builder
	for i, r := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	if neg {
		return "-" + b.String()
	}
	return b.String()
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

func excerpt(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > n {
		return string(r[:n-1]) + "…"
	}
	return s
}

// extractJSONL runs the extractor over each line of a JSON Lines file. A bad
// line is reported with its number and skipped; every other line is written.
func extractJSONL(cmd *cobra.Command, path string, published time.Time, f extractFlags) error {
	r, name, err := open(cmd, path)
	if err != nil {
		return err
	}
	defer r.Close()
	passages, errs := eval.ReadInputs(r)
	out := bufio.NewWriter(cmd.OutOrStdout())
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	for _, p := range passages {
		opt := extract.Options{Published: published, Outlet: p.Outlet}
		if d, err := ingest.ParseDate(p.Published); err == nil && !d.IsZero() {
			opt.Published = d
		} else if err != nil {
			errs = append(errs, fmt.Errorf("passage %q: %w", p.ID, err))
		}
		claims := extract.Extract(p.Text, opt)
		if claims == nil {
			claims = []armsledger.Claim{}
		}
		if err := enc.Encode(struct {
			ID     string             `json:"id"`
			Claims []armsledger.Claim `json:"claims"`
		}{p.ID, claims}); err != nil {
			return err
		}
	}
	if err := out.Flush(); err != nil {
		return err
	}
	for _, e := range errs {
		fmt.Fprintf(cmd.ErrOrStderr(), "%s: %v\n", name, e)
	}
	if len(errs) > 0 {
		return errors.New(name + ": some lines could not be read (see above)")
	}
	return nil
}
