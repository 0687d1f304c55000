package archive

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"armsledger"
)

// ClaimHeader is the header row of a claims table.
var ClaimHeader = []string{"id", "document_id", "corrected", "suppliers", "recipients", "category",
	"item", "qty_min", "qty_max", "qty_unit", "qty_qualifier", "status", "speaker", "via",
	"time_text", "time_start", "time_end", "evidence", "span_start", "span_end", "confidence", "rule"}

// ClaimRow is a claim as a row under ClaimHeader. Lists of actors and
// outlets are joined with ";"; an absent quantity bound or time is empty.
func ClaimRow(c armsledger.StoredClaim) []string {
	num := func(f *float64) string {
		if f == nil {
			return ""
		}
		return strconv.FormatFloat(*f, 'f', -1, 64)
	}
	var qMin, qMax, unit, qual string
	if q := c.Quantity; q != nil {
		qMin, qMax, unit, qual = num(q.Min), num(q.Max), q.Unit, string(q.Qualifier)
	}
	var tText, tStart, tEnd string
	if t := c.Time; t != nil {
		tText, tStart, tEnd = t.Text, t.Start, t.End
	}
	return []string{strconv.FormatInt(c.ID, 10), c.DocumentID, strconv.FormatBool(c.Corrected),
		strings.Join(c.Suppliers, ";"), strings.Join(c.Recipients, ";"), string(c.Category), c.Item,
		qMin, qMax, unit, qual, string(c.Status), c.Speaker, strings.Join(c.Via, ";"),
		tText, tStart, tEnd, c.Evidence, strconv.Itoa(c.Span.Start), strconv.Itoa(c.Span.End),
		strconv.FormatFloat(c.Confidence, 'f', -1, 64), c.Rule}
}

// DocumentHeader is the header row of a documents table.
var DocumentHeader = []string{"id", "url", "outlet", "title", "published", "fetched", "extractor", "text"}

// DocumentRow is a document as a row under DocumentHeader.
func DocumentRow(d armsledger.Document) []string {
	return []string{d.ID, d.URL, d.Outlet, d.Title, d.Published, d.Fetched.Format(time.RFC3339Nano), d.Extractor, d.Text}
}

// reviewHeader is the header row of a reviews table.
var reviewHeader = []string{"id", "claim_id", "document_id", "claim_key", "verdict", "reviewer", "note",
	"created", "decided", "current", "judged", "corrected"}

func reviewRow(r armsledger.StoredReview) ([]string, error) {
	judged, err := json.Marshal(r.Judged)
	if err != nil {
		return nil, err
	}
	var corrected []byte
	if r.Corrected != nil {
		if corrected, err = json.Marshal(r.Corrected); err != nil {
			return nil, err
		}
	}
	id := func(v int64) string {
		if v == 0 {
			return ""
		}
		return strconv.FormatInt(v, 10)
	}
	return []string{id(r.ID), id(r.ClaimID), r.DocumentID, r.ClaimKey, string(r.Verdict), r.Reviewer, r.Note,
		r.Created.Format(time.RFC3339Nano), id(r.Decided), id(r.Current), string(judged), string(corrected)}, nil
}

// ExportCSV writes documents.csv, claims.csv (machine and corrected) and
// reviews.csv into dir, creating it, each with a header row. Reviews carry
// the judged and corrected claims as JSON. For a lossless copy, use Export.
func ExportCSV(ctx context.Context, s armsledger.Store, dir string) (Counts, error) {
	var n Counts
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return n, fmt.Errorf("export: %w", err)
	}
	tables := []struct {
		name string
		fill func(w *csv.Writer) error
	}{
		{"documents.csv", func(w *csv.Writer) error {
			if err := w.Write(DocumentHeader); err != nil {
				return err
			}
			return eachDocument(ctx, s, func(d armsledger.Document) error {
				n.Documents++
				return w.Write(DocumentRow(d))
			})
		}},
		{"claims.csv", func(w *csv.Writer) error {
			if err := w.Write(ClaimHeader); err != nil {
				return err
			}
			var after int64
			for {
				page, err := s.Claims(ctx, armsledger.ClaimFilter{Raw: true, After: after, Limit: pageSize})
				if err != nil {
					return err
				}
				for _, c := range page {
					n.Claims++
					if err := w.Write(ClaimRow(c)); err != nil {
						return err
					}
				}
				if len(page) < pageSize {
					return nil
				}
				after = page[len(page)-1].ID
			}
		}},
		{"reviews.csv", func(w *csv.Writer) error {
			if err := w.Write(reviewHeader); err != nil {
				return err
			}
			var after int64
			for {
				page, err := s.Reviews(ctx, armsledger.ReviewFilter{After: after, Limit: pageSize})
				if err != nil {
					return err
				}
				for _, r := range page {
					n.Reviews++
					row, err := reviewRow(r)
					if err != nil {
						return err
					}
					if err := w.Write(row); err != nil {
						return err
					}
				}
				if len(page) < pageSize {
					return nil
				}
				after = page[len(page)-1].ID
			}
		}},
	}
	for _, t := range tables {
		if err := writeCSV(filepath.Join(dir, t.name), t.fill); err != nil {
			return n, fmt.Errorf("export %s: %w", t.name, err)
		}
	}
	return n, nil
}

func writeCSV(path string, fill func(*csv.Writer) error) (err error) {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	defer func() {
		if cerr := f.Close(); err == nil {
			err = cerr
		}
	}()
	return WriteCSV(f, fill)
}

// WriteCSV runs fill on a CSV writer over w and flushes it.
func WriteCSV(w io.Writer, fill func(*csv.Writer) error) error {
	cw := csv.NewWriter(w)
	if err := fill(cw); err != nil {
		return err
	}
	cw.Flush()
	return cw.Error()
}
