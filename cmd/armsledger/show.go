package main

import (
	"bufio"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"armsledger"
	"armsledger/internal/ledgerview"
)

// ANSI styles for show on a terminal.
const (
	ansiEvidence = "\x1b[1;33m" // bold yellow
	ansiLabel    = "\x1b[36m"   // cyan
	ansiReset    = "\x1b[0m"
)

type showFlags struct {
	db    dbFlag
	color string
}

func newShowCmd() *cobra.Command {
	var f showFlags
	cmd := &cobra.Command{
		Use:   "show DOCUMENT-ID",
		Short: "Print a document with each claim's evidence highlighted, then its claims",
		Long: `Print a document's text with the evidence of each of its claims highlighted and
numbered, then the numbered claims. The ID may be any unique prefix of it, as docs
lists them. Evidence is coloured on a terminal and put in «…» otherwise.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			var colour bool
			switch f.color {
			case "auto":
				colour = isTerminal(cmd.OutOrStdout())
			case "always":
				colour = true
			case "never":
			default:
				return fmt.Errorf("--color %q: want auto, always or never", f.color)
			}
			store, err := f.db.open(cmd.Context())
			if err != nil {
				return err
			}
			defer store.Close()
			doc, err := ledgerview.ResolveDocument(cmd.Context(), store, args[0])
			if err != nil {
				return fmt.Errorf("show: %w", err)
			}
			claims, err := store.Claims(cmd.Context(), armsledger.ClaimFilter{DocumentID: doc.ID})
			if err != nil {
				return fmt.Errorf("show: %w", err)
			}
			w := bufio.NewWriter(cmd.OutOrStdout())
			writeDocument(w, doc, claims, colour)
			return w.Flush()
		},
	}
	f.db.register(cmd)
	cmd.Flags().StringVar(&f.color, "color", "auto", "colour the evidence: auto (on a terminal), always or never")
	return cmd
}

// writeDocument prints the document's metadata, its text with the claims'
// evidence marked, and the numbered claims.
func writeDocument(w io.Writer, d armsledger.Document, claims []armsledger.StoredClaim, colour bool) {
	if d.Title != "" {
		fmt.Fprintln(w, d.Title)
	}
	for _, kv := range [][2]string{{"id", d.ID}, {"outlet", d.Outlet}, {"published", d.Published},
		{"url", d.URL}, {"extractor", d.Extractor}} {
		if kv[1] != "" {
			fmt.Fprintf(w, "%-10s %s\n", kv[0]+":", kv[1])
		}
	}
	fmt.Fprintln(w)
	open, close, label := "«", "»", func(s string) string { return s }
	if colour {
		open, close = ansiEvidence, ansiReset
		label = func(s string) string { return ansiLabel + s + ansiReset }
	}
	pos := 0
	for _, m := range marks(d.Text, claims) {
		fmt.Fprint(w, d.Text[pos:m.start], open, d.Text[m.start:m.end], close, label(m.label()))
		pos = m.end
	}
	fmt.Fprint(w, d.Text[pos:])
	if !strings.HasSuffix(d.Text, "\n") {
		fmt.Fprintln(w)
	}
	fmt.Fprintln(w)
	if len(claims) == 0 {
		fmt.Fprintln(w, "no claims")
		return
	}
	fmt.Fprintf(w, "%d claim(s):\n", len(claims))
	for i, c := range claims {
		fmt.Fprintf(w, "%s claim %d: %s · %s · %s · %s", label(fmt.Sprintf("[%d]", i+1)), c.ID, Flow(c.Claim),
			c.Category, FormatQuantity(c.Quantity), c.Status)
		if c.Item != "" {
			fmt.Fprintf(w, " · %q", c.Item)
		}
		if c.Speaker != "" {
			fmt.Fprintf(w, " · said by %s", c.Speaker)
		}
		if len(c.Via) > 0 {
			fmt.Fprintf(w, " (via %s)", strings.Join(c.Via, ", "))
		}
		if c.Time != nil {
			fmt.Fprintf(w, " · %s", c.Time.Text)
		}
		if c.Corrected {
			fmt.Fprint(w, " · corrected by a reviewer")
		}
		fmt.Fprintln(w)
	}
}

// mark is a stretch of text that is the evidence of one or more claims,
// numbered from 1 in listing order.
type mark struct {
	start, end int
	claims     []int
}

func (m mark) label() string {
	s := make([]string, len(m.claims))
	for i, n := range m.claims {
		s[i] = strconv.Itoa(n)
	}
	return "[" + strings.Join(s, ",") + "]"
}

// marks merges the claims' spans into non-overlapping stretches in text
// order, each labelled with every claim whose evidence lies in it. Spans
// outside the text are left out.
func marks(text string, claims []armsledger.StoredClaim) []mark {
	var ms []mark
	for i, c := range claims {
		s := c.Span
		if s.Start < 0 || s.End > len(text) || s.End <= s.Start {
			continue
		}
		ms = append(ms, mark{start: s.Start, end: s.End, claims: []int{i + 1}})
	}
	slices.SortFunc(ms, func(a, b mark) int { return a.start - b.start })
	var out []mark
	for _, m := range ms {
		if n := len(out); n > 0 && m.start < out[n-1].end {
			last := &out[n-1]
			last.end = max(last.end, m.end)
			last.claims = append(last.claims, m.claims...)
			slices.Sort(last.claims)
			continue
		}
		out = append(out, m)
	}
	return out
}
